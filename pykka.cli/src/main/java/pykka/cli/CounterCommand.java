package pykka.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Command;
import pykka.examples.CooperatingActorsExample;

/** {@code pykka-demo counter}: the "Multiple cooperating actors" example. */
@Command(
    name = "counter",
    mixinStandardHelpOptions = true,
    header = "Two actors count to 10 (the \"Multiple cooperating actors\" example).",
    description =
        "A Bookkeeper actor counts to 10 by asking an Adder actor to add one, through a proxy.")
final class CounterCommand extends DemoCommand {

  @Override
  int run(PrintWriter out) {
    CooperatingActorsExample.run(out);
    return 0;
  }
}
