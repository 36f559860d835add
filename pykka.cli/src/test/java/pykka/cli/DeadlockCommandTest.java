package pykka.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import pykka.DeadlockDetection;

final class DeadlockCommandTest {

  @AfterEach
  void endTheDeadlockAndRestoreDetection() {
    Deadlocks.release();
  }

  @Test
  void deadlockPrintsItsPidAndWhatToRunThenIdlesWithDetectionOff() {
    AtomicBoolean idled = new AtomicBoolean();
    CommandLine.IFactory factory =
        new CommandLine.IFactory() {
          @Override
          public <K> K create(Class<K> cls) throws Exception {
            if (cls == DeadlockCommand.class) {
              return cls.cast(new DeadlockCommand(() -> idled.set(true)));
            }
            return CommandLine.defaultFactory().create(cls);
          }
        };
    long pid = ProcessHandle.current().pid();

    Run run = Run.with(new CommandLine(new PykkaDemo(), factory), "deadlock");

    assertThat(run.exitCode()).isZero();
    assertThat(idled).isTrue();
    assertThat(DeadlockDetection.mode()).isEqualTo(DeadlockDetection.OFF);
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
  void deadlockDetectReportsTheCycleAndEnds() {
    Run run = Run.of("deadlock", "--detect");

    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines()).hasSize(4);
    assertThat(run.outLines().get(3))
        .startsWith("The call failed with pykka.DeadlockException: Deadlock: ")
        .contains("DeadlockActorA (urn:uuid:")
        .contains("DeadlockActorB (urn:uuid:");
  }
}
