package pykka;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException; // CompletableFuture's; pykka's comes from Timeouts
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import pykka.internal.Timeouts;

/**
 * The {@link Future} pykka's actors reply with; usable on its own as a one-shot, thread-safe result
 * holder: {@code new ThreadingFuture<T>()}.
 *
 * <p>Waiting threads park (virtual threads unmount); {@code set} wakes them all. See {@link Future}
 * for the contract, the thread-safety policy and the memory consistency effects.
 *
 * @param <T> the type of the value
 */
public class ThreadingFuture<T> extends Future<T> {

  /*
   * Overview: `settled` is a private CompletableFuture used as a one-shot latch that carries what
   * the future was set with: the value itself (NIL for null), a Failure, or a Hook. The first of
   * set, setException and setGetHook to complete it wins (CompletableFuture.complete is a CAS),
   * so exactly one setter wins; `settled` never completes exceptionally and is never handed out.
   * Waiting, waking, the cleaning of waiters that gave up and the happens-before edge from
   * complete to get are CompletableFuture's.
   *
   * A Hook keeps the outcome of its first successful run in a volatile field, so the future goes
   * pending -> hook -> done without touching `settled` again. Threads woken by the hook (or
   * finding it) run it under the hook's lock, one at a time; the first to get the lock runs the
   * function, the others find the outcome cached.
   */

  private static final Object NIL = new Object();

  private final CompletableFuture<Object> settled = new CompletableFuture<>();

  /** Creates a new, unset future. */
  public ThreadingFuture() {}

  private record Failure(Throwable exception) {}

  /** A get hook, and its cached result once it has run without throwing. */
  private static final class Hook {
    final Function<Duration, ?> function;
    final ReentrantLock lock = new ReentrantLock();

    /** The value the function returned (NIL for null), or {@code null} until then. */
    volatile Object outcome;

    Hook(Function<Duration, ?> function) {
      this.function = function;
    }
  }

  @Override
  public T get() {
    return await(-1L, null);
  }

  @Override
  public T get(Duration timeout) {
    Timeouts.check(timeout);
    long nanos;
    try {
      nanos = timeout.toNanos();
    } catch (ArithmeticException tooLong) {
      nanos = Long.MAX_VALUE;
    }
    return await(nanos, timeout);
  }

  @Override
  public void set(T value) {
    if (!settled.complete(value == null ? NIL : value)) {
      throw alreadySet();
    }
  }

  @Override
  public void setException(Throwable exception) {
    Objects.requireNonNull(exception, "exception");
    if (!settled.complete(new Failure(exception))) {
      throw alreadySet();
    }
  }

  @Override
  public void setGetHook(Function<Duration, T> hook) {
    Objects.requireNonNull(hook, "hook");
    // Threads waiting for the pending future wake up and run the hook; completable futures
    // waiting for the outcome start a thread that runs it.
    if (!settled.complete(new Hook(hook))) {
      throw alreadySet();
    }
  }

  /**
   * Sets the value unless the future is already set.
   *
   * @param value the value
   * @return whether this call set it
   */
  boolean trySet(T value) {
    return settled.complete(value == null ? NIL : value);
  }

  /**
   * Sets an exception unless the future is already set.
   *
   * @param exception the failure
   * @return whether this call set it
   */
  boolean trySetException(Throwable exception) {
    return settled.complete(new Failure(exception));
  }

  /**
   * Whether the future holds its outcome (a value or an exception); {@code false} while pending or
   * while a get hook has not run.
   *
   * @return whether it is done
   */
  public boolean isDone() {
    Object s = settled.getNow(null);
    return s != null && (!(s instanceof Hook hook) || hook.outcome != null);
  }

  @Override
  public CompletableFuture<T> toCompletableFuture() {
    CompletableFuture<T> result = newCompletableFuture();
    Object s = settled.getNow(null);
    if (s != null) {
      transfer(result, s);
    } else {
      settled.thenAccept(settledWith -> transfer(result, settledWith));
    }
    return result;
  }

  /**
   * Completes {@code result} with the outcome {@code s} or, for a get hook that has not run, runs
   * the hook once on a virtual thread to get one.
   */
  private void transfer(CompletableFuture<T> result, Object s) {
    if (s instanceof Hook hook) {
      Object outcome = hook.outcome;
      if (outcome != null) {
        result.complete(value(outcome));
        return;
      }
      Thread.ofVirtual()
          .name("pykka-future-hook")
          .start(
              () -> {
                try {
                  result.complete(get());
                } catch (Throwable t) {
                  result.completeExceptionally(t);
                }
              });
    } else if (s instanceof Failure f) {
      result.completeExceptionally(f.exception());
    } else {
      result.complete(value(s));
    }
  }

