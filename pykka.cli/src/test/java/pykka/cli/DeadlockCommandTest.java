package pykka.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import pykka.DeadlockDetection;
import pykka.examples.DeadlockDebuggingExample;
import pykka.examples.DeadlockDebuggingExample.Idler;

final class DeadlockCommandTest {

  @AfterEach
  void endTheDeadlockAndRestoreDetection() {
    DeadlockDebuggingExample.release();
  }

  @Test
  void deadlockPrintsItsPidAndWhatToRunThenIdlesWithDetectionOff() {
    AtomicReference<DeadlockDetection> modeWhileIdling = new AtomicReference<>();
    // Idling ends the deadlock, as `kill` would, so that the demo's cleanup finds nothing stuck.
    CommandLine.IFactory factory =
        idleWith(
            () -> {
              modeWhileIdling.set(DeadlockDetection.mode());
              DeadlockDebuggingExample.release();
            });
    long pid = ProcessHandle.current().pid();

    Run run = Run.with(PykkaDemo.commandLine(factory), "deadlock");

    assertThat(run.exitCode()).isZero();
    assertThat(modeWhileIdling).hasValue(DeadlockDetection.OFF);
    assertThat(run.err()).isEmpty();
    assertThat(run.outLines())
        .containsExactly(
            "Registering signal handler...",
            "Turning deadlock detection off, so that the actors hang as they do in Pykka...",
            "Starting actors...",
            "Now doing something stupid that will deadlock the actors...",
            "Making main thread relax; not block, not quit",
            "1) Use `kill -USR1 " + pid + "` to log thread tracebacks",
            "2) Then `kill " + pid + "` to terminate the process");
  }

  @Test
  void actorsStillDeadlockedWhenTheDemoEndsAreNamedOnStandardErrorAndDoNotHoldUpItsEnd() {
    // Only a test's idler returns; with the real one the demo ends by a signal instead.
    Run run =
        Run.with(PykkaDemo.commandLine(idleWith(() -> {}, Duration.ofMillis(100))), "deadlock");

    assertThat(run.exitCode()).isZero();
    assertThat(run.errLines())
        .singleElement()
        .asString()
        .startsWith("Warning: 2 actors still running 0.1 seconds after the demo ended: [")
        .contains("DeadlockActorA (urn:uuid:", "DeadlockActorB (urn:uuid:");
  }

  @Test
  void deadlockDetectReportsTheCycleAndEnds() {
    Run run = Run.of("deadlock", "--detect");

    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines()).hasSize(4);
    assertThat(run.outLines().get(3))
        .startsWith("The call failed with pykka.DeadlockException: Deadlock: ")
        .contains("DeadlockActorA (urn:uuid:")
        .contains("DeadlockActorB (urn:uuid:");
  }

  private static CommandLine.IFactory idleWith(Idler idler) {
    return idleWith(idler, LeftoverActors.STOP_TIMEOUT);
  }

  /** Creates the deadlock command with {@code idler} and {@code stopTimeout}, all else as usual. */
  private static CommandLine.IFactory idleWith(Idler idler, Duration stopTimeout) {
    return new CommandLine.IFactory() {
      @Override
      public <K> K create(Class<K> cls) throws Exception {
        if (cls == DeadlockCommand.class) {
          DeadlockCommand command = new DeadlockCommand(idler);
          command.setStopTimeout(stopTimeout);
          return cls.cast(command);
        }
        return CommandLine.defaultFactory().create(cls);
      }
    };
  }
}
