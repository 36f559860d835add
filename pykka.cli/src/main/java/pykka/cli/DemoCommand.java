package pykka.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import pykka.ActorRef;

/**
 * What every subcommand of {@code pykka-demo} shares: logging is configured from the options before
 * any actor exists, then the demo runs, printing to the command's standard output (which tests can
 * replace with {@code CommandLine.setOut}). However the demo ends, normally or by any exception or
 * error, every actor it left running is then stopped ({@link LeftoverActors}), waiting at most
 * {@link LeftoverActors#STOP_TIMEOUT} for them; those still running after that are named on
 * standard error. With {@code --jfr FILE}, the demo and the stop of its actors are recorded to FILE
 * ({@link FlightRecording}).
 */
abstract class DemoCommand implements Callable<Integer> {

  @ParentCommand private PykkaDemo demo;

  @Spec private CommandSpec spec;

  private Duration stopTimeout = LeftoverActors.STOP_TIMEOUT;

  @Override
  public final Integer call() throws Exception {
    demo.configureLogging();
    try (FlightRecording recording = demo.startRecording(spec.commandLine())) {
      PrintWriter out = spec.commandLine().getOut();
      try {
        return run(out);
      } finally {
        out.flush();
        stopLeftoverActors();
      }
    }
  }

  private void stopLeftoverActors() {
    Duration timeout = stopTimeout;
    List<ActorRef<?>> running = LeftoverActors.stop(timeout);
    if (!running.isEmpty()) {
      PrintWriter err = spec.commandLine().getErr();
      err.println(
          "Warning: "
              + running.size()
              + (running.size() == 1 ? " actor" : " actors")
              + " still running "
              + Seconds.format(timeout)
              + " seconds after the demo ended: "
              + running);
      err.flush();
    }
  }

  /**
   * Sets how long the actors left running when the demo ends may take to stop, in all: {@link
   * LeftoverActors#STOP_TIMEOUT} unless a test, which cannot wait that long, sets it.
   *
   * @param timeout how long to wait for all their stops
   */
  final void setStopTimeout(Duration timeout) {
    this.stopTimeout = timeout;
  }

  /**
   * The command line this subcommand was parsed by, for {@link
   * picocli.CommandLine.ParameterException}s.
   *
   * @return this subcommand's command line
   */
  final CommandLine commandLine() {
    return spec.commandLine();
  }

  /**
   * Runs the demo.
   *
   * @param out the command's standard output
   * @return the exit code
   * @throws Exception if the demo fails
   */
  abstract int run(PrintWriter out) throws Exception;
}
