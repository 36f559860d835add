package pykka.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.locks.LockSupport;

/**
 * A {@link Mailbox} drained by one dedicated platform thread for the actor's whole life: Pykka's
 * {@code ThreadingActor} model. The thread spins briefly when the inbox runs dry, then parks; a
 * producer unparks it only if it parked, so a busy actor costs its senders no system call.
 */
public final class ThreadMailbox extends Mailbox {

  /*
   * Lost wake-ups: the consumer sets `parked` and then re-polls before parking; a producer links
   * its envelope and then reads `parked`. Both are sequentially consistent, so either the consumer
   * sees the envelope or the producer sees `parked` and unparks (getAndSet makes one producer do
   * it). LockSupport.unpark before park makes the park return at once, so the order of unpark and
   * park does not matter.
   */

  private static final int SPINS = 64;
  private static final VarHandle PARKED;

  static {
    try {
      PARKED = MethodHandles.lookup().findVarHandle(ThreadMailbox.class, "parked", boolean.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  @SuppressWarnings("unused") // accessed through PARKED
  private volatile boolean parked;

  private volatile Thread thread;

  /**
   * Creates the inbox of a platform-thread actor.
   *
   * @param cell the actor
   * @param handler what to call on its thread
   */
  public ThreadMailbox(Cell cell, Handler handler) {
    super(cell, handler);
  }

  @Override
  public void start(String threadName, boolean daemon) {
    Thread t = new Thread(this::run, threadName);
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

  private void run() {
    Thread self = Thread.currentThread();
    cell.enter(self);
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
    } finally {
      closeAndDrain();
      cell.exit(self);
    }
  }

  private Envelope await() {
    for (int i = 0; i < SPINS; i++) {
      Thread.onSpinWait();
      Envelope e = poll();
      if (e != null) {
        return e;
      }
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
}
