package pykka.internal.runtime;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * The queue of an actor's inbox: a lock-free multi-producer single-consumer queue of {@link
 * Envelope envelopes}. {@link Mailbox} adds the thread that drains it and the closing of the inbox
 * when the actor dies.
 *
 * <p><b>Thread safety.</b> {@link #add} may be called from any number of threads at once;
 * everything else that takes from the queue runs on the single consumer, the actor's thread. Per
 * producer, envelopes are taken in the order they were added, and all adds are taken in one total
 * order (the order in which they swapped the tail).
 *
 * <p><b>Memory consistency effects.</b> Actions in a thread before {@code add} happen-before the
 * consumer's {@link #poll} that takes that envelope returns.
 */
public abstract class Inbox {

  /*
   * Overview: Vyukov's intrusive MPSC queue. Producers swap `tail` to their envelope (one atomic
   * getAndSet, which fixes the total order) and then link the previous tail to it. The single
   * consumer follows `next` links from `head`, a stub envelope whose successor is the oldest
   * message. Between a producer's swap and its link the queue is non-empty but its last link is
   * missing; the consumer spins through that window (a few instructions long).
   *
   * The swap is the producer's one sequentially consistent step; the link is a release store, as
   * in Vyukov's queue (it publishes the envelope's fields to the consumer's acquiring read of
   * `next`), and needs no fence of its own. Every protocol that must not lose an envelope (the
   * mailboxes' wake-ups, the closing of the inbox) pairs the producer's swap with the consumer's
   * volatile read of `tail` in poll() and isEmpty(): a consumer whose read of `tail` sees the swap
   * counts the queue as non-empty and waits for the link, and one whose read misses it read `tail`
   * before the swap in the total order, so the producer's reads after its swap see the consumer's
   * writes made before that read (its `parked`, `status` or `closed`).
   */

  /*
   * Counting: `added` counts the envelopes whose add has begun (a producer increments it right
   * before its swap, on the cache line that the swap takes anyway), `taken` those the consumer has
   * taken (a release write of its own counter, a plain store on x86). A reader reads `taken` with
   * acquire and then `added`: every envelope it sees taken was added, and added before it was
   * taken, so `added - taken` is never negative, and counts, besides the envelopes waiting, those
   * whose add is under way. Both wrap around together; their difference is exact below 2^31.
   */

  private static final VarHandle HEAD;
  private static final VarHandle TAIL;
  private static final VarHandle NEXT;
  private static final VarHandle ADDED;
  private static final VarHandle TAKEN;

  static {
    try {
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      HEAD = lookup.findVarHandle(Inbox.class, "head", Envelope.class);
      TAIL = lookup.findVarHandle(Inbox.class, "tail", Envelope.class);
      NEXT = lookup.findVarHandle(Envelope.class, "next", Envelope.class);
      ADDED = lookup.findVarHandle(Inbox.class, "added", int.class);
      TAKEN = lookup.findVarHandle(Inbox.class, "taken", int.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /** The consumer's end; only the actor's thread reads and writes it. */
  private Envelope head;

  @SuppressWarnings("unused") // accessed through TAIL
  private volatile Envelope tail;

  /** How many adds have begun; incremented by producers. */
  private volatile int added;

  /** How many envelopes the consumer has taken; written by the consumer alone, with release. */
  private int taken;

  /** Creates an empty queue. */
  protected Inbox() {
    Envelope stub = new Envelope(null, null);
    this.head = stub;
    this.tail = stub;
  }

  /**
   * Adds an envelope at the end of the queue. Any thread.
   *
   * @param envelope the envelope to add
   */
  final void add(Envelope envelope) {
    ADDED.getAndAdd(this, 1);
    Envelope previous = (Envelope) TAIL.getAndSet(this, envelope);
    NEXT.setRelease(previous, envelope);
  }

  /**
   * Takes the oldest envelope, or returns {@code null} if the queue is empty. Consumer only.
   *
   * @return the oldest envelope, or {@code null}
   */
  protected final Envelope poll() {
    Envelope h = head;
    Envelope next = h.next;
    if (next == null) {
      if (h == tail) {
        return null;
      }
      // A producer has swapped the tail but not linked yet: its link is a few instructions away.
      while ((next = h.next) == null) {
        Thread.onSpinWait();
      }
    }
    head = next;
    TAKEN.setRelease(this, taken + 1);
    // `next` is now the stub; the caller clears it once handled.
    return next;
  }

  /**
   * How many envelopes wait in the queue, counting those whose add is under way. Any thread; a
   * snapshot, stale at once.
   *
   * @return the number of envelopes waiting
   */
  public final int size() {
    int t = (int) TAKEN.getAcquire(this);
    return added - t;
  }

  /**
   * The envelope taken last, which stays in the queue as its stub; a cleared envelope if it has
   * been handled. Consumer only.
   *
   * @return the stub
   */
  final Envelope lastTaken() {
    return head;
  }

  /**
   * The envelope taken last, read from any thread: what the consumer is handling, or a cleared or
   * stale envelope. A racy read, for tools; never throws.
   *
   * @return the stub, as last seen
   */
  final Envelope lastTakenRacy() {
    return (Envelope) HEAD.getOpaque(this);
  }

  /**
   * Whether the queue holds no envelope, counting one whose link is still being written. Consumer
   * only.
   *
   * @return whether the queue is empty
   */
  protected final boolean isEmpty() {
    Envelope h = head;
    return h.next == null && h == tail;
  }
}
