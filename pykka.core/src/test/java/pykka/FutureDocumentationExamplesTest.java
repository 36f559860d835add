package pykka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The examples of the documentation's API reference for {@code Future}: {@code filter}, {@code
 * join}, {@code map} and {@code reduce}, each written as the doctest reads, in Java.
 */
final class FutureDocumentationExamplesTest {

  // >>> f = pykka.ThreadingFuture()
  // >>> g = f.filter(lambda x: x > 10)
  // >>> f.set(range(5, 15))
  // >>> f.get()  ->  [5, 6, 7, 8, 9, 10, 11, 12, 13, 14]
  // >>> g.get()  ->  [11, 12, 13, 14]
  @Test
  void filterKeepsTheItemsThatPassThePredicate() {
    Future<List<Integer>> f = new ThreadingFuture<>();
    Future<List<Integer>> g = f.filter((Integer x) -> x > 10);
    assertThat(g).isInstanceOf(ThreadingFuture.class);

    f.set(IntStream.range(5, 15).boxed().toList());

    assertThat(f.get()).containsExactly(5, 6, 7, 8, 9, 10, 11, 12, 13, 14);
    assertThat(g.get()).containsExactly(11, 12, 13, 14);
  }

  // >>> a, b, c = pykka.ThreadingFuture(), pykka.ThreadingFuture(), pykka.ThreadingFuture()
  // >>> f = a.join(b, c)
  // >>> a.set('def'); b.set(123); c.set(False)
  // >>> f.get()  ->  ['def', 123, False]
  @Test
  void joinListsTheResultsOfSeveralFutures() {
    Future<String> a = new ThreadingFuture<>();
    Future<Integer> b = new ThreadingFuture<>();
    Future<Boolean> c = new ThreadingFuture<>();
    Future<List<Object>> f = a.join(b, c);

    a.set("def");
    b.set(123);
    c.set(false);

    assertThat(f.get()).containsExactly("def", 123, false);
  }

  // >>> f = pykka.ThreadingFuture()
  // >>> g = f.map(lambda x: x + 10)
  // >>> f.set(30)
  // >>> g.get()  ->  40
  @Test
  void mapPassesTheResultThroughAFunction() {
    Future<Integer> f = new ThreadingFuture<>();
    Future<Integer> g = f.map(x -> x + 10);

    f.set(30);

    assertThat(g.get()).isEqualTo(40);
  }

  // >>> f = pykka.ThreadingFuture()
  // >>> g = f.map(lambda x: x['foo'])
  // >>> f.set({'foo': 'bar'})
  // >>> g.get()  ->  'bar'
  @Test
  void mapGetsTheWholeValueSoItCanExtractOneField() {
    Future<Map<String, String>> f = new ThreadingFuture<>();
    Future<String> g = f.map(x -> x.get("foo"));

    f.set(Map.of("foo", "bar"));

    assertThat(g.get()).isEqualTo("bar");
  }

  // >>> f = pykka.ThreadingFuture()
  // >>> g = f.reduce(lambda x, y: x + y)
  // >>> f.set(['a', 'b', 'c'])
  // >>> g.get()  ->  'abc'
  @Test
  void reduceConcatenatesStrings() {
    Future<List<String>> f = new ThreadingFuture<>();
    Future<String> g = f.reduce((String x, String y) -> x + y);

    f.set(List.of("a", "b", "c"));

    assertThat(g.get()).isEqualTo("abc");
  }

  // >>> f = pykka.ThreadingFuture()
  // >>> g = f.reduce(lambda x, y: x + y)
  // >>> f.set([1, 2, 3])
  // >>> g.get()  ->  6
  @Test
  void reduceAppliesTheFunctionFromLeftToRight() {
    Future<List<Integer>> f = new ThreadingFuture<>();
    Future<Integer> g = f.reduce((Integer x, Integer y) -> x + y);

    f.set(List.of(1, 2, 3));

    assertThat(g.get()).isEqualTo((1 + 2) + 3).isEqualTo(6);
  }

  // >>> f = pykka.ThreadingFuture()
  // >>> g = f.reduce(lambda x, y: x + y, 5)
  // >>> f.set([1, 2, 3])
  // >>> g.get()  ->  11
  @Test
  void reduceStartsFromTheInitialValueWhenGivenOne() {
    Future<List<Integer>> f = new ThreadingFuture<>();
    Future<Integer> g = f.reduce((Integer x, Integer y) -> x + y, 5);

    f.set(List.of(1, 2, 3));

    assertThat(g.get()).isEqualTo(((5 + 1) + 2) + 3).isEqualTo(11);
  }

  // >>> f = pykka.ThreadingFuture()
  // >>> g = f.reduce(lambda x, y: x + y, 5)
  // >>> f.set([])
  // >>> g.get()  ->  5
  @Test
  void reduceOfAnEmptyIterableReturnsTheInitialValue() {
    Future<List<Integer>> f = new ThreadingFuture<>();
    Future<Integer> g = f.reduce((Integer x, Integer y) -> x + y, 5);

    f.set(List.of());

    assertThat(g.get()).isEqualTo(5);
  }
}