  /**
   * Called when a thread is about to block waiting for this future (for it to be set, or for
   * another thread that runs its get hook); {@link #afterBlocking} follows if this returns {@code
   * true}. Nothing here; a subclass may record the wait, or refuse it by throwing.
   *
   * @return whether {@link #afterBlocking} must be called when the thread stops waiting
   */
  boolean beforeBlocking() {
    return false;
  }

  /** Called when a thread for which {@link #beforeBlocking} returned {@code true} stops waiting. */
  void afterBlocking() {}

  /**
   * A new, incomplete completable future for {@link #toCompletableFuture}: a plain one here.
   *
   * @return the completable future to complete with this future's outcome
   */
  CompletableFuture<T> newCompletableFuture() {
    return new CompletableFuture<>();
  }

  @Override
  protected <M> Future<M> newFuture() {
    return new ThreadingFuture<>();
  }

  @Override
  public String toString() {
    Object s = settled.getNow(null);
    if (s == null) {
      return "ThreadingFuture[pending]";
    } else if (s instanceof Hook hook) {
      Object outcome = hook.outcome;
      return outcome == null
          ? "ThreadingFuture[get hook]"
          : "ThreadingFuture[" + value(outcome) + "]";
    } else if (s instanceof Failure f) {
      return "ThreadingFuture[failed: " + f.exception() + "]";
    }
    return "ThreadingFuture[" + value(s) + "]";
  }

  private T await(long nanos, Duration timeout) {
    long deadline = nanos > 0 ? System.nanoTime() + nanos : 0L;
    Object s = settled.getNow(null);
    if (s == null) {
      s = block(nanos, timeout);
    }
    if (s instanceof Hook hook) {
      return runHook(hook, nanos, deadline, timeout);
    }
    return report(s);
  }

  /** Waits for {@code settled}, at most {@code nanos} unless negative, and returns its content. */
  private Object block(long nanos, Duration timeout) {
    if (nanos == 0L) {
      throw Timeouts.timedOut(timeout);
    }
    boolean recorded = beforeBlocking();
    try {
      return nanos < 0 ? settled.get() : settled.get(nanos, TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PykkaException("Interrupted while waiting for a future", e);
    } catch (TimeoutException e) {
      throw Timeouts.timedOut(timeout);
    } catch (ExecutionException e) {
      throw new AssertionError("settled never completes exceptionally", e);
    } finally {
      if (recorded) {
        afterBlocking();
      }
    }
  }

  private T runHook(Hook hook, long nanos, long deadline, Duration timeout) {
    Object outcome = hook.outcome;
    if (outcome != null) {
      return value(outcome);
    }
    if (Thread.interrupted()) {
      Thread.currentThread().interrupt();
      throw new PykkaException(
          "Interrupted while waiting for a future", new InterruptedException());
    }
    ReentrantLock lock = hook.lock;
    if (!lock.tryLock()) {
      // Another thread runs the hook: wait for it, as a blocking wait for this future.
      boolean recorded = nanos != 0 && beforeBlocking();
      try {
        if (nanos < 0) {
          lock.lockInterruptibly();
        } else {
          long remaining = nanos == 0 ? 0 : deadline - System.nanoTime();
          if (!lock.tryLock(Math.max(0L, remaining), TimeUnit.NANOSECONDS)) {
            throw Timeouts.timedOut(timeout);
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new PykkaException("Interrupted while waiting for a future", e);
      } finally {
        if (recorded) {
          afterBlocking();
        }
      }
    }
    try {
      outcome = hook.outcome;
      if (outcome != null) {
        return value(outcome);
      }
      @SuppressWarnings("unchecked")
      T value = (T) hook.function.apply(timeout);
      hook.outcome = value == null ? NIL : value;
      return value;
    } finally {
      lock.unlock();
    }
  }

  private T report(Object s) {
    if (s instanceof Failure f) {
      Throwable e = f.exception();
      if (e instanceof RuntimeException re) {
        throw re;
      }
      if (e instanceof Error err) {
        throw err;
      }
      throw new CompletionException(e);
    }
    return value(s);
  }

  @SuppressWarnings("unchecked")
  private T value(Object s) {
    return s == NIL ? null : (T) s;
  }

  private IllegalStateException alreadySet() {
    String what = settled.getNow(null) instanceof Hook ? "has a get hook" : "is already set";
    return new IllegalStateException("This future " + what + "; a future can be set only once");
  }
}
