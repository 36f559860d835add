package pykka.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Command;
import pykka.examples.TraversableExample;

/** {@code pykka-demo traversable}: the traversable attributes example. */
@Command(
    name = "traversable",
    mixinStandardHelpOptions = true,
    header = "A traversable field (the \"Traversable attributes on proxies\" example).",
    description =
        "Calls playback.play() through the actor's proxy, on a field marked @Traversable: it"
            + " runs in the actor's thread.")
final class TraversableCommand extends DemoCommand {

  @Override
  int run(PrintWriter out) {
    TraversableExample.run(out);
    return 0;
  }
}
