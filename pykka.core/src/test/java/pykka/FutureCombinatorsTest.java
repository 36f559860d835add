package pykka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Rule 24 of docs/behaviour.md: {@code map}, {@code filter}, {@code join} and {@code reduce}. */
final class FutureCombinatorsTest {

  /** The four combinators applied to {@code source}, each with a counter of its computations. */
  private static List<Future<?>> allFour(Future<List<Integer>> source, AtomicInteger computed) {
    return List.of(
        source.map(
            list -> {
              computed.incrementAndGet();
              return list.size();
            }),
        source.filter(
            (Integer x) -> {
              computed.incrementAndGet();
              return x > 1;
            }),
        source.<Integer>reduce(
            (x, y) -> {
              computed.incrementAndGet();
              return x + y;
            }),
        source
            .join()
            .map(
                values -> {
                  computed.incrementAndGet();
                  return values;
                }));
  }

  @Test
  void derivedFuturesComputeLazilyAtTheirFirstGetAndAtMostOnceOnSuccess() {
    ThreadingFuture<List<Integer>> source = new ThreadingFuture<>();
    AtomicInteger computed = new AtomicInteger();
    List<Future<?>> derived = allFour(source, computed);

    source.set(List.of(1, 2, 3));
    assertThat(computed).hasValue(0);

    for (int i = 0; i < 3; i++) {
      assertThat(derived.get(0).get()).isEqualTo(3);
      assertThat(derived.get(1).get()).isEqualTo(List.of(2, 3));
      assertThat(derived.get(2).get()).isEqualTo(6);
      assertThat(derived.get(3).get()).isEqualTo(List.of(List.of(1, 2, 3)));
    }
    // map once, filter once per element (3), reduce once per pair (2), join's map once.
    assertThat(computed).hasValue(1 + 3 + 2 + 1);
  }

  @Test
  void derivedFuturesPassTheirCallersTimeoutToEachSourceGet() {
    ConcurrentLinkedQueue<Duration> seen = new ConcurrentLinkedQueue<>();
    Function<Duration, List<Integer>> recording =
        timeout -> {
          seen.add(timeout);
          return List.of(1, 2);
        };
    Duration timeout = Duration.ofSeconds(7);

    for (int i = 0; i < 4; i++) {
      ThreadingFuture<List<Integer>> source = new ThreadingFuture<>();
      source.setGetHook(recording);
      allFour(source, new AtomicInteger()).get(i).get(timeout);
    }
    ThreadingFuture<List<Integer>> a = new ThreadingFuture<>();
    a.setGetHook(recording);
    ThreadingFuture<List<Integer>> b = new ThreadingFuture<>();
    b.setGetHook(recording);
    ThreadingFuture<List<Integer>> c = new ThreadingFuture<>();
    c.setGetHook(recording);
    a.join(b, c).get(timeout);

    // map, filter, reduce, join-then-map, and then a join of three: each source saw 7 s.
    assertThat(seen).hasSize(4 + 3).containsOnly(timeout);
  }

  @Test
  void aJoinOfPendingFuturesTimesOutWithTheTimeoutOfItsGet() {
    ThreadingFuture<String> done = new ThreadingFuture<>();
    done.set("done");
    Future<List<Object>> joined = done.join(new ThreadingFuture<String>());

    assertThatThrownBy(() -> joined.get(Duration.ofMillis(50)))
        .isInstanceOf(TimeoutException.class)
        .hasMessage("0.05 seconds");
  }

  @Test
  void derivedFuturesLetTheSourcesUncheckedExceptionThroughUnchanged() {
    ThreadingFuture<List<Integer>> source = new ThreadingFuture<>();
    IllegalStateException boom = new IllegalStateException("boom");
    source.setException(boom);

    for (Future<?> derived : allFour(source, new AtomicInteger())) {
      assertThatThrownBy(derived::get).isSameAs(boom);
      assertThatThrownBy(derived::get).isSameAs(boom);
    }
  }

  @Test
  void derivedFuturesLetTheSourcesCheckedExceptionThroughWrappedOnlyOnce() {
    ThreadingFuture<List<Integer>> source = new ThreadingFuture<>();
    IOException checked = new IOException("checked");
    source.setException(checked);

    for (Future<?> derived : allFour(source, new AtomicInteger())) {
      assertThatThrownBy(derived::get)
          .isExactlyInstanceOf(CompletionException.class)
          .cause()
          .isSameAs(checked);
    }
  }

  @Test
  void mapGetsTheWholeValueEvenWhenItIsIterable() {
    ThreadingFuture<List<String>> source = new ThreadingFuture<>();
    source.set(List.of("a", "b"));

    assertThat(source.map(List::size).get()).isEqualTo(2);
  }

  @Test
  void filterAndReduceFailAtGetWithIllegalArgumentExceptionWhenTheValueIsNotIterable() {
    ThreadingFuture<Object> source = new ThreadingFuture<>();
    Future<List<Object>> filtered = source.filter(x -> true);
    Future<Object> reduced = source.reduce((x, y) -> x);
    Future<Object> reducedFrom = source.reduce((x, y) -> x, "initial");

    source.set(42);

    for (Future<?> derived : List.of(filtered, reduced, reducedFrom)) {
      assertThatThrownBy(derived::get)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("Iterable");
    }
  }

  @Test
  void reduceOfAnEmptyIterableWithoutAnInitialValueFailsWithNoSuchElementException() {
    ThreadingFuture<List<Integer>> source = new ThreadingFuture<>();
    Future<Integer> reduced = source.reduce((Integer x, Integer y) -> x + y);

    source.set(List.of());

    assertThatThrownBy(reduced::get).isInstanceOf(NoSuchElementException.class);
  }

  @Test
  void aFailingFunctionIsNotCachedAndRunsAgainOnTheNextGet() {
    ThreadingFuture<Integer> source = new ThreadingFuture<>();
    source.set(1);
    AtomicInteger calls = new AtomicInteger();
    Future<Integer> mapped =
        source.map(
            x -> {
              if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("first call fails");
              }
              return x + 1;
            });

    assertThatThrownBy(mapped::get).isInstanceOf(IllegalStateException.class);
    assertThat(mapped.get()).isEqualTo(2);
    assertThat(mapped.get()).isEqualTo(2);
    assertThat(calls).hasValue(2);
  }
}
