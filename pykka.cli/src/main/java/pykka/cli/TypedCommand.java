package pykka.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Command;
import pykka.examples.TypedProxyExample;

/** {@code pykka-demo typed}: the typed proxy example. */
@Command(
    name = "typed",
    mixinStandardHelpOptions = true,
    header = "A typed proxy (the \"Type hints\" example).",
    description =
        "An interface describes the CircleActor's proxy, so the compiler knows what each call"
            + " returns; ref.proxy(CircleProxy.class) implements it.")
final class TypedCommand extends DemoCommand {

  @Override
  int run(PrintWriter out) {
    TypedProxyExample.run(out);
    return 0;
  }
}
