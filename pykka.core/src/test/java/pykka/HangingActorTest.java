package pykka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pykka.Script.script;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pykka.testfixtures.ActorRuntime;
import pykka.testfixtures.Await;
import pykka.testfixtures.BothRuntimes;

/**
 * An actor that never returns from a message (rules 12, 15, 22 and 29 of docs/behaviour.md): nobody
 * who talks to it with a timeout waits longer than that timeout, nobody who asks it to stop is
 * stuck with it, and {@code stopAll(Duration)} still stops every other actor. The "never" lasts
 * until the test releases the actor at its end, to show what then happens to what was queued.
 *
 * <p>ActorRegistryTest has an actor stuck in {@code onStop} during {@code stopAll(Duration)}; here
 * the actor is stuck in a message, among many actors of both runtimes.
 */
@BothRuntimes
final class HangingActorTest {

  private static final Duration BOUND = Duration.ofSeconds(Await.SECONDS);
  private static final Duration SHORT = Duration.ofMillis(50);

  private final ActorRuntime runtime;

  /** What the stuck actor waits for; opened only at the end of each test. */
  private final CountDownLatch never = new CountDownLatch(1);

  private final CountDownLatch hanging = new CountDownLatch(1);
  private final ConcurrentLinkedQueue<Object> handled = new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedQueue<String> onStops = new ConcurrentLinkedQueue<>();

  HangingActorTest(ActorRuntime runtime) {
    this.runtime = runtime;
  }

  @BeforeEach
  void startFromAnEmptyRegistry() {
    ActorRegistry.stopAll(BOUND);
  }

  @AfterEach
  void releaseAndStopEveryActor() {
    never.countDown();
    ActorRegistry.stopAll(BOUND);
  }

  /** Starts an actor and leaves it inside a message it does not return from. */
  private ActorRef<Actor> startStuck() {
    ActorRef<Actor> stuck =
        Actors.start(
            runtime,
            script()
                .onReceive(
                    (self, message) -> {
                      handled.add(message);
                      if ("hang".equals(message)) {
                        hanging.countDown();
                        never.await(); // no timeout: this is the actor that never returns
                      }
                      return "answer to " + message;
                    })
                .onStop(self -> onStops.add("stuck")));
    stuck.tell("hang");
    Await.on(hanging);
    return stuck;
  }

  @Test
  void askersWithATimeoutGetTimeoutExceptionAndOthersCanStillStopItWithoutWaiting()
      throws Exception {
    ActorRef<Actor> stuck = startStuck();

    List<CompletableFuture<Throwable>> askers = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      String question = "question " + i;
      CompletableFuture<Throwable> outcome = new CompletableFuture<>();
      askers.add(outcome);
      Thread.Builder builder = i % 2 == 0 ? Thread.ofPlatform().daemon() : Thread.ofVirtual();
      builder.start(
          () -> {
            try {
              stuck.ask(question, SHORT);
              outcome.complete(null);
            } catch (Throwable t) {
              outcome.complete(t);
            }
          });
    }
    for (CompletableFuture<Throwable> outcome : askers) {
      assertThat(outcome.get(Await.SECONDS, TimeUnit.SECONDS))
          .isInstanceOf(TimeoutException.class)
          .hasMessage("0.05 seconds");
    }
    Future<Object> later = stuck.askAsync("asked without a timeout");
    assertThatThrownBy(() -> later.get(Duration.ZERO)).isInstanceOf(TimeoutException.class);

    // Stopping it: stopAsync returns at once, stop(Duration) gives up in time, and a thread
    // blocked in stop() without a timeout is released by an interrupt.
    Future<Boolean> stop = stuck.stopAsync();
    assertThatThrownBy(() -> stuck.stop(SHORT)).isInstanceOf(TimeoutException.class);
    CompletableFuture<Throwable> blockedStopper = new CompletableFuture<>();
    Thread stopper =
        Thread.ofPlatform()
            .daemon()
            .start(
                () -> {
                  try {
                    blockedStopper.complete(new AssertionError("stop() returned " + stuck.stop()));
                  } catch (Throwable t) {
                    blockedStopper.complete(t);
                  }
                });
    ThreadingFutureTest.awaitParked(stopper);
    stopper.interrupt();
    assertThat(blockedStopper.get(Await.SECONDS, TimeUnit.SECONDS))
        .isInstanceOf(PykkaException.class)
        .hasCauseInstanceOf(InterruptedException.class);
    assertThat(stuck.isAlive()).isTrue();
    assertThat(ActorRegistry.getByUrn(stuck.actorUrn())).containsSame(stuck);

    never.countDown(); // "later": the message returns at last

    assertThat(stop.get(BOUND)).isTrue();
    // Everything queued before the first stop was handled, though its askers had given up.
    assertThat(handled)
        .containsExactlyInAnyOrder(
            "hang",
            "question 0",
            "question 1",
            "question 2",
            "question 3",
            "asked without a timeout");
    assertThat(later.get(BOUND)).isEqualTo("answer to asked without a timeout");
    assertThat(stuck.isAlive()).isFalse();
    assertThat(onStops).containsExactly("stuck");
    assertThat(ActorRegistry.getAll()).isEmpty();
  }

  @Test
  void stopAllWithATimeoutStopsEveryOtherActorWhileOneNeverReturnsFromAMessage() {
    List<ActorRef<Actor>> others = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      others.add(startOther(ActorRuntime.values()[i % 2], "before " + i));
    }
    ActorRef<Actor> stuck = startStuck();
    for (int i = 0; i < 10; i++) {
      others.add(startOther(ActorRuntime.values()[i % 2], "after " + i));
    }
    List<Future<Object>> queued = new ArrayList<>();
    for (ActorRef<Actor> other : others) {
      queued.add(other.askAsync("queued before stopAll"));
    }

    assertThatThrownBy(() -> ActorRegistry.stopAll(SHORT))
        .isInstanceOf(TimeoutException.class)
        .hasMessage("0.05 seconds");

    assertThat(others).noneMatch(ActorRef::isAlive);
    assertThat(onStops).hasSize(others.size()).doesNotContain("stuck");
    for (Future<Object> reply : queued) {
      assertThat(reply.get(BOUND)).isEqualTo("queued before stopAll");
    }
    assertThat(ActorRegistry.getAll()).containsExactly(stuck);
    assertThat(stuck.isAlive()).isTrue();
    // A second stopAll, async, returns at once with the stuck actor's stop pending.
    List<Future<Boolean>> stops = ActorRegistry.stopAllAsync();
    assertThat(stops).hasSize(1);
    assertThatThrownBy(() -> stops.get(0).get(Duration.ZERO)).isInstanceOf(TimeoutException.class);

    never.countDown();

    assertThat(stops.get(0).get(BOUND)).isTrue();
    assertThat(stuck.isAlive()).isFalse();
    assertThat(onStops).containsOnlyOnce("stuck");
    assertThat(ActorRegistry.getAll()).isEmpty();
  }

  private ActorRef<Actor> startOther(ActorRuntime which, String name) {
    return Actors.start(
        which, script().onReceive((self, message) -> message).onStop(self -> onStops.add(name)));
  }
}
