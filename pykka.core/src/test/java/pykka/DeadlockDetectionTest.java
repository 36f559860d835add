package pykka;

import static org.assertj.core.api.Assertions.assertThat;
import static pykka.Scripted.awaitCondition;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import pykka.Scripted.Behaviour;
import pykka.Scripted.Runtime;
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
}
