package pykka;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

final class SetGetHookRaceTest {

  /** One round: a fresh future, and what happened to it. */
  private static final class Round {
    final ThreadingFuture<Integer> future = new ThreadingFuture<>();
    final AtomicInteger hookRuns = new AtomicInteger();
    volatile Integer got;
  }

  // Regression (found by jcstress, FutureWakeUps.SetGetHookVersusGet): a get that ran the hook
  // and completed the future between setGetHook's CAS of the state and its swap of the waiter
  // stack left the stack's RELEASED marker for setGetHook to walk, and setGetHook threw
  // NullPointerException (RELEASED has no callback) although it had set the hook.
  @Test
  void setGetHookDoesNotThrowWhenAConcurrentGetRunsTheHookAtOnce() throws Exception {
    LockstepRace.run(
        Duration.ofSeconds(3),
        Round::new,
        round ->
            round.future.setGetHook(
                timeout -> {
                  round.hookRuns.incrementAndGet();
                  return 42;
                }),
        round -> {
          // Call get the moment the hook is there, to run it inside setGetHook's window.
          while (round.future.toString().equals("ThreadingFuture[pending]")) {
            Thread.onSpinWait();
          }
          round.got = round.future.get();
        },
        round -> {
          assertThat(round.got).isEqualTo(42);
          assertThat(round.hookRuns).hasValue(1);
        });
  }
}
