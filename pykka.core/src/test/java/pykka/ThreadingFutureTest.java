package pykka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.Field;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import pykka.testfixtures.ActorRuntime;
import pykka.testfixtures.Await;

/** Rules 20 to 23 of docs/behaviour.md for futures on their own, and toCompletableFuture(). */
final class ThreadingFutureTest {

  private static final Duration BOUND = Duration.ofSeconds(Await.SECONDS);

  // Rule 21.
  @Test
  void aFutureIsSetOnlyOnceAndEveryLaterSetThrowsIllegalStateException() {
    ThreadingFuture<String> valued = new ThreadingFuture<>();
    valued.set("first");
    ThreadingFuture<String> failed = new ThreadingFuture<>();
    failed.setException(new IllegalStateException("first"));
    ThreadingFuture<String> hooked = new ThreadingFuture<>();
    hooked.setGetHook(timeout -> "hooked");

    for (ThreadingFuture<String> f : List.of(valued, failed, hooked)) {
      assertThatThrownBy(() -> f.set("second")).isInstanceOf(IllegalStateException.class);
      assertThatThrownBy(() -> f.setException(new RuntimeException()))
          .isInstanceOf(IllegalStateException.class);
      assertThatThrownBy(() -> f.setGetHook(timeout -> "second"))
          .isInstanceOf(IllegalStateException.class);
    }
    assertThat(valued.get()).isEqualTo("first");
    assertThat(hooked.get()).isEqualTo("hooked");
    assertThatThrownBy(() -> hooked.set("after the hook ran"))
        .isInstanceOf(IllegalStateException.class);
  }

  // Rule 21.
  @Test
  void whenThreadsRaceToSetAFutureExactlyOneWins() throws Exception {
    for (int round = 0; round < 200; round++) {
      ThreadingFuture<Integer> f = new ThreadingFuture<>();
      AtomicInteger winners = new AtomicInteger();
      CountDownLatch go = new CountDownLatch(1);
      List<Thread> threads = new ArrayList<>();
      for (int t = 0; t < 3; t++) {
        int value = t;
        threads.add(
            Thread.ofPlatform()
                .start(
                    () -> {
                      Await.on(go);
                      try {
                        f.set(value);
                        winners.incrementAndGet();
                      } catch (IllegalStateException lost) {
                        // expected for all but one
                      }
                    }));
      }
      go.countDown();
      for (Thread t : threads) {
        t.join();
      }
      assertThat(winners).hasValue(1);
      assertThat(f.get(Duration.ZERO)).isBetween(0, 2);
    }
  }

  // Rule 21.
  @Test
  void aValueCanBeReadAnyNumberOfTimesFromAnyThread() throws Exception {
    ThreadingFuture<Object> f = new ThreadingFuture<>();
    Object value = new Object();
    List<CompletableFuture<Object>> reads = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      CompletableFuture<Object> read = new CompletableFuture<>();
      reads.add(read);
      Thread.ofVirtual().start(() -> read.complete(f.get(BOUND)));
    }

    f.set(value);

