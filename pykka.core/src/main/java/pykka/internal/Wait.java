package pykka.internal;

import pykka.ThreadingFuture;

/**
 * One blocking wait of an actor's thread for another actor's reply: the edge of the {@link
 * WaitGraph}. A new object for every wait, so that an edge read twice is the same wait only if it
 * stayed in place in between.
 *
 * @param target the actor whose reply is awaited
 * @param future the reply being awaited
 */
record Wait(Cell target, ThreadingFuture<?> future) {}
