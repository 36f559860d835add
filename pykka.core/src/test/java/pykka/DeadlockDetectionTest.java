package pykka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pykka.Scripted.awaitCondition;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import pykka.Scripted.Behaviour;
import pykka.Scripted.Runtime;
import pykka.internal.Cell;
import pykka.internal.Cells;

final class DeadlockDetectionTest {

  @AfterEach
  void stopActorsAndRestoreTheMode() {
    ActorRegistry.stopAll();
    DeadlockDetection.setMode(DeadlockDetection.FAIL);
  }

  // Regression: WaitGraph took the edge of an actor that had just been answered, but had not yet
  // woken up to clear it, for a live wait, and reported a deadlock that was not there.
  @ParameterizedTest
  @EnumSource(Runtime.class)
  void anActorThatAsksBackRightAfterAnsweringIsNotReportedAsDeadlocked(Runtime runtime)
      throws Exception {
    for (int round = 0; round < 200; round++) {
      CountDownLatch followUpQueued = new CountDownLatch(1);
      AtomicReference<Behaviour> aBehaviour = new AtomicReference<>();
      AtomicReference<Behaviour> bBehaviour = new AtomicReference<>();
      ActorRef<?> a = runtime.startLate(aBehaviour);
      ActorRef<?> b = runtime.startLate(bBehaviour);
      aBehaviour.set(
          (self, message) -> {
            if (message.equals("ping")) {
              followUpQueued.await();
              return "pong"; // wakes b, whose edge to a is still written for a moment
            }
            return b.ask("hello"); // the follow-up, handled right after the pong
          });
      bBehaviour.set(
          (self, message) -> message.equals("start") ? a.askAsync("ping").get() : "hi");

      Future<Object> started = b.askAsync("start");
      awaitCondition(() -> Cells.of(b).waitingFor() == Cells.of(a));
      Future<Object> followUp = a.askAsync("follow-up");
      followUpQueued.countDown();

      assertThat(started.get()).isEqualTo("pong");
      assertThat(followUp.get()).isEqualTo("hi");
      a.stop();
      b.stop();
    }
  }

  @ParameterizedTest
  @EnumSource(Runtime.class)
  void withDetectionOffACycleIsNeitherThrownNorLoggedButTheWaitsAreStillRecorded(Runtime runtime) {
    DeadlockDetection.setMode(DeadlockDetection.OFF);
    List<ActorRef<?>> pair = ring(runtime, 2, Future::get);
    ActorRef<?> a = pair.get(0);
    ActorRef<?> b = pair.get(1);
    RecordingLogProvider.clear();

    Future<Object> reply = a.askAsync(2);
    awaitCondition(() -> cell(a).waitingFor() == cell(b) && cell(b).waitingFor() == cell(a));

    assertThatThrownBy(() -> reply.get(Duration.ZERO)).isInstanceOf(TimeoutException.class);
    assertThat(RecordingLogProvider.drain()).isEmpty();
    cell(b).thread().interrupt(); // ends the hang that Pykka would keep forever
    assertThatThrownBy(reply::get)
        .isInstanceOf(PykkaException.class)
        .hasMessageContaining("Interrupted");
  }

  /**
   * Starts {@code size} actors in a ring. Each handles an {@code Integer} count of hops: at zero it
   * answers {@code "done"}, otherwise it asks the next actor with one hop less and waits for that
   * reply with {@code wait}. A ring of one actor asks itself.
   */
  private static List<ActorRef<?>> ring(
      Runtime runtime, int size, Function<Future<Object>, Object> wait) {
    List<ActorRef<?>> actors = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      int next = (i + 1) % size;
      actors.add(
          runtime.start(
              (self, message) -> {
                int hops = (Integer) message;
                return hops == 0 ? "done" : wait.apply(actors.get(next).askAsync(hops - 1));
              }));
    }
    return actors;
  }

  private static Cell cell(ActorRef<?> ref) {
    return Cells.of(ref);
  }
}
