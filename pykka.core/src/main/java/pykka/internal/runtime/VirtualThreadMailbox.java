package pykka.internal.runtime;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/**
 * A {@link Mailbox} drained by a virtual thread that lives as long as the actor is busy: when the
 * inbox runs dry the thread parks, a new message unparks it, and after a while without messages
 * (between {@link #RETIRE_AFTER_MILLIS} and twice that) it ends; a thread that finds nothing to do
 * right after the actor's start ends at once. So an actor that exchanges messages often costs one
 * unpark per activation, not a new thread, and an idle actor holds no thread at all. Every thread
 * of the actor gets the actor's thread name (rules 31 and 46).
 */
public final class VirtualThreadMailbox extends Mailbox {

  /*
   * Overview. `status` is NEW until start, then:
   *   RUNNING: a thread is draining the inbox, or about to.
   *   PARKED:  the thread found the inbox empty and parks (or is about to); it may be unparked.
   *   RETIRED: the reaper told the parked thread to end; it will set IDLE and end.
   *   IDLE:    no thread; the next message starts one.
   *   DEAD:    the actor has died; producers do nothing, and Mailbox's closing protocol answers
   *            their replies.
   *
   * Lost wake-ups. A producer swaps the tail, links its envelope, then reads `status`: PARKED ->
   * CAS to RUNNING and unpark the thread; IDLE -> CAS to RUNNING and start a thread; anything else
   * -> nothing, because a running thread polls again before it parks or ends. The consumer, finding
   * the inbox empty, writes PARKED (or IDLE) and only then polls once more before parking (or
   * ending). All these accesses are sequentially consistent (volatile writes, CAS, the producer's
   * swap of the tail and the consumer's read of it: see Inbox), so either the consumer's last poll
   * sees the envelope, or the producer sees PARKED/IDLE and wakes or starts a thread.
   * Exactly one party wins each CAS, so one thread at most drains the inbox: a consumer that finds
   * an envelope after writing PARKED or IDLE takes the schedule back with a CAS to RUNNING. If a
   * producer won that CAS first: after PARKED the status is RUNNING again and the consumer goes on
   * (the producer's unpark only leaves a spare permit, which makes one later park return early;
   * every park is in a loop that re-reads `status`); after IDLE the producer has started a new
   * thread and this one ends. If the reaper won it (PARKED -> RETIRED), the consumer retires as
   * below, and its re-poll after IDLE finds the envelope.
   *
   * Retiring. A thread that parks the first time registers its mailbox in PARKING (threads of
   * actors that are never busy after start never park: they end at once). A reaper thread wakes
   * every RETIRE_AFTER_MILLIS; a mailbox still PARKED in the same park as at its previous visit
   * (same `parks` count) has been idle a whole period: the reaper CASes PARKED -> RETIRED and
   * unparks it. The thread then leaves PARKING, writes IDLE, re-polls as above and ends. A producer
   * that sees RETIRED does nothing: the retiring thread's re-poll after IDLE will see its envelope.
   * The reaper reads `parks` before `status`, so it may retire a thread that parked again just
   * before the CAS; that only costs the next message a thread start. The reaper ends when PARKING
   * is empty, with the same write-then-re-check against a registering thread.
   *
   * Happens-before between threads of one actor: the old thread's writes precede its volatile
   * write of IDLE, the producer's CAS from IDLE reads it, and Thread.start orders the producer
   * before the new thread. Within one thread, park and unpark need no ordering of their own: the
   * state is in `status` and the queue.
   */

  private static final int NEW = 0;
  private static final int RUNNING = 1;
  private static final int PARKED = 2;
  private static final int RETIRED = 3;
  private static final int IDLE = 4;
  private static final int DEAD = 5;

  /** Messages handled in a row before the thread yields its carrier to other virtual threads. */
  private static final int BATCH = 256;

  /** How long a parked thread waits for a message at least before it ends. */
  static final long RETIRE_AFTER_MILLIS = 50;

  /** Mailboxes whose thread has parked at least once and not yet ended. */
  private static final Set<VirtualThreadMailbox> PARKING = ConcurrentHashMap.newKeySet();

  private static final VarHandle STATUS;

