package pykka.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import pykka.ActorRegistry;
import pykka.testfixtures.Output;

final class SupervisorExampleTest {

  @Test
  void theWorkerIsRestartedAfterEachCrashAndTheOutputShowsEachRestart() {
    Output output = new Output();

    boolean running = SupervisorExample.run(output.writer(), 10, 4);

    assertThat(running).isTrue();
    assertThat(output.lines())
        .containsExactly(
            "job 1: 1 squared is 1 (worker #1)",
            "job 2: 2 squared is 4 (worker #1)",
            "job 3: 3 squared is 9 (worker #1)",
            "job 4: crashed worker #1; restarted as worker #2 (restart 1)",
            "job 5: 5 squared is 25 (worker #2)",
            "job 6: 6 squared is 36 (worker #2)",
            "job 7: 7 squared is 49 (worker #2)",
            "job 8: crashed worker #2; restarted as worker #3 (restart 2)",
            "job 9: 9 squared is 81 (worker #3)",
            "job 10: 10 squared is 100 (worker #3)",
            "done: 2 restarts");
  }

  @Test
  void aWorkerCrashingTooOftenMakesTheSupervisorGiveUp() {
    Output output = new Output();

    boolean running = SupervisorExample.run(output.writer(), 10, 1);

    assertThat(running).isFalse();
    assertThat(output.lines())
        .containsExactly(
            "job 1: crashed worker #1; restarted as worker #2 (restart 1)",
            "job 2: crashed worker #2; restarted as worker #3 (restart 2)",
            "job 3: crashed worker #3; restarted as worker #4 (restart 3)",
            "job 4: crashed worker #4; the supervisor gave up:"
                + " java.lang.IllegalArgumentException: cannot handle job 4");
  }

  @Test
  void everyActorIsStoppedAtTheEnd() {
    SupervisorExample.run(new Output().writer(), 5, 2);
    SupervisorExample.run(new Output().writer(), 5, 1);

    assertThat(ActorRegistry.getAll()).isEmpty();
  }
}
