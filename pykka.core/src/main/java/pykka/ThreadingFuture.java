package pykka;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import pykka.FutureWaiters.Node;

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
   * Overview: `state` is null while pending, a Hook while a get hook waits for its first get, and
   * the outcome once done: the value itself, NIL for null, or a Failure. Transitions are CASes
   * (pending -> done, pending -> hook, hook -> done), so exactly one writer wins. `waiters` is a
   * Treiber stack of threads parked in get() and of completion callbacks (see FutureWaiters); each
   * change of `state` is followed by a release or an emptying of the stack that wakes all it held.
   * Volatile accesses give the happens-before edge from set to get.
   */

  private static final Object NIL = new Object();
  private static final VarHandle STATE;

  static {
    try {
      STATE = MethodHandles.lookup().findVarHandle(ThreadingFuture.class, "state", Object.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private volatile Object state;

  /** The waiters' stack, changed only through {@link FutureWaiters}. */
  volatile Node waiters;

  /** Creates a new, unset future. */
  public ThreadingFuture() {}

  private record Failure(Throwable exception) {}

  private record Hook(Function<Duration, ?> function, ReentrantLock lock) {}

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
    if (!complete(value == null ? NIL : value)) {
      throw alreadySet();
    }
  }

  @Override
  public void setException(Throwable exception) {
    Objects.requireNonNull(exception, "exception");
    if (!complete(new Failure(exception))) {
      throw alreadySet();
    }
  }

  @Override
  public void setGetHook(Function<Duration, T> hook) {
    Objects.requireNonNull(hook, "hook");
    if (!STATE.compareAndSet(this, null, new Hook(hook, new ReentrantLock()))) {
      throw alreadySet();
    }
    // Threads parked on the pending future wake up and run the hook; callbacks (completable
    // futures waiting for the outcome) start a thread that runs it.
    FutureWaiters.wakeForHook(this);
  }

  /**
   * Sets the value unless the future is already set.
   *
   * @param value the value
   * @return whether this call set it
   */
  boolean trySet(T value) {
    return complete(value == null ? NIL : value);
  }

  /**
   * Sets an exception unless the future is already set.
   *
   * @param exception the failure
   * @return whether this call set it
   */
  boolean trySetException(Throwable exception) {
    return complete(new Failure(exception));
  }

  /**
   * Whether the future holds its outcome (a value or an exception); {@code false} while pending or
   * while a get hook has not run.
   *
   * @return whether it is done
   */
  public boolean isDone() {
    Object s = state;
    return s != null && !(s instanceof Hook);
  }

  @Override
  public CompletableFuture<T> toCompletableFuture() {
    CompletableFuture<T> result = newCompletableFuture();
    AtomicBoolean hookStarted = new AtomicBoolean();
    onSettled(() -> transfer(result, hookStarted));
    return result;
  }

  /**
   * Completes {@code result} with the outcome or, while a get hook waits for its first get, runs
   * the hook once on a virtual thread to get one. Idempotent: a completable future keeps its first
   * outcome, and {@code hookStarted} lets one thread run the hook for it.
   */
  private void transfer(CompletableFuture<T> result, AtomicBoolean hookStarted) {
    switch (state) {
      case null -> {} // pending: the completion will call again
      case Hook hook -> {
        if (hookStarted.compareAndSet(false, true)) {
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
        }
      }
      case Failure f -> result.completeExceptionally(f.exception());
      case Object value -> result.complete(value(value));
    }
  }

  /**
   * Called when a thread is about to block waiting for this future (parked on it while pending, or
   * waiting for another thread that runs its get hook); {@link #afterBlocking} follows if this
   * returns {@code true}. Nothing here; a subclass may record the wait, or refuse it by throwing.
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
    // The value and the exception are user objects: their toString() may throw (rule 44).
    return switch (state) {
      case null -> "ThreadingFuture[pending]";
      case Hook hook -> "ThreadingFuture[get hook]";
      case Failure f -> "ThreadingFuture[failed: " + SafeText.message(f.exception()) + "]";
      case Object value -> "ThreadingFuture[" + SafeText.message(value(value)) + "]";
    };
  }

  /**
   * Runs {@code callback} once the future is done or has a get hook: now, on this thread, if it
   * already is, and otherwise on the thread that completes it or sets the hook. When that races
   * this registration, the callback may run twice (a hook setter empties the stack, so a push that
   * lands after it would otherwise wait for a completion that may never come): it must be
   * idempotent.
   *
   * @param callback what to run
   */
  private void onSettled(Runnable callback) {
    Node node = new Node(null, callback);
    while (true) {
      if (state != null) { // a released stack implies this
        callback.run();
        return;
      }
      if (FutureWaiters.push(this, node)) {
        if (state != null) {
          callback.run(); // settled meanwhile, perhaps before our push: do not rely on the setter
        }
        return;
      }
    }
  }

  private boolean complete(Object outcome) {
    if (!STATE.compareAndSet(this, null, outcome)) {
      return false;
    }
    FutureWaiters.release(this);
    return true;
  }

  private boolean completeHook(Hook hook, Object outcome) {
    if (!STATE.compareAndSet(this, hook, outcome)) {
      return false;
    }
    FutureWaiters.release(this);
    return true;
  }

  @SuppressWarnings("unchecked")
  private T await(long nanos, Duration timeout) {
    long deadline = nanos > 0 ? System.nanoTime() + nanos : 0L;
    Node node = null;
    Node pushed = null; // our node while it is on the stack and no state change has popped it
    boolean registeredWait = false;
    try {
      while (true) {
        Object s = state;
        if (s != null && !(s instanceof Hook)) {
          return report(s);
        }
        if (s instanceof Hook hook) {
          return (T) runHook(hook, nanos, deadline, timeout);
        }
        if (nanos == 0L) {
          throw Timeouts.timedOut(timeout);
        }
        if (node == null) {
          node = new Node(Thread.currentThread(), null);
        }
        if (!FutureWaiters.push(this, node)) {
          continue; // the stack changed: re-check the state
        }
        pushed = node;
        if (!registeredWait) {
          registeredWait = beforeBlocking();
          if (registeredWait && state != null) {
            pushed = null; // the state change pops the stack, our node with it
            continue;
          }
        }
        // Park until the state changes; the waker unparks every node it popped.
        while (state == null) {
          if (Thread.interrupted()) {
            Thread.currentThread().interrupt();
            throw new PykkaException(
                "Interrupted while waiting for a future", new InterruptedException());
          }
          if (nanos < 0) {
            LockSupport.park(this);
          } else {
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0L) {
              throw Timeouts.timedOut(timeout);
            }
            LockSupport.parkNanos(this, remaining);
          }
        }
        pushed = null;
        node = null;
      }
    } finally {
      if (pushed != null) {
        FutureWaiters.remove(
            this, pushed); // timed out, interrupted or deadlocked: stop waiting for good
      }
      if (registeredWait) {
        afterBlocking();
      }
    }
  }

  private Object runHook(Hook hook, long nanos, long deadline, Duration timeout) {
    ReentrantLock lock = hook.lock();
    if (Thread.interrupted()) {
      Thread.currentThread().interrupt();
      throw new PykkaException(
          "Interrupted while waiting for a future", new InterruptedException());
    }
    if (!lock.tryLock()) {
      // Another thread runs the hook: wait for it, as a blocking wait for this future.
      boolean registeredWait = nanos != 0 && beforeBlocking();
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
        if (registeredWait) {
          afterBlocking();
        }
      }
    }
    try {
      Object s = state;
      if (s != hook) {
        return report(s);
      }
      Object value = hook.function().apply(timeout);
      completeHook(hook, value == null ? NIL : value);
      return value;
    } finally {
      lock.unlock();
    }
  }

  @SuppressWarnings("unchecked")
  private T report(Object s) {
    if (s instanceof Failure f) {
      Throwable e = f.exception();
      if (e instanceof RuntimeException re) {
        throw re;
      }
      if (e instanceof Error err) {
        throw err;
      }
      // CompletionException(e) would call e.toString(), which may throw: render it safely.
      throw new CompletionException(SafeText.message(e), e);
    }
    return value(s);
  }

  @SuppressWarnings("unchecked")
  private T value(Object s) {
    return s == NIL ? null : (T) s;
  }

  private IllegalStateException alreadySet() {
    Object s = state;
    String what = s instanceof Hook ? "has a get hook" : "is already set";
    return new IllegalStateException("This future " + what + "; a future can be set only once");
  }
}
