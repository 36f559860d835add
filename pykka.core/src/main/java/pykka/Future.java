package pykka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The result of an asynchronous operation: the reply of an {@link ActorRef#askAsync ask}, a proxy
 * call, a {@link ActorRef#stopAsync stop}, or a value computed from other futures.
 *
 * <p>A future is set once, with a value ({@link #set}), an exception ({@link #setException}) or a
 * hook that computes the value on the first {@link #get} ({@link #setGetHook}); any second attempt
 * throws {@link IllegalStateException}. Its value can then be read any number of times, from any
 * thread. {@link #map}, {@link #filter}, {@link #join} and {@link #reduce} return new futures that
 * compute lazily, at their first {@code get}, and at most once on success.
 *
 * <p><b>Thread safety.</b> Every method may be called from any thread. When two threads race to set
 * a future, exactly one succeeds; the other gets {@link IllegalStateException}.
 *
 * <p><b>Memory consistency effects.</b> Actions in a thread before setting a future (including an
 * actor's handling of the message whose reply it is) happen-before actions in any thread after a
 * {@code get} of that future returns or throws the future's exception.
 *
 * @param <T> the type of the value
 * @see ThreadingFuture
 */
public abstract class Future<T> {

  /** For subclasses. {@link ThreadingFuture} is the implementation pykka uses. */
  protected Future() {}

  /**
   * Waits as long as it takes for the value and returns it.
   *
   * @return the value, possibly {@code null}
   * @throws RuntimeException the exception the future was set with, itself, when it is unchecked
   *     (an {@link Error} likewise)
   * @throws java.util.concurrent.CompletionException wrapping a checked exception it was set with
   * @throws PykkaException if the waiting thread is interrupted (the interrupt flag stays set)
   * @throws DeadlockException if waiting would close a cycle of actors waiting for each other
   */
  public abstract T get();

  /**
   * Waits at most {@code timeout} for the value and returns it. {@link Duration#ZERO} asks whether
   * the value is there now.
   *
   * @param timeout how long to wait, not negative
   * @return the value, possibly {@code null}
   * @throws TimeoutException if the value is not there in time; its message gives the timeout
   * @throws NullPointerException if {@code timeout} is {@code null}
   * @throws IllegalArgumentException if {@code timeout} is negative
   * @throws RuntimeException the future's exception, as for {@link #get()}
   */
  public abstract T get(Duration timeout);

  /**
   * Sets the value, and wakes every thread waiting for it.
   *
   * @param value the value, possibly {@code null}
   * @throws IllegalStateException if the future is already set or has a get hook
   */
  public abstract void set(T value);

  /**
   * Sets an exception: every {@link #get} then throws it (see {@link #get()} for how).
   *
   * @param exception the failure, not {@code null}
   * @throws IllegalStateException if the future is already set or has a get hook
   */
  public abstract void setException(Throwable exception);

  /**
   * Sets a function that computes the value on the first {@link #get}, with that caller's timeout
   * ({@code null} for none). The result is cached, {@code null} included; if the hook throws,
   * nothing is cached and the next {@code get} runs it again. Concurrent first calls run the hook
   * once.
   *
   * @param hook computes the value from the caller's timeout
   * @throws IllegalStateException if the future is already set or has a hook
   */
  public abstract void setGetHook(Function<Duration, T> hook);

  /**
   * Returns a {@link CompletableFuture} that completes when this future does, for interop with
   * {@link java.util.concurrent.CompletionStage} code. Never blocks. If this future has a get hook
   * that has not run, or is given one later, the hook is run once on a virtual thread.
   *
   * <p>For the future of an actor's reply, and the futures derived from it, a blocking {@code get}
   * or {@code join} of the completable future (or of a stage made from it) in an actor's thread is
   * checked for a deadlock as {@link #get()} is; see {@link DeadlockDetection}.
   *
   * @return a completable future with the same outcome
   */
  public abstract CompletableFuture<T> toCompletableFuture();

  /**
   * Creates a new, unset future of the same kind, for the futures derived by {@link #map} and
   * friends.
   *
   * @param <M> the value type of the new future
   * @return a new unset future
   */
  protected abstract <M> Future<M> newFuture();

  /**
   * Returns a future whose value is the elements of this future's value that match {@code
   * predicate}. This future's value must be an {@link Iterable}; otherwise the returned future's
   * {@code get} throws {@link IllegalArgumentException}.
   *
   * @param <J> the element type
   * @param predicate which elements to keep
   * @return a future of the kept elements, in order
   */
  public <J> Future<List<J>> filter(Predicate<? super J> predicate) {
    Objects.requireNonNull(predicate, "predicate");
    Future<List<J>> derived = newFuture();
    derived.setGetHook(
        timeout -> {
          List<J> kept = new ArrayList<>();
          for (J element : this.<J>iterate(timeout, "filter")) {
            if (predicate.test(element)) {
              kept.add(element);
            }
          }
          return kept;
        });
    return derived;
  }

  /**
   * Returns a future whose value is the list of this future's value followed by the values of
   * {@code futures}, in order. The timeout of the returned future's {@code get} applies to each
   * source in turn.
   *
   * @param futures the other futures
   * @return a future of all the values
   */
  public Future<List<Object>> join(Future<?>... futures) {
    Objects.requireNonNull(futures, "futures");
    List<Future<?>> all = new ArrayList<>(futures.length + 1);
    all.add(this);
    for (Future<?> f : futures) {
      all.add(Objects.requireNonNull(f, "futures holds a null future"));
    }
    Future<List<Object>> derived = newFuture();
    derived.setGetHook(
        timeout -> {
          List<Object> values = new ArrayList<>(all.size());
          for (Future<?> f : all) {
            values.add(Timeouts.get(f, timeout));
          }
          return values;
        });
    return derived;
  }

  /**
   * Returns a future whose value is {@code function} applied to this future's value.
   *
   * @param <M> the type of the mapped value
   * @param function computes the new value
   * @return a future of the mapped value
   */
  public <M> Future<M> map(Function<? super T, ? extends M> function) {
    Objects.requireNonNull(function, "function");
    Future<M> derived = newFuture();
    derived.setGetHook(timeout -> function.apply(Timeouts.get(this, timeout)));
    return derived;
  }

  /**
   * Returns a future whose value is this future's {@link Iterable} value reduced with {@code
   * function}, from the first element. An empty iterable fails the returned future's {@code get}
   * with {@link NoSuchElementException}; a value that is not iterable with {@link
   * IllegalArgumentException}.
   *
   * @param <R> the element and result type
   * @param function combines the running result with the next element
   * @return a future of the reduced value
   */
  public <R> Future<R> reduce(BinaryOperator<R> function) {
    Objects.requireNonNull(function, "function");
    Future<R> derived = newFuture();
    derived.setGetHook(
        timeout -> {
          Iterator<R> it = this.<R>iterate(timeout, "reduce").iterator();
          if (!it.hasNext()) {
            throw new NoSuchElementException("reduce() of an empty iterable with no initial value");
          }
          R result = it.next();
          while (it.hasNext()) {
            result = function.apply(result, it.next());
          }
          return result;
        });
    return derived;
  }

  /**
   * Returns a future whose value is this future's {@link Iterable} value reduced with {@code
   * function}, starting from {@code initial}.
   *
   * @param <R> the result type
   * @param <J> the element type
   * @param function combines the running result with the next element
   * @param initial the starting value
   * @return a future of the reduced value
   */
  public <R, J> Future<R> reduce(BiFunction<R, ? super J, R> function, R initial) {
    Objects.requireNonNull(function, "function");
    Future<R> derived = newFuture();
    derived.setGetHook(
        timeout -> {
          R result = initial;
          for (J element : this.<J>iterate(timeout, "reduce")) {
            result = function.apply(result, element);
          }
          return result;
        });
    return derived;
  }

  /**
   * Waits for every future and returns their values in input order. The timeout of {@link
   * #getAll(Iterable, Duration)} applies to each future in turn.
   *
   * @param <T> the value type
   * @param futures the futures to wait for
   * @return their values, in order
   */
  public static <T> List<T> getAll(Iterable<? extends Future<? extends T>> futures) {
    Objects.requireNonNull(futures, "futures");
    List<T> values = new ArrayList<>();
    for (Future<? extends T> f : futures) {
      values.add(f.get());
    }
    return values;
  }

  /**
   * Waits for every future, at most {@code timeout} for each, and returns their values in order.
   *
   * @param <T> the value type
   * @param futures the futures to wait for
   * @param timeout how long to wait for each future
   * @return their values, in order
   * @throws TimeoutException if a future is not set in time
   */
  public static <T> List<T> getAll(
      Iterable<? extends Future<? extends T>> futures, Duration timeout) {
    Objects.requireNonNull(futures, "futures");
    Timeouts.check(timeout);
    List<T> values = new ArrayList<>();
    for (Future<? extends T> f : futures) {
      values.add(f.get(timeout));
    }
    return values;
  }

  @SuppressWarnings("unchecked")
  private <J> Iterable<J> iterate(Duration timeout, String operation) {
    Object value = Timeouts.get(this, timeout);
    if (value instanceof Iterable<?> iterable) {
      return (Iterable<J>) iterable;
    }
    throw new IllegalArgumentException(
        operation
            + "() needs a future whose value is an Iterable, but the value is "
            + (value == null ? "null" : "a " + value.getClass().getName()));
  }
}
