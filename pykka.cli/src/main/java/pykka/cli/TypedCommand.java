package pykka.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Command;
import pykka.examples.TypedProxyExample;

/** {@code pykka-demo typed}: the typed proxy example. */
@Command(
    name = "typed",
    mixinStandardHelpOptions = true,
    description = {
      "A typed proxy: an interface describes the CircleActor's proxy, so the",
      "compiler knows what each call returns (the \"Type hints\" example)."
    })
final class TypedCommand extends DemoCommand {

  @Override
  int run(PrintWriter out) {
    TypedProxyExample.run(out);
    return 0;
  }
}
