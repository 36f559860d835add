package pykka;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pykka.testfixtures.Await;

/**
 * Rules 21 to 24 of docs/behaviour.md under contention, round after round: {@code set}, {@code
 * setException} and {@code setGetHook} racing each other and the threads waiting in {@code get},
 * derived futures read from many threads while their source is set, and timed gets giving up around
 * threads that keep waiting. Exactly one setter wins, every waiter wakes up with the winner's
 * outcome (no lost wake-up), and every hook and derived function runs once.
 *
 * <p>ThreadingFutureTest has the single-round versions: three threads racing {@code set}, four
 * first gets running a blocked hook once.
 */
final class FutureContentionTest {

  private static final Duration BOUND = Duration.ofSeconds(Await.SECONDS);
  private static final int MIN_ROUNDS = 100;
  private static final int MAX_ROUNDS = 1_000;
  private static final long BUDGET_NANOS = TimeUnit.MILLISECONDS.toNanos(400);

  private ExecutorService pool;

  @BeforeEach
  void startAPool() {
    pool = Executors.newFixedThreadPool(6);
  }

  @AfterEach
  void stopThePool() {
    pool.shutdownNow();
  }

  /** Runs {@code round} at least MIN_ROUNDS times, and more while the time budget lasts. */
  private static void rounds(RoundBody round) throws Exception {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    long deadline = System.nanoTime() + BUDGET_NANOS;
    for (int r = 0; r < MAX_ROUNDS && (r < MIN_ROUNDS || System.nanoTime() < deadline); r++) {
      try {
        round.run(r, random);
      } catch (AssertionError e) {
        throw new AssertionError("round " + r + " (seed " + seed + "): " + e.getMessage(), e);
      }
    }
  }

  @FunctionalInterface
  private interface RoundBody {
    void run(int round, Random random) throws Exception;
  }

  /** What a get returned or threw. */
  private record Outcome(Object value, Throwable thrown) {
    static Outcome of(Supplier<?> get) {
      try {
        return new Outcome(get.get(), null);
      } catch (Throwable t) {
        return new Outcome(null, t);
      }
    }
  }

  private <T> CompletableFuture<T> onPool(CountDownLatch go, Supplier<T> task) {
    return CompletableFuture.supplyAsync(
        () -> {
          Await.on(go);
          return task.get();
        },
        pool);
  }

  @Test
  void racingSetSetExceptionAndSetGetHookLetOneWinAndEveryWaiterWakesWithItsOutcome()
      throws Exception {
    rounds(
        (round, random) -> {
          ThreadingFuture<Object> f = new ThreadingFuture<>();
          String value = "value " + round;
          IllegalStateException failure = new IllegalStateException("failure " + round);
          AtomicInteger hookRuns = new AtomicInteger();
          CountDownLatch go = new CountDownLatch(1);
          List<CompletableFuture<String>> setters = new ArrayList<>();
          setters.add(onPool(go, () -> attempt(() -> f.set(value), "set")));
          setters.add(onPool(go, () -> attempt(() -> f.setException(failure), "setException")));
          setters.add(
              onPool(
                  go,
                  () ->
                      attempt(
                          () ->
                              f.setGetHook(
                                  timeout -> {
                                    hookRuns.incrementAndGet();
                                    return "hooked " + round;
                                  }),
                          "setGetHook")));
          List<CompletableFuture<Outcome>> getters = new ArrayList<>();
          getters.add(onPool(go, () -> Outcome.of(() -> f.get(BOUND))));
          getters.add(onPool(go, () -> Outcome.of(() -> f.toCompletableFuture().join())));
          CompletableFuture<Outcome> virtual = new CompletableFuture<>();
          getters.add(virtual);
          Thread.ofVirtual()
              .start(
                  () -> {
                    Await.on(go);
                    virtual.complete(Outcome.of(f::get)); // no timeout: a lost wake-up hangs it
                  });
          if (random.nextBoolean()) {
            Thread.yield();
          }
          go.countDown();

          List<String> winners = new ArrayList<>();
          for (CompletableFuture<String> setter : setters) {
            String won = setter.get(Await.SECONDS, TimeUnit.SECONDS);
            if (won != null) {
              winners.add(won);
            }
          }
          assertThat(winners).hasSize(1);
          String winner = winners.get(0);
          for (CompletableFuture<Outcome> getter : getters) {
            Outcome outcome = getter.get(Await.SECONDS, TimeUnit.SECONDS);
            switch (winner) {
              case "set" -> assertThat(outcome).isEqualTo(new Outcome(value, null));
              case "setException" -> {
                Throwable thrown = outcome.thrown();
                if (thrown instanceof CompletionException wrapped) {
                  thrown = wrapped.getCause(); // CompletableFuture.join wraps it
                }
                assertThat(thrown).isSameAs(failure);
              }
              default -> assertThat(outcome).isEqualTo(new Outcome("hooked " + round, null));
            }
          }
          assertThat(hookRuns).hasValue(winner.equals("setGetHook") ? 1 : 0);
        });
  }

  /** Runs {@code setter}; returns {@code name} if it set the future, {@code null} if it lost. */
  private static String attempt(Runnable setter, String name) {
    try {
      setter.run();
      return name;
    } catch (IllegalStateException lost) {
      assertThat(lost).hasMessageContaining("a future can be set only once");
      return null;
    }
  }

