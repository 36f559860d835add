package pykka.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Command;
import pykka.examples.PlainActorExample;

/** {@code pykka-demo plain}: the "Plain actor" example. */
@Command(
    name = "plain",
    mixinStandardHelpOptions = true,
    header = "An actor without proxies (the \"Plain actor\" example).",
    description =
        "An actor stores the messages it is told, and hands them back when asked for them.")
final class PlainCommand extends DemoCommand {

  @Override
  int run(PrintWriter out) {
    PlainActorExample.run(out);
    return 0;
  }
}
