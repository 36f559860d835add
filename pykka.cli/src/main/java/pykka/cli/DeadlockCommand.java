package pykka.cli;

import java.io.PrintWriter;
import java.util.Objects;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import pykka.examples.DeadlockDebuggingExample;
import pykka.examples.DeadlockDebuggingExample.Idler;

/** {@code pykka-demo deadlock [--detect]}: the "Deadlock debugging" example. */
@Command(
    name = "deadlock",
    mixinStandardHelpOptions = true,
    header = "Two deadlocked actors (the \"Deadlock debugging\" example).",
    description = {
      "Two actors wait for each other's replies. The SIGUSR1 handler is installed first, and"
          + " deadlock detection is turned off, so the actors hang as they would in Pykka; the"
          + " command prints its PID and idles: `kill -USR1 <pid>` logs every thread's stack,"
          + " the two actors' included, and `kill <pid>` ends it.",
      "With --detect, pykka's default instead: the wait that would close the cycle throws"
          + " DeadlockException, and the command ends."
    })
final class DeadlockCommand extends DemoCommand {

  @Option(
      names = "--detect",
      description = "Keep deadlock detection on: the cycle is reported, and nothing hangs.")
  private boolean detect;

  private final Idler idler;

  /** Idles until killed: what picocli creates. */
  DeadlockCommand() {
    this(Idler.FOREVER);
  }

  /**
   * For tests, which cannot wait for a kill.
   *
   * @param idler how to idle once the actors are deadlocked
   */
  DeadlockCommand(Idler idler) {
    this.idler = Objects.requireNonNull(idler, "idler");
  }

  @Override
  int run(PrintWriter out) throws InterruptedException {
    if (detect) {
      DeadlockDebuggingExample.detect(out);
    } else {
      DeadlockDebuggingExample.run(out, idler);
    }
    return 0;
  }
}
