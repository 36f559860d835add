package pykka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pykka.Script.script;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pykka.internal.runtime.Cell;
import pykka.testfixtures.ActorRuntime;
import pykka.testfixtures.Await;
import pykka.testfixtures.BothRuntimes;

/**
 * Rule 29 when a stop cannot be waited for: whatever fails the wait (a deadlock, an interrupt, a
 * timeout), {@code stopAll} still stops every other actor, and throws the first exception after.
 */
@BothRuntimes
final class StopAllTest {

  private static final Duration BOUND = Duration.ofSeconds(Await.SECONDS);

  private final ActorRuntime runtime;

  /** Released at the end of each test, for actors that block on it. */
  private final CountDownLatch gate = new CountDownLatch(1);

  StopAllTest(ActorRuntime runtime) {
    this.runtime = runtime;
  }

  @BeforeEach
  void startFromAnEmptyRegistry() {
    ActorRegistry.stopAll(BOUND);
    assertThat(ActorRegistry.getAll()).isEmpty();
  }

  @AfterEach
  void stopEveryActor() {
    gate.countDown();
    ActorRegistry.stopAll(BOUND);
  }

  // Regression: stopAll() inside an actor while another actor was blocked asking it: the
  // DeadlockException of that one stop aborted the rest, and the actors after it kept running.
  @Test
  void stopAllInsideAnActorThatAnotherIsBlockedOnStopsEveryOtherActorThenThrowsTheDeadlock() {
    deadlockedStopAll(ActorRegistry::stopAll);
  }

  // The same with a timeout: only a TimeoutException used to let the others be stopped.
  @Test
  void stopAllWithATimeoutInsideAnActorThatAnotherIsBlockedOnStopsEveryOtherActorToo() {
    deadlockedStopAll(() -> ActorRegistry.stopAll(BOUND));
  }

  private void deadlockedStopAll(Supplier<List<Boolean>> stopAll) {
    ActorRef<Actor> first = Actors.start(runtime, script());
    ActorRef<Actor> second = Actors.start(runtime, script());
    CompletableFuture<ActorRef<Actor>> caller = new CompletableFuture<>();
    // The blocked actor asks the caller, and so waits for it while the caller runs stopAll.
    ActorRef<Actor> blocked =
        Actors.start(runtime, (self, message) -> caller.join().ask("are you done?"));
    ActorRef<Actor> callerRef =
        Actors.start(
            runtime,
            (self, message) -> {
              if (!"stop everyone".equals(message)) {
                return "not yet";
              }
              // Wait until the blocked actor is parked in its ask, past its own deadlock check, so
              // that this actor is the one whose wait closes the cycle.
              Await.until(() -> isParkedWaitingFor(blocked, self));
              return stopAll.get();
            });
    caller.complete(callerRef);
    Future<Object> outcome = callerRef.askAsync("stop everyone");
    Future<Object> blockedReply = blocked.askAsync("ask the caller");

    // In stop order: the caller's own stop is enqueued; the blocked actor's stop cannot be waited
    // for (it waits for the caller); then second and first are stopped all the same.
    assertThatThrownBy(() -> outcome.get(BOUND))
        .isInstanceOf(DeadlockException.class)
        .hasMessageContaining(blocked.toString());
    assertThat(second.isAlive()).isFalse();
    assertThat(first.isAlive()).isFalse();
    assertThat(blockedReply.get(BOUND)).isEqualTo("not yet");
    Await.until(() -> !blocked.isAlive() && !callerRef.isAlive());
    assertThat(ActorRegistry.getAll()).isEmpty();
  }

  private static boolean isParkedWaitingFor(ActorRef<?> waiter, Actor awaited) {
    Cell cell = waiter.actor().cell();
    Thread thread = cell.thread();
    return cell.waitingFor() == awaited.actorRef()
        && thread != null
        && thread.getState() == Thread.State.WAITING;
  }

  // A probe of the same kind: an interrupt of the thread waiting in stopAll() aborted the rest.
  @Test
  void aThreadInterruptedInStopAllStillStopsEveryActorThenThrowsKeepingItsFlag() throws Exception {
    CountDownLatch inOnStop = new CountDownLatch(1);
    ActorRef<Actor> first = Actors.start(runtime, script());
    ActorRef<Actor> slow =
        Actors.start(
            runtime,
            script()
                .onStop(
                    self -> {
                      inOnStop.countDown();
                      Await.on(gate);
                    }));
    ActorRef<Actor> last = Actors.start(runtime, script());
    CompletableFuture<List<Object>> outcome = new CompletableFuture<>();
    Thread stopper =
        Thread.ofPlatform()
            .daemon()
            .start(
                () -> {
                  try {
                    outcome.complete(List.of(ActorRegistry.stopAll()));
                  } catch (Throwable t) {
                    outcome.complete(List.of(t, Thread.currentThread().isInterrupted()));
                  }
                });
    Await.on(inOnStop);

    stopper.interrupt();

    List<Object> result = outcome.get(Await.SECONDS, TimeUnit.SECONDS);
    assertThat(result.get(0))
        .isInstanceOf(PykkaException.class)
        .extracting(t -> ((Throwable) t).getCause())
        .isInstanceOf(InterruptedException.class);
    assertThat(result.get(1)).isEqualTo(true);
    assertThat(last.isAlive()).isFalse();
    Await.until(() -> !first.isAlive()); // its stop was sent, not waited for
    assertThat(slow.isAlive()).isFalse(); // in onStop: dead already
    gate.countDown();
    assertThat(slow.stop(BOUND)).isFalse();
    assertThat(ActorRegistry.getAll()).isEmpty();
  }

  // Rule 29 unchanged for the timeout: the first exception is the one thrown, after the rest.
  @Test
  void whenSeveralStopsFailStopAllWithATimeoutThrowsTheFirstAfterStoppingTheRest() {
    CountDownLatch inOnStop = new CountDownLatch(2);
    Script slowScript =
        script()
            .onStop(
                self -> {
                  inOnStop.countDown();
                  Await.on(gate);
                });
    ActorRef<Actor> first = Actors.start(runtime, script());
    ActorRef<Actor> slowA = Actors.start(runtime, slowScript);
    ActorRef<Actor> middle = Actors.start(runtime, script());
    ActorRef<Actor> slowB = Actors.start(runtime, slowScript);

    Throwable thrown = null;
    try {
      ActorRegistry.stopAll(Duration.ofMillis(100));
    } catch (Throwable t) {
      thrown = t;
    }

    assertThat(thrown).isInstanceOf(TimeoutException.class).hasMessage("0.1 seconds");
    assertThat(middle.isAlive()).isFalse();
    assertThat(first.isAlive()).isFalse();
    Await.on(inOnStop);
    gate.countDown();
    assertThat(slowA.stop(BOUND)).isFalse();
    assertThat(slowB.stop(BOUND)).isFalse();
  }
}
