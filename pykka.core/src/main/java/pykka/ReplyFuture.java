package pykka;

import java.util.concurrent.CompletableFuture;
import pykka.internal.runtime.Cell;
import pykka.internal.runtime.WaitGraph;

/**
 * The future of an actor's reply (to an ask, a proxy call or a stop), or of a future derived from
 * one by {@link #map}, {@link #filter}, {@link #join} or {@link #reduce}: a {@link ThreadingFuture}
 * that knows which actor answers it. An actor's thread that blocks on it is recorded in the {@link
 * WaitGraph} and checked for a deadlock (see {@link DeadlockDetection}), and its {@link
 * #toCompletableFuture()} is a {@link ReplyStage} that does the same.
 *
 * <p>Thread safety as for {@link ThreadingFuture}; the fields are final.
 *
 * @param <T> the type of the value
 */
final class ReplyFuture<T> extends ThreadingFuture<T> {

  /** The actor whose reply is awaited. */
  private final Cell replier;

  /**
   * The actor's reply that this future stands for: itself, or the reply it was derived from (a
   * derived future cannot be done before that reply is).
   */
  private final ThreadingFuture<?> reply;

  /**
   * Creates the future of a reply of {@code replier}.
   *
   * @param replier the actor that answers
   */
  ReplyFuture(Cell replier) {
    this.replier = replier;
    this.reply = this;
  }

  private ReplyFuture(Cell replier, ThreadingFuture<?> reply) {
    this.replier = replier;
    this.reply = reply;
  }

  @Override
  boolean beforeBlocking() {
    return WaitGraph.beforeBlocking(reply, replier, null, DeadlockDetection.onCycle());
  }

  @Override
  void afterBlocking() {
    WaitGraph.afterBlocking();
  }

  @Override
  CompletableFuture<T> newCompletableFuture() {
    return new ReplyStage<>(reply, replier);
  }

  @Override
  protected <M> Future<M> newFuture() {
    return new ReplyFuture<>(replier, reply);
  }
}
