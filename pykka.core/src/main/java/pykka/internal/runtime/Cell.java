package pykka.internal.runtime;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import pykka.ActorRef;

/**
 * The runtime side of one actor that other internals (the table of live actors, the registry,
 * deadlock detection) need: its ref and name, whether and since when it is registered, the thread
 * it currently runs on, and the actor whose reply it is blocked on.
 *
 * <p>Thread safety: the fields are volatile. {@code thread} and {@code waiting} are written by the
 * actor's own thread only, but a virtual-thread actor's old and new burst threads may overlap for a
 * moment at a hand-off (see {@link #exit}); {@code registration} changes by compare-and-set from
 * any thread (see {@link LiveActors}).
 */
public final class Cell {

  /** {@link #registration}: not started yet, so not in the table of live actors. */
  static final long NEW = 0;

  /** {@link #registration}: live, and not registered. */
  static final long UNREGISTERED = -1;

  /** {@link #registration}: dead; never registered again. */
  static final long DEAD = -2;

  private static final VarHandle THREAD;
  private static final VarHandle REGISTRATION;

  static {
    try {
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      THREAD = lookup.findVarHandle(Cell.class, "thread", Thread.class);
      REGISTRATION = lookup.findVarHandle(Cell.class, "registration", long.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /** The actor's ref. */
  private final ActorRef<?> ref;

  /** The actor's description, {@code "Adder (urn:uuid:...)"}. */
  private final String description;

  /**
   * {@link #NEW}, {@link #UNREGISTERED}, {@link #DEAD}, or, while registered, the positive number
   * of its registration, which orders the registry.
   */
  private volatile long registration;

  private volatile Thread thread;
  private volatile Wait waiting;

  /**
   * Creates the cell of an actor.
   *
   * @param ref the actor's ref
   * @param description the actor's default {@code toString()}
   */
  public Cell(ActorRef<?> ref, String description) {
    this.ref = ref;
    this.description = description;
  }

  /**
   * The actor's ref.
   *
   * @return the ref
   */
  public ActorRef<?> ref() {
    return ref;
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

  /**
   * The number of the actor's registration while it is registered, else a value of at most 0:
   * {@link #NEW}, {@link #UNREGISTERED} or {@link #DEAD}.
   */
  long registration() {
    return registration;
  }

  /** Replaces the registration {@code expected} with {@code next}; whether it did. */
  boolean changeRegistration(long expected, long next) {
    return REGISTRATION.compareAndSet(this, expected, next);
  }

  /** Marks the registration dead for good; returns what it was. */
  long endRegistration() {
    return (long) REGISTRATION.getAndSet(this, DEAD);
  }

  @Override
  public String toString() {
    return description;
  }
}
