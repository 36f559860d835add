package pykka;

import static org.assertj.core.api.Assertions.assertThat;
import static pykka.Script.script;
import static pykka.SupervisorTest.BOUND;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import pykka.testfixtures.ActorRuntime;
import pykka.testfixtures.Await;
import pykka.testfixtures.BothRuntimes;
import pykka.testfixtures.LogCapture;

/** The JFR event pykka.ActorRestarted, recorded when a supervisor restarts a child. */
@BothRuntimes
final class ActorRestartedEventTest {

  private final ActorRuntime runtime;

  ActorRestartedEventTest(ActorRuntime runtime) {
    this.runtime = runtime;
  }

  @AfterEach
  void stopEveryActor() {
    ActorRegistry.stopAll(BOUND);
  }

  @Test
  void aRestartIsRecordedWithTheSupervisorTheChildItsClassAndTheFailure() throws Exception {
    CompletableFuture<RecordedEvent> recorded = new CompletableFuture<>();
    try (RecordingStream stream = new RecordingStream();
        LogCapture log = LogCapture.start()) {
      stream.enable("pykka.ActorRestarted");
      stream.onEvent("pykka.ActorRestarted", recorded::complete);
      stream.startAsync();
      Supervisor supervisor =
          Supervisor.builder()
              .child(
                  "worker",
                  () ->
                      Actors.create(
                          runtime,
                          script()
                              .onReceive(
                                  (self, message) -> {
                                    throw new IllegalArgumentException("crash");
                                  })))
              .start();
      Supervised<Actor> worker = supervisor.child("worker", Actor.class);
      worker.tell("crash");
      Await.until(() -> worker.restarts() == 1);
      RecordedEvent event = recorded.get(Await.SECONDS, TimeUnit.SECONDS);
      assertThat(event.getString("supervisorUrn")).isEqualTo(supervisor.ref().actorUrn());
      assertThat(event.getString("childId")).isEqualTo("worker");
      assertThat(event.getString("actorClass"))
          .isEqualTo(Actors.actorClass(runtime).getSimpleName());
      assertThat(event.getString("failure")).isEqualTo("java.lang.IllegalArgumentException");
      assertThat(event.getEventType().getCategoryNames()).containsExactly("pykka");
    }
  }
}
