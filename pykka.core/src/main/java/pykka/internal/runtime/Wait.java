package pykka.internal.runtime;

import java.util.concurrent.Future;
import pykka.ThreadingFuture;

/**
 * One blocking wait of an actor's thread for another actor's reply: the edge of the {@link
 * WaitGraph}. A new object for every wait, so that an edge read twice is the same wait only if it
 * stayed in place in between.
 *
 * @param target the actor whose reply is awaited
 * @param reply the reply being awaited, or that the awaited future depends on
 * @param stage the completable future actually awaited when it is not {@code reply} itself (a
 *     {@code toCompletableFuture()} of the reply, or a stage made from it), or {@code null}
 */
record Wait(Cell target, ThreadingFuture<?> reply, Future<?> stage) {

  /**
   * Whether the wait can still only end with the target's reply: the reply is pending, and so is
   * the stage (which someone may have completed by hand).
   *
   * @return whether the wait is still for the target
   */
  boolean pending() {
    return !reply.isDone() && (stage == null || !stage.isDone());
  }
}
