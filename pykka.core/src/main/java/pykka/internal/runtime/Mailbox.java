package pykka.internal.runtime;

import pykka.internal.events.Events;

/**
 * An actor's {@link Inbox} and the loop that drains it on the actor's thread. Subclasses decide
 * which thread that is: {@link ThreadingMailbox} keeps one platform thread for the actor's life;
 * {@link VirtualThreadMailbox} keeps a virtual thread while the actor is busy (parked between
 * messages) and holds no thread once it has been idle for a while.
 *
 * <p><b>Thread safety.</b> {@link #enqueue} may be called from any number of threads at once (the
 * queue is a lock-free multi-producer single-consumer queue); everything else runs on the actor's
 * thread. Per producer, messages are handled in the order they were enqueued, and all enqueues are
 * handled in one total order (the order in which they swapped the tail).
 *
 * <p><b>Memory consistency effects.</b> Actions in a thread before {@code enqueue} happen-before
 * the handling of that envelope on the actor's thread.
 */
public abstract class Mailbox extends Inbox {

  /*
   * Closing (rules 11 and 15): when the actor dies, the consumer sets `closed` and then answers
   * everything left in the queue. A producer that enqueued an ask or a stop re-reads `closed` after
   * enqueueing: if set, the consumer's drain may have missed its envelope, so the producer
   * completes the reply itself (trySet, so a reply already given is kept). The producer's swap of
   * the tail and the consumer's write of `closed` and read of the tail are sequentially consistent
   * (see Inbox), so one of them always sees the other: nothing is left pending.
   */

  /** How a runtime makes an actor's mailbox; each actor class of {@code pykka} passes one. */
  @FunctionalInterface
  public interface Factory {
    /**
     * Makes the mailbox of an actor.
     *
     * @param cell the actor's cell
     * @param handler what to call on the actor's thread
     * @return a new, unstarted mailbox
     */
    Mailbox create(Cell cell, Handler handler);
  }

  /** What the mailbox calls on the actor's thread. */
  public interface Handler {
    /**
     * Runs first on the actor's thread, once (the actor's {@code onStart}).
     *
     * @return {@code false} if the actor died in it
     */
    boolean begin();

    /**
     * Handles one message. Never throws.
     *
     * @param envelope the message and its reply future
     * @return {@code false} once the actor is dead and must handle nothing more
     */
    boolean handle(Envelope envelope);

    /**
     * Answers a message that was still queued when the actor died.
     *
     * @param envelope the message left behind
     */
    void reject(Envelope envelope);

    /**
     * Ends the actor for good, however its loop ended: marks it dead and unregisters it if that has
     * not happened yet, and answers the envelope it was handling if the loop ended in the middle of
     * one. Called once, last, on the actor's thread, before the rest of the inbox is answered.
     * Never throws.
     *
     * @param inFlight the envelope whose handling did not finish, or {@code null}
     * @param escaped what escaped the loop (never user code's throwables, which the handler
     *     catches), or {@code null} if it ended normally
     */
    void end(Envelope inFlight, Throwable escaped);

    /**
     * Called once the actor has ended for good: after {@link #end}, after its inbox was closed and
     * answered, and after it left the live actors. Called last, on the actor's thread, or on the
     * thread whose {@code start()} failed. Never throws. Does nothing by default.
     */
    default void terminated() {}
  }

  /** The actor this inbox belongs to. */
  protected final Cell cell;

  /** What to call on the actor's thread. */
  protected final Handler handler;

  private volatile boolean closed;
  private boolean begun;

  /**
   * Creates an empty, unstarted inbox.
   *
   * @param cell the actor it belongs to
   * @param handler what to call on the actor's thread
   */
  protected Mailbox(Cell cell, Handler handler) {
    this.cell = cell;
    this.handler = handler;
    cell.attach(this);
  }

  /**
   * Starts the actor's thread, which runs {@link Handler#begin} and then drains the inbox. The
   * thread is named {@code <threadBase>-<threadNumber>}.
   *
   * @param threadBase the start of the thread's name: the actor's class name, one string shared by
   *     the actors of the class
   * @param threadNumber the number that ends the thread's name
   * @param daemon whether a platform thread is a daemon (virtual threads always are)
   */
  public abstract void start(String threadBase, long threadNumber, boolean daemon);

  /** Makes sure the consumer will see a newly linked envelope. Called after every enqueue. */
  protected abstract void signal();

  /**
   * Adds an envelope at the end of the queue and wakes or schedules the actor's thread.
   *
   * @param envelope the envelope to add
   */
  public final void enqueue(Envelope envelope) {
    if (Events.messageHandled()) {
      envelope.enqueuedAt = System.nanoTime();
    }
    add(envelope);
    signal();
  }

  /**
   * Whether the actor has died and answered what was left in its inbox. A producer that sees this
   * after enqueueing must complete its own reply future.
   *
   * @return whether the inbox is closed
   */
  public final boolean isClosed() {
    return closed;
  }

  /**
   * Handles one envelope taken by {@link #poll} (the actor's state is HANDLING meanwhile) and
   * clears it, since it stays in the queue as the stub and must not keep its message alive. An
   * envelope left uncleared at the head is one whose handling did not finish: {@link #finish}
   * answers it. Actor thread only.
   *
   * @param envelope the envelope
   * @return {@code false} once the actor is dead
   */
  protected final boolean handle(Envelope envelope) {
    cell.handling();
    boolean alive = handler.handle(envelope);
    envelope.clear();
    return alive;
  }

  /**
   * Runs {@link Handler#begin} the first time it is called. Actor thread only.
   *
   * @return {@code false} if the actor died in {@code begin}
   */
  protected final boolean beginOnce() {
    if (begun) {
      return true;
    }
    begun = true;
    return handler.begin();
  }

  /**
   * Closes the inbox of an actor whose thread could not be started, answers everything already in
   * it (messages sent before {@code start()}), and removes the actor from the live actors. Called
   * by the thread whose {@code start()} failed, once the actor is marked dead: no consumer thread
   * exists, so that thread is the only consumer.
   */
  public final void abandon() {
    try {
      closeAndDrain();
    } finally {
      LiveActors.remove(cell);
      cell.ended();
      handler.terminated();
    }
  }

  /**
   * The loop's last step, whatever happened before (a normal end, or a throwable that escaped):
   * lets the handler end the actor and answer the envelope whose handling did not finish, then
   * closes the inbox, answers everything left in it, and removes the actor from the {@link
   * LiveActors live actors}. Actor thread only. Never throws.
   *
   * @param escaped what escaped the loop, or {@code null}
   */
  protected final void finish(Throwable escaped) {
    Envelope current = lastTaken();
    try {
      handler.end(current.replyTo != null ? current : null, escaped);
    } catch (Throwable t) {
      // end() does not throw; the inbox must be closed regardless.
    } finally {
      try {
        current.clear();
        closeAndDrain();
      } finally {
        LiveActors.remove(cell); // until now, the actor is live
        cell.ended();
        handler.terminated(); // the very last step
      }
    }
  }

  /**
   * Closes the inbox and answers everything left in it. Actor thread only, once the actor is dead.
   */
  protected final void closeAndDrain() {
    closed = true;
    Envelope e;
    while ((e = poll()) != null) {
      handler.reject(e);
      e.clear();
    }
  }
}
