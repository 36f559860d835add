package pykka.internal.runtime;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.locks.LockSupport;

/**
 * A {@link Mailbox} drained by one dedicated platform thread for the actor's whole life: Pykka's
 * {@code ThreadingActor} model. When the inbox runs dry the thread spins briefly, as long as
 * spinning has been paying off, then parks; a producer unparks it only if it parked, so a busy
 * actor costs its senders no system call.
 */
public final class ThreadingMailbox extends Mailbox {

  /*
   * Lost wake-ups: the consumer sets `parked` and then re-polls before parking; a producer swaps
   * the tail, links its envelope and then reads `parked`. The write of `parked`, the re-poll's read
   * of the tail and the swap are sequentially consistent (see Inbox), so either the consumer sees
   * the envelope or the producer sees `parked` and unparks (getAndSet makes one producer do it).
   * LockSupport.unpark before park makes the park return at once, so the order of unpark and park
   * does not matter.
   */

  /** The most polls the thread spins for before parking, while spinning pays off. */
  private static final int MAX_SPINS = 64;

  /** Polls the thread spins for when it probes again whether spinning pays off. */
  private static final int PROBE_SPINS = 16;

  /** After this many parks without spinning, the thread probes with a spin again. */
  private static final int PROBE_EVERY = 8;

  private static final VarHandle PARKED;

  static {
    try {
      PARKED =
          MethodHandles.lookup().findVarHandle(ThreadingMailbox.class, "parked", boolean.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  @SuppressWarnings("unused") // accessed through PARKED
  private volatile boolean parked;

  private volatile Thread thread;

  /** How many polls to spin for before parking; the actor's thread only. */
  private int spinLimit = MAX_SPINS;

  /** Parks since spinning stopped paying off; the actor's thread only. */
  private int parksSinceProbe;

  /**
   * Creates the inbox of a platform-thread actor.
   *
   * @param cell the actor
   * @param handler what to call on its thread
   */
  public ThreadingMailbox(Cell cell, Handler handler) {
    super(cell, handler);
  }

  @Override
  public void start(String threadBase, long threadNumber, boolean daemon) {
    Thread t = new ActorThread(this, threadBase + "-" + threadNumber);
    t.setDaemon(daemon);
    thread = t;
    t.start();
  }

  @Override
  protected void signal() {
    if ((boolean) PARKED.getAndSet(this, false)) {
      LockSupport.unpark(thread);
    }
  }

  /** The actor's loop, for its whole life; called by its {@link ActorThread} alone. */
  void run() {
    Thread self = Thread.currentThread();
    cell.enter(self);
    Throwable escaped = null;
    try {
      if (!beginOnce()) {
        return;
      }
      while (true) {
        Envelope e = poll();
        if (e == null) {
          e = await();
        }
        if (!handle(e)) {
          return;
        }
      }
    } catch (Throwable t) {
      escaped = t; // the handler catches user code's throwables: this is pykka's own failure
    } finally {
      try {
        finish(escaped);
      } finally {
        cell.exit(self);
      }
    }
  }

  private Envelope await() {
    cell.idle();
    Envelope spun = spin();
    if (spun != null) {
      return spun;
    }
    while (true) {
      parked = true;
      Envelope e = poll();
      if (e != null) {
        parked = false;
        return e;
      }
      LockSupport.park(this);
      // Interrupts do not stop an actor (stop is a message); clear the flag and keep waiting.
      Thread.interrupted();
      e = poll();
      if (e != null) {
        parked = false;
        return e;
      }
    }
  }

  /**
   * Spins for a message before parking, as long as that has been paying off: a success doubles the
   * next spin, a failure quarters it, and at zero the thread parks at once, probing again every
   * {@link #PROBE_EVERY} parks. On two cores, a spin that fails (an ask, ping-pong: the next
   * message is a whole round trip away) only delays the threads that would answer; a consumer fed
   * by a busy producer (counting) keeps finding messages and never parks.
   *
   * @return a message, or {@code null} if none came
   */
  private Envelope spin() {
    int limit = spinLimit;
    if (limit == 0) {
      if (++parksSinceProbe < PROBE_EVERY) {
        return null;
      }
      parksSinceProbe = 0;
      limit = PROBE_SPINS;
    }
    for (int i = 0; i < limit; i++) {
      Thread.onSpinWait();
      Envelope e = poll();
      if (e != null) {
        spinLimit = Math.min(MAX_SPINS, limit * 2);
        return e;
      }
    }
    spinLimit = limit >> 2;
    return null;
  }
}
