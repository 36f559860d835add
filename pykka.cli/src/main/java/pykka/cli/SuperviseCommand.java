package pykka.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import pykka.examples.SupervisorExample;

/** {@code pykka-demo supervise [--jobs=N] [--crash-every=N | --give-up]}: a supervised worker. */
@Command(
    name = "supervise",
    mixinStandardHelpOptions = true,
    header = "A crashing worker restarted by its supervisor, until the supervisor gives up.",
    description = {
      "Sends jobs to a worker through its supervised handle; the worker crashes on every"
          + " N-th job, and its supervisor (at most 3 restarts within 5 seconds) restarts it."
          + " One line per job shows its result or the restart; the crashes are logged at"
          + " ERROR on standard error, and with -v each restart at INFO.",
      "With --give-up, the worker crashes on every job, and the fourth crash makes the"
          + " supervisor give up."
    })
final class SuperviseCommand extends DemoCommand {

  private static final int MAX = 1000;

  @Option(
      names = "--jobs",
      paramLabel = "N",
      defaultValue = "10",
      description = "How many jobs to send, from 1 to 1000 (default: ${DEFAULT-VALUE}).")
  private int jobs;

  @Option(
      names = "--crash-every",
      paramLabel = "N",
      defaultValue = "4",
      description =
          "The worker crashes on every N-th job, N from 1 to 1000 (default: ${DEFAULT-VALUE}).")
  private int crashEvery;

  @Option(names = "--give-up", description = "Crash on every job: the supervisor gives up.")
  private boolean giveUp;

  @Override
  int run(PrintWriter out) {
    check("--jobs", jobs);
    check("--crash-every", crashEvery);
    SupervisorExample.run(out, jobs, giveUp ? 1 : crashEvery);
    return 0;
  }

  private void check(String option, int value) {
    if (value < 1 || value > MAX) {
      throw new ParameterException(
          commandLine(), option + " must be from 1 to " + MAX + ", but was " + value + ".");
    }
  }
}
