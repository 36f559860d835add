package pykka.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import pykka.ActorRegistry;
import pykka.DeadlockDetection;
import pykka.examples.DeadlockDebuggingExample.DeadlockActorA;
import pykka.examples.DeadlockDebuggingExample.DeadlockActorB;
import pykka.testfixtures.Output;

final class DeadlockDebuggingExampleTest {

  private static final String ACTOR = "DeadlockActor[AB] \\(urn:uuid:[0-9a-f-]{36}\\)";

  @AfterEach
  void endAnyDeadlockAndRestoreDetection() {
    DeadlockDebuggingExample.release();
  }

  @Test
  void withDetectionTheCallFailsWithTheCycleNamingBothActors() {
    Output output = new Output();

    DeadlockDebuggingExample.detect(output.writer());

    assertThat(output.lines())
        .hasSize(4)
        .startsWith(
            "Deadlock detection is on: the wait that would close the cycle throws instead.",
            "Starting actors...",
            "Now doing something stupid that will deadlock the actors...");
    assertThat(output.lines().get(3))
        .matches(
            "The call failed with pykka\\.DeadlockException: Deadlock: actors are waiting for each"
                + " other's replies in a cycle: "
                + ACTOR
                + " waits for "
                + ACTOR
                + " waits for "
                + ACTOR)
        .contains("DeadlockActorA (")
        .contains("DeadlockActorB (");
  }

  @Test
  void detectStopsBothActorsAndRestoresTheModeInForceBefore() {
    DeadlockDetection.setMode(DeadlockDetection.LOG);

    DeadlockDebuggingExample.detect(new Output().writer());

    assertThat(DeadlockDetection.mode()).isEqualTo(DeadlockDetection.LOG);
    assertThat(ActorRegistry.getByClass(DeadlockActorA.class)).isEmpty();
    assertThat(ActorRegistry.getByClass(DeadlockActorB.class)).isEmpty();
  }

  @Test
  void theRecipeTurnsDetectionOffDeadlocksTheActorsAndSaysWhatToRunBeforeIdling()
      throws InterruptedException {
    Output output = new Output();
    AtomicBoolean idled = new AtomicBoolean();
    long pid = ProcessHandle.current().pid();

    DeadlockDebuggingExample.run(output.writer(), () -> idled.set(true));

    assertThat(idled).isTrue();
    assertThat(DeadlockDetection.mode()).isEqualTo(DeadlockDetection.OFF);
    assertThat(output.lines())
        .containsExactly(
            "Registering signal handler...",
            "Turning deadlock detection off, so that the actors hang as they do in Pykka...",
            "Starting actors...",
            "Now doing something stupid that will deadlock the actors...",
            "Making main thread relax; not block, not quit",
            "1) Use `kill -USR1 " + pid + "` to log thread tracebacks",
            "2) Then `kill " + pid + "` to terminate the process");
    assertThat(ActorRegistry.getByClass(DeadlockActorA.class)).singleElement();
    assertThat(ActorRegistry.getByClass(DeadlockActorB.class)).singleElement();
  }
}
