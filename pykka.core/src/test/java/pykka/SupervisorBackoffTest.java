package pykka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pykka.SupervisorTest.BOUND;

import java.time.Duration;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import pykka.testfixtures.ActorRuntime;
import pykka.testfixtures.BothRuntimes;
import pykka.testfixtures.LogCapture;

/** The supervisor's optional backoff between restarts (docs/supervision.md). */
@BothRuntimes
final class SupervisorBackoffTest {

  private final ActorRuntime runtime;
  private final ConcurrentLinkedQueue<String> events = new ConcurrentLinkedQueue<>();

  SupervisorBackoffTest(ActorRuntime runtime) {
    this.runtime = runtime;
  }

  @AfterEach
  void stopEveryActor() {
    ActorRegistry.stopAll(BOUND);
  }

  // Rule S10 during a backoff: the handle holds what is sent; the supervisor stays responsive.
  @Test
  void aRestartWaitsForItsBackoffWhileTheHandleHoldsWhatIsSent() {
    try (LogCapture log = LogCapture.start()) {
      Supervisor supervisor =
          Supervisor.builder()
              .backoff(Duration.ofHours(1), Duration.ofHours(1))
              .child("a", SupervisorTest.child(runtime, "a", events))
              .start();
      Supervised<Actor> a = supervisor.child("a", Actor.class);
      ActorRef<Actor> first = a.ref();
      first.tell("crash");
      first.termination().get(BOUND);
      supervisor.ref().ask("sync"); // the death notice, queued before, has been handled
      ThreadingFuture<Object> held = (ThreadingFuture<Object>) a.askAsync("held");
      assertThat(a.restarts()).isZero();
      assertThat(held.isDone()).isFalse();
      assertThat(supervisor.stop()).isTrue();
      assertThatThrownBy(() -> held.get(BOUND)).isInstanceOf(ActorDeadException.class);
      assertThat(events).containsExactly("start a");
    }
  }

  @Test
  void afterAShortBackoffTheChildIsRestartedAndGetsWhatWasHeld() {
    try (LogCapture log = LogCapture.start()) {
      Supervisor supervisor =
          Supervisor.builder()
              .backoff(Duration.ofMillis(1), Duration.ofMillis(20))
              .child("a", SupervisorTest.child(runtime, "a", events))
              .start();
      Supervised<Actor> a = supervisor.child("a", Actor.class);
      ActorRef<Actor> first = a.ref();
      first.tell("crash");
      first.termination().get(BOUND);
      assertThat(a.ask("held", BOUND)).isEqualTo("held");
      assertThat(a.restarts()).isEqualTo(1);
      assertThat(a.ref()).isNotSameAs(first);
    }
  }

  @Test
  void delaysDoubleUpToTheMaximumAndStartAgainAfterAQuietPeriod() {
    RestartBackoff backoff = new RestartBackoff(Duration.ofNanos(10), Duration.ofNanos(50));
    assertThat(backoff.delay(0)).isEqualTo(10);
    assertThat(backoff.delay(1)).isEqualTo(20);
    assertThat(backoff.delay(2)).isEqualTo(40);
    assertThat(backoff.delay(3)).isEqualTo(50);
    assertThat(backoff.delay(4)).isEqualTo(50);
    assertThat(backoff.delay(104)).isEqualTo(50); // 100 since the last: not yet quiet
    assertThat(backoff.delay(205)).isEqualTo(10); // 101 since the last: quiet
  }

  @Test
  void aBackoffThatIsNotPositiveOrExceedsItsMaximumIsRefused() {
    assertThatThrownBy(() -> Supervisor.builder().backoff(Duration.ZERO, Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> Supervisor.builder().backoff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
