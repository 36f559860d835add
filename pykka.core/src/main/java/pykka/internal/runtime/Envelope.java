package pykka.internal.runtime;

import pykka.ThreadingFuture;

/**
 * A message on its way to an actor, with the future its reply goes to ({@code null} for a tell). It
 * is also the node of the {@link Inbox}'s queue, so a tell allocates this one object.
 */
public final class Envelope {
  /*
   * The fields are plain: they are written before the enqueue's swap and its release store of the
   * link to this envelope, and read after the consumer's volatile read of that link, which orders
   * them. The consumer clears them once
   * handled, because a handled envelope stays in the queue as its stub.
   */

  /** The message, possibly {@code null}. */
  public Object message;

  /** Where the reply goes, or {@code null} for a tell. */
  public ThreadingFuture<Object> replyTo;

  /**
   * When the envelope was enqueued, by {@link System#nanoTime()}, or {@code 0} if not known: a send
   * reads the clock only while the {@code pykka.MessageHandled} event is recorded.
   */
  public long enqueuedAt;

  /** The next envelope in the queue; written once by the producer that enqueues after this one. */
  volatile Envelope next;

  /**
   * Creates an envelope.
   *
   * @param message the message
   * @param replyTo the reply future, or {@code null}
   */
  public Envelope(Object message, ThreadingFuture<Object> replyTo) {
    this.message = message;
    this.replyTo = replyTo;
  }

  void clear() {
    message = null;
    replyTo = null;
  }
}
