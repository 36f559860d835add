package pykka.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Command;
import pykka.examples.TraversableExample;

/** {@code pykka-demo traversable}: the traversable attributes example. */
@Command(
    name = "traversable",
    mixinStandardHelpOptions = true,
    description = {
      "Calls playback.play() through a proxy, on a field marked @Traversable",
      "(the \"Traversable attributes on proxies\" example)."
    })
final class TraversableCommand extends DemoCommand {

  @Override
  int run(PrintWriter out) {
    TraversableExample.run(out);
    return 0;
  }
}
