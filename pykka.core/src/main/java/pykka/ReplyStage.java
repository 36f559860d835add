package pykka;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Function;
import pykka.internal.runtime.Cell;
import pykka.internal.runtime.WaitGraph;

/**
 * The {@link CompletableFuture} of an actor's reply ({@link ReplyFuture#toCompletableFuture()}),
 * and of the stages that depend on it alone: a blocking {@link #get()}, {@link #get(long,
 * TimeUnit)} or {@link #join()} from an actor's thread is recorded and checked for a deadlock
 * exactly as {@link Future#get()} of the reply is. Stages made from it ({@code thenApply}, {@code
 * thenCompose}, {@code handle}, {@code copy}, their async forms...) are of this class too, through
 * {@link #newIncompleteFuture()}: none of them can complete before the reply does, until someone
 * completes it by hand, which the wait graph checks. The {@code ...Either} stages, which another
 * source may complete first, wait as plain completable futures.
 *
 * <p>Thread safety as for {@link CompletableFuture}. {@code replier} is volatile so that a stage
 * handed to another thread without synchronisation is still seen detached.
 *
 * @param <T> the type of the value
 */
final class ReplyStage<T> extends CompletableFuture<T> {

  /** The actor's reply this stage depends on. */
  private final ThreadingFuture<?> reply;

  /** The actor that answers the reply, or {@code null} for a stage that waits as a plain one. */
  private volatile Cell replier;

  ReplyStage(ThreadingFuture<?> reply, Cell replier) {
    this.reply = reply;
    this.replier = replier;
  }

  @Override
  public T get() throws InterruptedException, ExecutionException {
    if (isDone()) {
      return super.get();
    }
    boolean recorded = WaitGraph.beforeBlocking(reply, replier, this, DeadlockDetection.onCycle());
    try {
      return super.get();
    } finally {
      if (recorded) {
        WaitGraph.afterBlocking();
      }
    }
  }

  @Override
  public T get(long timeout, TimeUnit unit)
      throws InterruptedException, ExecutionException, TimeoutException {
    if (isDone()) {
      return super.get(timeout, unit);
    }
    boolean recorded = WaitGraph.beforeBlocking(reply, replier, this, DeadlockDetection.onCycle());
    try {
      return super.get(timeout, unit);
    } finally {
      if (recorded) {
        WaitGraph.afterBlocking();
      }
    }
  }

  @Override
  public T join() {
    if (isDone()) {
      return super.join();
    }
    boolean recorded = WaitGraph.beforeBlocking(reply, replier, this, DeadlockDetection.onCycle());
    try {
      return super.join();
    } finally {
      if (recorded) {
        WaitGraph.afterBlocking();
      }
    }
  }

  @Override
  public <U> CompletableFuture<U> newIncompleteFuture() {
    return new ReplyStage<>(reply, replier);
  }

  /** Makes a stage that another source may complete wait as a plain completable future. */
  private static <U> CompletableFuture<U> detached(CompletableFuture<U> stage) {
    if (stage instanceof ReplyStage<U> s) {
      s.replier = null;
    }
    return stage;
  }

  @Override
  public <U> CompletableFuture<U> applyToEither(
      CompletionStage<? extends T> other, Function<? super T, U> fn) {
    return detached(super.applyToEither(other, fn));
  }

  @Override
  public <U> CompletableFuture<U> applyToEitherAsync(
      CompletionStage<? extends T> other, Function<? super T, U> fn) {
    return detached(super.applyToEitherAsync(other, fn));
  }

  @Override
  public <U> CompletableFuture<U> applyToEitherAsync(
      CompletionStage<? extends T> other, Function<? super T, U> fn, Executor executor) {
    return detached(super.applyToEitherAsync(other, fn, executor));
  }

  @Override
  public CompletableFuture<Void> acceptEither(
      CompletionStage<? extends T> other, Consumer<? super T> action) {
    return detached(super.acceptEither(other, action));
  }

  @Override
  public CompletableFuture<Void> acceptEitherAsync(
      CompletionStage<? extends T> other, Consumer<? super T> action) {
    return detached(super.acceptEitherAsync(other, action));
  }

  @Override
  public CompletableFuture<Void> acceptEitherAsync(
      CompletionStage<? extends T> other, Consumer<? super T> action, Executor executor) {
    return detached(super.acceptEitherAsync(other, action, executor));
  }

  @Override
  public CompletableFuture<Void> runAfterEither(CompletionStage<?> other, Runnable action) {
    return detached(super.runAfterEither(other, action));
  }

  @Override
  public CompletableFuture<Void> runAfterEitherAsync(CompletionStage<?> other, Runnable action) {
    return detached(super.runAfterEitherAsync(other, action));
  }

  @Override
  public CompletableFuture<Void> runAfterEitherAsync(
      CompletionStage<?> other, Runnable action, Executor executor) {
    return detached(super.runAfterEitherAsync(other, action, executor));
  }
}