  @Test
  void derivedFuturesReadFromManyThreadsWhileTheSourceIsSetComputeOnceAndAgree() throws Exception {
    rounds(
        (round, random) -> {
          ThreadingFuture<List<Integer>> source = new ThreadingFuture<>();
          ThreadingFuture<String> other = new ThreadingFuture<>();
          other.set("other");
          AtomicInteger mapped = new AtomicInteger();
          AtomicInteger filtered = new AtomicInteger();
          AtomicInteger reduced = new AtomicInteger();
          AtomicInteger joined = new AtomicInteger();
          List<Future<?>> derived =
              List.of(
                  source.map(
                      list -> {
                        mapped.incrementAndGet();
                        return list.size();
                      }),
                  source.filter(
                      (Integer x) -> {
                        filtered.incrementAndGet();
                        return x % 2 == 1;
                      }),
                  source.<Integer>reduce(
                      (x, y) -> {
                        reduced.incrementAndGet();
                        return x + y;
                      }),
                  source
                      .join(other)
                      .map(
                          values -> {
                            joined.incrementAndGet();
                            return values;
                          }));
          List<Object> expected = List.of(3, List.of(1, 3), 6, List.of(List.of(1, 2, 3), "other"));
          CountDownLatch go = new CountDownLatch(1);
          List<CompletableFuture<List<Object>>> readers = new ArrayList<>();
          for (int t = 0; t < 4; t++) {
            int first = t;
            readers.add(
                onPool(
                    go,
                    () -> {
                      Object[] values = new Object[derived.size()];
                      for (int i = 0; i < derived.size(); i++) {
                        int which = (first + i) % derived.size();
                        values[which] = derived.get(which).get(BOUND);
                      }
                      return List.of(values);
                    }));
          }
          CompletableFuture<String> setter =
              onPool(
                  go,
                  () -> {
                    source.set(List.of(1, 2, 3));
                    return "set";
                  });
          go.countDown();

          setter.get(Await.SECONDS, TimeUnit.SECONDS);
          for (CompletableFuture<List<Object>> reader : readers) {
            assertThat(reader.get(Await.SECONDS, TimeUnit.SECONDS)).isEqualTo(expected);
          }
          assertThat(mapped).hasValue(1);
          assertThat(filtered).hasValue(3);
          assertThat(reduced).hasValue(2);
          assertThat(joined).hasValue(1);
        });
  }

  @Test
  void timedGetsGivingUpAroundWaitingThreadsNeverCostThoseThreadsTheirWakeUp() throws Exception {
    rounds(
        (round, random) -> {
          ThreadingFuture<Integer> f = new ThreadingFuture<>();
          CountDownLatch go = new CountDownLatch(1);
          CountDownLatch polled = new CountDownLatch(2);
          List<CompletableFuture<Object>> waiters = new ArrayList<>();
          for (int t = 0; t < 3; t++) {
            waiters.add(onPool(go, () -> f.get(BOUND)));
          }
          for (int t = 0; t < 2; t++) {
            long nanos = 1 + random.nextInt(20_000);
            waiters.add(
                onPool(
                    go,
                    () -> {
                      for (int attempt = 0; ; attempt++) {
                        try {
                          return f.get(Duration.ofNanos(nanos));
                        } catch (TimeoutException notYet) {
                          if (attempt == 3) {
                            polled.countDown();
                          }
                        }
                      }
                    }));
          }
          go.countDown();
          Await.on(polled);

          f.set(round);

          for (CompletableFuture<Object> waiter : waiters) {
            assertThat(waiter.get(Await.SECONDS, TimeUnit.SECONDS)).isEqualTo(round);
          }
        });
  }

  @Test
  void aCompletableFutureTakenWhileAGetHookIsBeingSetAlwaysCompletes() throws Exception {
    rounds(
        (round, random) -> {
          ThreadingFuture<Integer> f = new ThreadingFuture<>();
          AtomicInteger hookRuns = new AtomicInteger();
          CountDownLatch go = new CountDownLatch(1);
          List<CompletableFuture<CompletableFuture<Integer>>> taken = new ArrayList<>();
          for (int t = 0; t < 2; t++) {
            taken.add(onPool(go, f::toCompletableFuture));
          }
          CompletableFuture<String> setter =
              onPool(
                  go,
                  () -> {
                    f.setGetHook(
                        timeout -> {
                          hookRuns.incrementAndGet();
                          return round;
                        });
                    return "hook set";
                  });
          go.countDown();

          assertThat(setter.get(Await.SECONDS, TimeUnit.SECONDS)).isEqualTo("hook set");
          for (CompletableFuture<CompletableFuture<Integer>> t : taken) {
            try {
              assertThat(
                      t.get(Await.SECONDS, TimeUnit.SECONDS).get(Await.SECONDS, TimeUnit.SECONDS))
                  .isEqualTo(round);
            } catch (ExecutionException e) {
              throw new AssertionError(e);
            } catch (Exception e) { // java.util.concurrent.TimeoutException: never completed
              throw new AssertionError("a completable future never completed", e);
            }
          }
          assertThat(hookRuns).hasValue(1);
        });
  }
}