  static {
    try {
      STATUS =
          MethodHandles.lookup().findVarHandle(VirtualThreadMailbox.class, "status", int.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private volatile int status = NEW;

  /**
   * The thread draining the inbox, or {@code null} while IDLE (so an idle actor does not keep its
   * ended thread reachable). Written only by the thread that holds the schedule (RUNNING or
   * RETIRED); read by a producer or the reaper only after its CAS from PARKED, which the thread
   * wrote after this field.
   */
  private volatile Thread thread;

  /** How many times the thread has parked; the reaper compares it between visits. */
  private volatile int parks;

  /** The value of {@link #parks} at the reaper's previous visit; the reaper's thread only. */
  private int parksSeen = -1;

  /**
   * The actor's thread name without its number, one string shared by every actor of the class, and
   * the number: kept apart so that an idle actor does not hold a string of its own.
   */
  private String threadBase;

  private long threadNumber;

  /**
   * Creates the inbox of a virtual-thread actor.
   *
   * @param cell the actor
   * @param handler what to call on its thread
   */
  public VirtualThreadMailbox(Cell cell, Handler handler) {
    super(cell, handler);
  }

  @Override
  public void start(String threadBase, long threadNumber, boolean daemon) {
    this.threadBase = threadBase;
    this.threadNumber = threadNumber;
    status = RUNNING;
    try {
      launch();
    } catch (RuntimeException | Error e) {
      status = DEAD;
      throw e;
    }
  }

  @Override
  protected void signal() {
    int s = status;
    if (s == PARKED) {
      if (STATUS.compareAndSet(this, PARKED, RUNNING)) {
        LockSupport.unpark(thread);
      }
    } else if (s == IDLE && STATUS.compareAndSet(this, IDLE, RUNNING)) {
      try {
        launch();
      } catch (RuntimeException | Error e) {
        status = IDLE;
        throw e;
      }
    }
  }

  private void launch() {
    Thread.ofVirtual().name(threadBase + "-" + threadNumber).start(this::run);
  }

  private void run() {
    Thread self = Thread.currentThread();
    thread = self;
    cell.enter(self);
    boolean alive = false;
    boolean registered = false;
    Throwable escaped = null;
    try {
      if (!beginOnce()) {
        return;
      }
      boolean handledAny = false;
      int handled = 0;
      while (true) {
        Envelope e = poll();
        if (e != null) {
          handledAny = true;
          if (!handle(e)) {
            return;
          }
          if (++handled == BATCH) {
            handled = 0;
            Thread.yield();
          }
          continue;
        }
        cell.idle();
        handled = 0;
        if (!handledAny) {
          // Started and found nothing to do: end at once instead of parking, since most actors
          // started in bulk stay idle. A thread started for a message always finds it.
          if (endIfStillEmpty()) {
            alive = true;
            return;
          }
          continue;
        }
        if (!registered) {
          PARKING.add(this);
          registered = true;
          Reaper.ensureRunning();
        }
        if (!parkUntilWoken()) {
          PARKING.remove(this);
          registered = false;
          if (endIfStillEmpty()) {
            alive = true;
            return;
          }
        }
      }
    } catch (Throwable t) {
      escaped = t; // the handler catches user code's throwables: this is pykka's own failure
    } finally {
      try {
        if (registered) {
          PARKING.remove(this);
        }
      } finally {
        if (!alive) {
          status = DEAD;
          finish(escaped);
        }
        cell.exit(self);
      }
    }
  }

  /**
   * Lets go of the inbox: writes IDLE, then polls once more. Actor thread only, in RUNNING or
   * RETIRED.
   *
   * @return {@code true} if the thread must end (the inbox is empty, or a producer has started
   *     another thread); {@code false} if it took the schedule back and must go on draining
   */
  private boolean endIfStillEmpty() {
    thread = null;
    status = IDLE;
    if (isEmpty() || !STATUS.compareAndSet(this, IDLE, RUNNING)) {
      return true;
    }
    thread = Thread.currentThread();
    return false;
  }

  /**
   * Parks until a producer has a message for this thread or the reaper retires it. Actor thread
   * only, in RUNNING with an empty inbox.
   *
   * @return {@code true} if there is work (status RUNNING); {@code false} if retired
   */
  private boolean parkUntilWoken() {
    parks++; // the only writer: this thread
    status = PARKED;
    if (!isEmpty() && STATUS.compareAndSet(this, PARKED, RUNNING)) {
      return true;
    }
    while (true) {
      int s = status;
      if (s == RUNNING) {
        return true;
      }
      if (s == RETIRED) {
        return false;
      }
      LockSupport.park(this);
      // Interrupts do not stop an actor (stop is a message); clear the flag and keep waiting.
      Thread.interrupted();
    }
  }

  /** Retires the threads of mailboxes that stayed parked for a whole period. */
  private static final class Reaper {
    private static final AtomicBoolean RUNNING = new AtomicBoolean();

    private Reaper() {}

    /** Starts the reaper unless it runs. Called after adding a mailbox to PARKING. */
    static void ensureRunning() {
      if (!RUNNING.get() && RUNNING.compareAndSet(false, true)) {
        Thread.ofVirtual().name("pykka-idle-reaper").start(Reaper::loop);
      }
    }

    private static void loop() {
      while (true) {
        try {
          TimeUnit.MILLISECONDS.sleep(RETIRE_AFTER_MILLIS);
        } catch (InterruptedException e) {
          // Nobody interrupts the reaper on purpose; sweep now and go on.
        }
        for (VirtualThreadMailbox m : PARKING) {
          int p = m.parks;
          if (p == m.parksSeen && m.status == PARKED && STATUS.compareAndSet(m, PARKED, RETIRED)) {
            LockSupport.unpark(m.thread);
          }
          m.parksSeen = p;
        }
        if (PARKING.isEmpty()) {
          // Same pattern as the inbox: clear the flag, then look again; a thread that registers
          // after the look sees the flag cleared and starts a new reaper.
          RUNNING.set(false);
          if (PARKING.isEmpty() || !RUNNING.compareAndSet(false, true)) {
            return;
          }
        }
      }
    }
  }
}
