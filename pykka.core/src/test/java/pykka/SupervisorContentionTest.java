package pykka;

import static org.assertj.core.api.Assertions.assertThat;
import static pykka.Script.script;
import static pykka.SupervisorTest.BOUND;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import pykka.testfixtures.ActorRuntime;
import pykka.testfixtures.Await;
import pykka.testfixtures.BothRuntimes;
import pykka.testfixtures.LogCapture;

/** Rule S10 under contention: a child failing while messages stream in through its handle. */
@BothRuntimes
final class SupervisorContentionTest {

  private static final int SENDERS = 4;
  private static final int MESSAGES = 2_000;

  private final ActorRuntime runtime;

  SupervisorContentionTest(ActorRuntime runtime) {
    this.runtime = runtime;
  }

  @AfterEach
  void stopEveryActor() {
    ActorRegistry.stopAll(BOUND);
  }

  /** One message: who sent it, and its number in that sender's stream. */
  record Numbered(int sender, int number) {}

  // Every ask is answered by some incarnation, or failed because it was in a dead one's inbox.
  @Test
  void noMessageIsLostOutsideADeadIncarnationsInboxWhileTheChildFailsRepeatedly() throws Exception {
    Map<Numbered, Integer> handled = new ConcurrentHashMap<>();
    AtomicInteger outOfOrder = new AtomicInteger();
    AtomicInteger incarnations = new AtomicInteger();
    try (LogCapture log = LogCapture.start()) {
      Supervisor supervisor =
          Supervisor.builder()
              .maxRestarts(10_000, Duration.ofMinutes(1))
              .child(
                  "w",
                  () -> {
                    int incarnation = incarnations.incrementAndGet();
                    int[] lastSeen = new int[SENDERS];
                    Arrays.fill(lastSeen, -1);
                    return Actors.create(
                        runtime,
                        script()
                            .onReceive(
                                (self, message) -> {
                                  if ("crash".equals(message)) {
                                    throw new IllegalStateException("crash");
                                  }
                                  Numbered n = (Numbered) message;
                                  if (n.number() <= lastSeen[n.sender()]) {
                                    outOfOrder.incrementAndGet();
                                  }
                                  lastSeen[n.sender()] = n.number();
                                  handled.merge(n, 1, Integer::sum);
                                  return incarnation;
                                }));
                  })
              .start();
      Supervised<Actor> w = supervisor.child("w", Actor.class);
      CountDownLatch go = new CountDownLatch(1);
      List<List<Future<Object>>> replies = new ArrayList<>();
      List<Thread> threads = new ArrayList<>();
      for (int s = 0; s < SENDERS; s++) {
        int sender = s;
        List<Future<Object>> mine = new ArrayList<>();
        replies.add(mine);
        threads.add(
            Thread.ofPlatform()
                .start(
                    () -> {
                      Await.on(go);
                      for (int i = 0; i < MESSAGES; i++) {
                        mine.add(w.askAsync(new Numbered(sender, i)));
                        if (sender == 0 && i % 100 == 50) {
                          w.tell("crash");
                        }
                      }
                    }));
      }
      go.countDown();
      for (Thread t : threads) {
        t.join();
      }
      int answered = 0;
      int failed = 0;
      for (int s = 0; s < SENDERS; s++) {
        for (int i = 0; i < MESSAGES; i++) {
          try {
            replies.get(s).get(i).get(BOUND);
            answered++;
            assertThat(handled).containsEntry(new Numbered(s, i), 1);
          } catch (ActorDeadException inADeadInbox) {
            failed++;
            assertThat(handled).doesNotContainKey(new Numbered(s, i));
          }
        }
      }
      assertThat(answered + failed).isEqualTo(SENDERS * MESSAGES);
      assertThat(handled).hasSize(answered);
      assertThat(outOfOrder).hasValue(0);
      assertThat(w.restarts()).isPositive();
      assertThat(supervisor.ref().isAlive()).isTrue();
    }
  }
}
