package pykka.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * A {@link Mailbox} drained by a virtual thread started per burst of messages: while the inbox is
 * empty the actor holds no thread at all, so an idle actor costs only its objects. Every burst's
 * thread gets the actor's thread name.
 */
public final class BurstMailbox extends Mailbox {

  /*
   * Scheduling: `status` is NEW until start, then IDLE (no thread) or SCHEDULED (a thread is
   * draining or about to), then DEAD. A producer that links an envelope and sees IDLE races to CAS
   * it to SCHEDULED; the winner starts a thread. A draining thread that finds the queue empty spins
   * briefly (a reply in a ping-pong arrives within microseconds), then sets IDLE and re-checks the
   * queue: if a producer linked an envelope meanwhile and no producer has claimed the schedule, it
   * claims it itself and goes on; otherwise it exits. Either the thread's re-check sees the
   * envelope, or the producer sees IDLE (both accesses are sequentially consistent), so no wake-up
   * is lost. Happens-before between bursts: the old thread's writes precede its volatile write of
   * IDLE, the producer's CAS reads it, and Thread.start orders the producer before the new thread.
   */

  private static final int NEW = 0;
  private static final int IDLE = 1;
  private static final int SCHEDULED = 2;
  private static final int DEAD = 3;

  /** Messages handled per burst before the thread yields its carrier to other virtual threads. */
  private static final int BATCH = 256;

  private static final int SPINS = 32;

  private static final VarHandle STATUS;

  static {
    try {
      STATUS = MethodHandles.lookup().findVarHandle(BurstMailbox.class, "status", int.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private volatile int status = NEW;
  private String threadName;

  /**
   * Creates the inbox of a virtual-thread actor.
   *
   * @param cell the actor
   * @param handler what to call on its thread
   */
  public BurstMailbox(Cell cell, Handler handler) {
    super(cell, handler);
  }

  @Override
  public void start(String name, boolean daemon) {
    threadName = name;
    status = SCHEDULED;
    try {
      launch();
    } catch (RuntimeException | Error e) {
      status = DEAD;
      throw e;
    }
  }

  @Override
  protected void signal() {
    if (status == IDLE && STATUS.compareAndSet(this, IDLE, SCHEDULED)) {
      try {
        launch();
      } catch (RuntimeException | Error e) {
        status = IDLE;
        throw e;
      }
    }
  }

  private void launch() {
    Thread.ofVirtual().name(threadName).start(this::run);
  }

  private void run() {
    Thread self = Thread.currentThread();
    cell.enter(self);
    boolean alive = false;
    try {
      if (!beginOnce()) {
        return;
      }
      int handled = 0;
      while (true) {
        Envelope e = poll();
        if (e == null) {
          e = spin();
        }
        if (e == null) {
          status = IDLE;
          if (isEmpty() || !STATUS.compareAndSet(this, IDLE, SCHEDULED)) {
            alive = true;
            return;
          }
          continue;
        }
        if (!handle(e)) {
          return;
        }
        if (++handled == BATCH) {
          handled = 0;
          Thread.yield();
        }
      }
    } finally {
      if (!alive) {
        status = DEAD;
        closeAndDrain();
      }
      cell.exit(self);
    }
  }

  private Envelope spin() {
    for (int i = 0; i < SPINS; i++) {
      Thread.onSpinWait();
      Envelope e = poll();
      if (e != null) {
        return e;
      }
    }
    return null;
  }
}
