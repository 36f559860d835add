package pykka.internal.runtime;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * The runtime side of one actor that other internals (deadlock detection, thread dumps) need: its
 * name, the thread it currently runs on, and the actor whose reply it is blocked on.
 *
 * <p>Thread safety: the fields are volatile; each is written by the actor's own thread only, but a
 * virtual-thread actor's old and new burst threads may overlap for a moment at a hand-off (see
 * {@link #exit}).
 */
public final class Cell {
  private static final VarHandle THREAD;

  static {
    try {
      THREAD = MethodHandles.lookup().findVarHandle(Cell.class, "thread", Thread.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /** The actor's description, {@code "Adder (urn:uuid:...)"}. */
  private final String description;

  /** The actor object itself, for tools that want its class. */
  private final Object actor;

  private volatile Thread thread;
  private volatile Wait waiting;

  /**
   * Creates the cell of an actor.
   *
   * @param actor the actor
   * @param description its {@code toString()}
   */
  public Cell(Object actor, String description) {
    this.actor = actor;
    this.description = description;
  }

  /**
   * The actor.
   *
   * @return the actor object
   */
  public Object actor() {
    return actor;
  }

  /**
   * The thread running the actor's code now, or {@code null} while it is idle (a virtual-thread
   * actor holds none once it has been idle for 50 to 100 ms) or not yet started.
   *
   * @return the thread, or {@code null}
   */
  public Thread thread() {
    return thread;
  }

  /**
   * The actor this one is blocked waiting for a reply from, or {@code null}.
   *
   * @return the awaited actor's cell, or {@code null}
   */
  public Cell waitingFor() {
    Wait w = waiting;
    return w == null ? null : w.target();
  }

  /** The wait this actor's thread is blocked in, or {@code null}. */
  Wait waiting() {
    return waiting;
  }

  void waiting(Wait wait) {
    waiting = wait;
  }

  /**
   * Records that the calling thread now runs this actor, for the rest of this burst.
   *
   * @param current the calling thread
   */
  public void enter(Thread current) {
    thread = current;
    CurrentActor.set(this);
  }

  /**
   * Records that the calling thread no longer runs this actor.
   *
   * @param current the calling thread
   */
  public void exit(Thread current) {
    CurrentActor.clear();
    // A CAS, not a check and a write: a virtual-thread actor's next burst thread may enter between
    // the two, and must not be erased.
    THREAD.compareAndSet(this, current, null);
  }

  @Override
  public String toString() {
    return description;
  }
}