    for (CompletableFuture<Object> read : reads) {
      assertThat(read.get(Await.SECONDS, TimeUnit.SECONDS)).isSameAs(value);
    }
    for (int i = 0; i < 3; i++) {
      assertThat(f.get()).isSameAs(value);
    }
  }

  // Rule 22.
  @Test
  void getWithATimeoutThrowsTimeoutExceptionWhoseMessageNamesTheTimeout() {
    ThreadingFuture<String> f = new ThreadingFuture<>();

    assertThatThrownBy(() -> f.get(Duration.ofMillis(250)))
        .isInstanceOf(TimeoutException.class)
        .isInstanceOf(PykkaException.class)
        .hasMessage("0.25 seconds");
    assertThatThrownBy(() -> f.get(Duration.ofSeconds(1).plusMillis(500).minusSeconds(1)))
        .hasMessage("0.5 seconds");
  }

  // Rule 22.
  @Test
  void getWithZeroTimeoutAsksWhetherTheValueIsThereNow() {
    ThreadingFuture<String> f = new ThreadingFuture<>();

    assertThatThrownBy(() -> f.get(Duration.ZERO))
        .isInstanceOf(TimeoutException.class)
        .hasMessage("0 seconds");
    f.set("now");
    assertThat(f.get(Duration.ZERO)).isEqualTo("now");
  }

  // Rule 22.
  @Test
  void getRejectsANegativeOrNullTimeout() {
    ThreadingFuture<String> f = new ThreadingFuture<>();
    f.set("value");

    assertThatThrownBy(() -> f.get(Duration.ofMillis(-1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> f.get(null)).isInstanceOf(NullPointerException.class);
  }

  // Rule 22.
  @ParameterizedTest(name = "waiting on a virtual thread: {0}")
  @ValueSource(booleans = {false, true})
  void anInterruptReleasesAThreadWaitingInGetAndTheInterruptFlagStaysSet(boolean virtual)
      throws Exception {
    for (boolean withTimeout : List.of(false, true)) {
      ThreadingFuture<String> f = new ThreadingFuture<>();
      CompletableFuture<List<Object>> outcome = new CompletableFuture<>();
      Runnable waiter =
          () -> {
            try {
              outcome.complete(
                  List.of("returned", withTimeout ? f.get(Duration.ofHours(1)) : f.get()));
            } catch (Throwable t) {
              outcome.complete(List.of(t, Thread.currentThread().isInterrupted()));
            }
          };
      Thread thread =
          virtual ? Thread.ofVirtual().start(waiter) : Thread.ofPlatform().start(waiter);
      awaitParked(thread);

      thread.interrupt();

      List<Object> result = outcome.get(Await.SECONDS, TimeUnit.SECONDS);
      assertThat(result.get(0))
          .isInstanceOf(PykkaException.class)
          .extracting(t -> ((Throwable) t).getCause())
          .isInstanceOf(InterruptedException.class);
      assertThat(result.get(1)).isEqualTo(true);
    }
  }

  // Rule 22: an interrupt that came before get() counts as well.
  @Test
  void getOnAThreadAlreadyInterruptedThrowsAndKeepsTheFlag() {
    ThreadingFuture<String> f = new ThreadingFuture<>();
    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(f::get)
          .isInstanceOf(PykkaException.class)
          .hasCauseInstanceOf(InterruptedException.class);
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
  }

  // Regression: every get(timeout) that timed out on a pending future left its waiter node (and a
  // reference to its thread) on the future, so polling a slow future with short timeouts grew the
  // future without bound until it was set.
  @Test
  void timedOutGetsOnAPendingFutureDoNotPileUpWaiterNodes() throws Exception {
    ThreadingFuture<String> f = new ThreadingFuture<>();
    CompletableFuture<String> parked = new CompletableFuture<>();
    Thread waiter = Thread.ofPlatform().daemon().start(() -> parked.complete(f.get(BOUND)));
    awaitParked(waiter);

    for (int i = 0; i < 5_000; i++) {
      assertThatThrownBy(() -> f.get(Duration.ofNanos(1_000))).isInstanceOf(TimeoutException.class);
    }
    Thread interrupted =
        Thread.ofPlatform()
            .start(
                () -> {
                  Thread.currentThread().interrupt();
                  assertThatThrownBy(() -> f.get(BOUND)).isInstanceOf(PykkaException.class);
                });
    interrupted.join();

    assertThat(waiterNodes(f)).isEqualTo(1); // the thread still parked, no one else
    f.set("value");
    assertThat(parked.get(Await.SECONDS, TimeUnit.SECONDS)).isEqualTo("value");
  }

  /** How many nodes the future's stack of waiters holds (white-box: its private field). */
  private static int waiterNodes(ThreadingFuture<?> f) throws ReflectiveOperationException {
    Field waiters = ThreadingFuture.class.getDeclaredField("waiters");
    waiters.setAccessible(true);
    Object node = waiters.get(f);
    int count = 0;
    while (node != null) {
      count++;
      Field next = node.getClass().getDeclaredField("next");
      next.setAccessible(true);
      node = next.get(node);
    }
    return count;
  }

  // Rule 23.
  @Test
  void aGetHookRunsOnTheFirstGetWithThatCallersTimeout() {
    ConcurrentLinkedQueue<String> timeouts = new ConcurrentLinkedQueue<>();
    ThreadingFuture<String> withTimeout = new ThreadingFuture<>();
    withTimeout.setGetHook(
        timeout -> {
          timeouts.add(String.valueOf(timeout));
          return "a";
        });
    ThreadingFuture<String> without = new ThreadingFuture<>();
    without.setGetHook(
        timeout -> {
          timeouts.add(String.valueOf(timeout));
          return "b";
        });

    assertThat(timeouts).isEmpty();
    assertThat(withTimeout.get(Duration.ofSeconds(3))).isEqualTo("a");
    assertThat(without.get()).isEqualTo("b");
    assertThat(timeouts).containsExactly("PT3S", "null");
  }

  // Rule 23.
  @Test
  void aGetHooksResultIsCachedNullIncluded() {
    AtomicInteger calls = new AtomicInteger();
    ThreadingFuture<String> f = new ThreadingFuture<>();
    f.setGetHook(
        timeout -> {
          calls.incrementAndGet();
          return null;
        });

    assertThat(f.get()).isNull();
    assertThat(f.get(Duration.ZERO)).isNull();
    assertThat(f.get()).isNull();
    assertThat(calls).hasValue(1);
    assertThat(f.isDone()).isTrue();
  }

  // Rule 23.
  @Test
  void whenAGetHookThrowsNothingIsCachedAndTheNextGetRunsItAgain() {
    AtomicInteger calls = new AtomicInteger();
    IllegalStateException first = new IllegalStateException("not yet");
    ThreadingFuture<String> f = new ThreadingFuture<>();
    f.setGetHook(
        timeout -> {
          if (calls.incrementAndGet() == 1) {
            throw first;
          }
          return "second time lucky";
        });

    assertThatThrownBy(f::get).isSameAs(first);
    assertThat(f.isDone()).isFalse();
    assertThat(f.get()).isEqualTo("second time lucky");
    assertThat(f.get()).isEqualTo("second time lucky");
    assertThat(calls).hasValue(2);
  }

  // Rule 23.
  @Test
  void concurrentFirstGetsRunTheHookOnce() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    CountDownLatch inHook = new CountDownLatch(1);
    CountDownLatch finishHook = new CountDownLatch(1);
    ThreadingFuture<String> f = new ThreadingFuture<>();
    f.setGetHook(
        timeout -> {
          calls.incrementAndGet();
          inHook.countDown();
          Await.on(finishHook);
          return "once";
        });
    List<CompletableFuture<String>> gets = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      CompletableFuture<String> get = new CompletableFuture<>();
      gets.add(get);
      Thread.ofPlatform().start(() -> get.complete(f.get(BOUND)));
    }

    Await.on(inHook);
    finishHook.countDown();

    for (CompletableFuture<String> get : gets) {
      assertThat(get.get(Await.SECONDS, TimeUnit.SECONDS)).isEqualTo("once");
    }
    assertThat(calls).hasValue(1);
  }

  // Rule 23: a thread already waiting when the hook is set runs it.
  @Test
  void aThreadWaitingWhenTheHookIsSetRunsTheHook() throws Exception {
    ThreadingFuture<String> f = new ThreadingFuture<>();
    CompletableFuture<String> got = new CompletableFuture<>();
    Thread waiter = Thread.ofPlatform().start(() -> got.complete(f.get(BOUND)));
    awaitParked(waiter);

    f.setGetHook(timeout -> "from the hook with " + timeout);

    assertThat(got.get(Await.SECONDS, TimeUnit.SECONDS)).isEqualTo("from the hook with " + BOUND);
  }

  // Rule 20.
  @Test
  void getRethrowsAnUncheckedExceptionOrErrorItselfEveryTime() {
    for (Throwable thrown :
        List.of(new IllegalStateException("unchecked"), new AssertionError("error"))) {
      ThreadingFuture<String> f = new ThreadingFuture<>();
      f.setException(thrown);
      for (int i = 0; i < 3; i++) {
        assertThatThrownBy(f::get).isSameAs(thrown);
        assertThatThrownBy(() -> f.get(Duration.ZERO)).isSameAs(thrown);
      }
    }
  }

  // Rule 20.
  @Test
  void getWrapsACheckedExceptionInCompletionExceptionEveryTime() {
    IOException checked = new IOException("checked");
    ThreadingFuture<String> f = new ThreadingFuture<>();
    f.setException(checked);

    for (int i = 0; i < 3; i++) {
      assertThatThrownBy(f::get)
          .isExactlyInstanceOf(CompletionException.class)
          .cause()
          .isSameAs(checked);
    }
  }

  @Test
  void toCompletableFutureCompletesWhenTheFutureIsSetAndNeverBlocks() throws Exception {
    ThreadingFuture<String> f = new ThreadingFuture<>();
    CompletableFuture<String> c = f.toCompletableFuture();
    assertThat(c).isNotDone();

    f.set("value");

    assertThat(c.get(Await.SECONDS, TimeUnit.SECONDS)).isEqualTo("value");
    assertThat(f.toCompletableFuture()).isCompletedWithValue("value");
  }

  @Test
  void toCompletableFutureFailsWithTheFuturesExceptionItself() {
    IOException checked = new IOException("checked");
    ThreadingFuture<String> pending = new ThreadingFuture<>();
    CompletableFuture<String> early = pending.toCompletableFuture();

    pending.setException(checked);

    for (CompletableFuture<String> c : List.of(early, pending.toCompletableFuture())) {
      assertThatThrownBy(() -> c.get(Await.SECONDS, TimeUnit.SECONDS))
          .isInstanceOf(ExecutionException.class)
          .cause()
          .isSameAs(checked);
    }
  }

  @Test
  void toCompletableFutureRunsAGetHookThatHasNotRunYet() throws Exception {
    ThreadingFuture<String> hooked = new ThreadingFuture<>();
    hooked.setGetHook(timeout -> "computed");
    ThreadingFuture<String> failing = new ThreadingFuture<>();
    IllegalStateException boom = new IllegalStateException("hook failed");
    failing.setGetHook(
        timeout -> {
          throw boom;
        });

    assertThat(hooked.toCompletableFuture().get(Await.SECONDS, TimeUnit.SECONDS))
        .isEqualTo("computed");
    assertThatThrownBy(() -> failing.toCompletableFuture().get(Await.SECONDS, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .cause()
        .isSameAs(boom);
  }

  // Regression: a completable future taken from a pending future that was then given a get hook
  // never completed (the hook waited for a get that nobody made).
  @Test
  void aCompletableFutureTakenBeforeTheGetHookIsSetCompletesWithTheHooksResult() throws Exception {
    ThreadingFuture<String> hooked = new ThreadingFuture<>();
    CompletableFuture<String> early = hooked.toCompletableFuture();
    ThreadingFuture<String> failing = new ThreadingFuture<>();
    CompletableFuture<String> earlyFailing = failing.toCompletableFuture();
    IllegalStateException boom = new IllegalStateException("hook failed");

    hooked.setGetHook(timeout -> "computed");
    failing.setGetHook(
        timeout -> {
          throw boom;
        });

    assertThat(early.get(Await.SECONDS, TimeUnit.SECONDS)).isEqualTo("computed");
    assertThat(hooked.isDone()).isTrue();
    assertThatThrownBy(() -> earlyFailing.get(Await.SECONDS, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .cause()
        .isSameAs(boom);
  }

  @Test
  void anAsksReplyConvertsToACompletableFuture() throws Exception {
    ActorRef<Actor> ref =
        Actors.start(ActorRuntime.VIRTUAL_THREADS, (self, message) -> message + "!");
    try {
      CompletableFuture<Object> c = ref.askAsync("hi").toCompletableFuture();
      assertThat(c.get(Await.SECONDS, TimeUnit.SECONDS)).isEqualTo("hi!");
    } finally {
      ref.stop();
    }
  }

  // Rule 44: a future's toString() renders its value or exception safely (it threw before).
  @Test
  void toStringOfAFutureHoldingAnUnprintableValueOrExceptionSaysSoInsteadOfThrowing() {
    class Unprintable extends RuntimeException {
      @Override
      public String toString() {
        throw new IllegalStateException("toString() is broken");
      }
    }
    ThreadingFuture<Object> failed = new ThreadingFuture<>();
    failed.setException(new Unprintable());
    ThreadingFuture<Object> holding = new ThreadingFuture<>();
    holding.set(
        new Object() {
          @Override
          public String toString() {
            throw new IllegalStateException("toString() is broken");
          }
        });

    assertThat(failed.toString())
        .startsWith("ThreadingFuture[failed: ")
        .contains("toString() threw java.lang.IllegalStateException");
    assertThat(holding.toString()).contains("toString() threw java.lang.IllegalStateException");
  }

  /**
   * Waits until {@code thread} parks (in get), so that an interrupt or a set reaches a parked
   * waiter. Polls the thread's state; the tests stay correct if the thread has not parked yet.
   */
  static void awaitParked(Thread thread) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(Await.SECONDS);
    while (thread.getState() != Thread.State.WAITING
        && thread.getState() != Thread.State.TIMED_WAITING) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(thread + " never parked");
      }
      Thread.yield();
    }
  }
}
