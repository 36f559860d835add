package pykka.internal.runtime;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import pykka.ActorRef;
import pykka.RunningActor;

/**
 * The runtime's record of one actor, beside the actor object: its ref and name, its inbox, whether
 * it is registered, what it is doing, the thread it runs on and the actor whose reply it is blocked
 * on. The table of live actors ({@link LiveActors}), the registry and deadlock detection use it,
 * and tools see it as a {@link RunningActor}.
 *
 * <p><b>Thread safety.</b> Safe to read from any thread; no read blocks. {@code thread} and {@code
 * waiting} are volatile and written by the actor's own thread only, but a virtual-thread actor's
 * old and new burst threads may overlap for a moment at a hand-off (see {@link #exit}). {@code
 * registration} is volatile and changes by compare-and-set, from any thread (see {@link
 * LiveActors}). {@code phase} is written by the actor's thread alone, with opaque writes (plain
 * stores that the JIT keeps), and read opaquely: it costs the actor no fence, and a reader sees
 * each value in the order it was written, possibly late.
 */
public final class Cell implements RunningActor {

  /** {@link #registration}: not started yet, so not in the table of live actors. */
  static final long NEW = 0;

  /** {@link #registration}: live, and not registered. */
  static final long UNREGISTERED = -1;

  /** {@link #registration}: dead; never registered again. */
  static final long DEAD = -2;

  /** What {@link #currentMessage} returns when the actor handles no message. */
  public static final Object NOT_HANDLING = new Object();

  /** The states, by ordinal: {@link #phase} holds the ordinal of one of them. */
  private static final State[] STATES = State.values();

  private static final byte IDLE = (byte) State.IDLE.ordinal();
  private static final byte HANDLING = (byte) State.HANDLING.ordinal();
  private static final byte STOPPING = (byte) State.STOPPING.ordinal();
  private static final byte ENDED = (byte) State.DEAD.ordinal();

  private static final VarHandle THREAD;
  private static final VarHandle REGISTRATION;
  private static final VarHandle PHASE;
  private static final VarHandle SINCE;

  static {
    try {
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      THREAD = lookup.findVarHandle(Cell.class, "thread", Thread.class);
      REGISTRATION = lookup.findVarHandle(Cell.class, "registration", long.class);
      PHASE = lookup.findVarHandle(Cell.class, "phase", byte.class);
      SINCE = lookup.findVarHandle(Cell.class, "handlingSince", long.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /** The actor's ref. */
  private final ActorRef<?> ref;

  /** The actor's number, from {@link ActorIds#next()}; {@code 0} for a cell made by hand. */
  private final long id;

  /** The actor's class's display name, which starts its description. */
  private final String name;

  /**
   * The actor's description, {@code "Adder (urn:uuid:...)"}, built on first use (most actors are
   * never described) and cached by a racy single check: threads that race may each build one, all
   * equal, and since a String is immutable and safely published through its final fields, a thread
   * that reads the field sees either {@code null} or a whole string.
   */
  private String description;

  /** The actor's mailbox, set once by its constructor. */
  private Mailbox mailbox;

  /**
   * {@link #NEW}, {@link #UNREGISTERED}, {@link #DEAD}, or, while registered, the positive number
   * of its registration, which orders the registry.
   */
  private volatile long registration;

  private volatile Thread thread;
  private volatile Wait waiting;

  /**
   * The ordinal of the actor's {@link State}, {@code WAITING} aside (which {@link #waiting} tells):
   * STARTING (0, so that a new cell needs no write) until its loop first looks at the inbox.
   */
  @SuppressWarnings("unused") // accessed through PHASE
  private byte phase;

  /**
   * Whether actors read the clock when they begin a message. Off until a tool first asks how long
   * an actor has been handling its message ({@link #handlingSince}): a clock read costs as much as
   * handling a small message (20 to 70 ns here, against 25 ns per message of one-way throughput).
   * Turns on once, for good.
   */
  private static volatile boolean timing;

  /**
   * When the actor began handling its current message, by {@link System#nanoTime()}, or when a tool
   * first saw it handling it (a lower bound); {@code 0} if nobody knows. The actor's thread writes
   * it opaquely at each message (the time, or {@code 0} while {@link #timing} is off), like {@link
   * #phase}; a tool may replace a {@code 0} with the time it first looked, by compare-and-set.
   */
  @SuppressWarnings("unused") // accessed through SINCE
  private long handlingSince;

  /**
   * Creates the cell of an actor.
   *
   * @param ref the actor's ref
   * @param description the actor's default {@code toString()}
   */
  public Cell(ActorRef<?> ref, String description) {
    this(ref, 0, description, description);
  }

  private Cell(ActorRef<?> ref, long id, String name, String description) {
    this.ref = ref;
    this.id = id;
    this.name = name;
    this.description = description;
  }

  /**
   * Creates the cell of an actor, with a new number: its URN and description are made when first
   * asked for.
   *
   * @param ref the actor's ref
   * @param name the simple name of the actor's class, which starts its description
   * @return the cell
   */
  public static Cell of(ActorRef<?> ref, String name) {
    return new Cell(ref, ActorIds.next(), name, null);
  }

  /** Called once by the actor's mailbox, from its constructor. */
  void attach(Mailbox mailbox) {
    this.mailbox = mailbox;
  }

  @Override
  public ActorRef<?> ref() {
    return ref;
  }

  @Override
  public State state() {
    byte p = (byte) PHASE.getOpaque(this);
    if (p != ENDED && waiting != null) {
      return State.WAITING;
    }
    return STATES[p];
  }

  /**
   * {@inheritDoc}
   *
   * <p>{@code null} also while the actor is idle (a virtual-thread actor holds none once it has
   * been idle for 50 to 100 ms) or not yet started.
   */
  @Override
  public Thread thread() {
    return thread;
  }

  @Override
  public int inboxSize() {
    Mailbox m = mailbox;
    return m == null || (byte) PHASE.getOpaque(this) == ENDED ? 0 : m.size();
  }

  @Override
  public ActorRef<?> waitingFor() {
    Cell awaited = awaited();
    return awaited == null ? null : awaited.ref;
  }

  /**
   * The actor this one is blocked waiting for a reply from, or {@code null}.
   *
   * @return the awaited actor's cell, or {@code null}
   */
  Cell awaited() {
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

  /** The actor's thread found its inbox empty. Actor thread only. */
  void idle() {
    PHASE.setOpaque(this, IDLE);
  }

  /** The actor's thread is about to handle a message. Actor thread only. */
  void handling() {
    SINCE.setOpaque(this, timing ? System.nanoTime() : 0L);
    PHASE.setOpaque(this, HANDLING);
  }

  /**
   * When the actor began handling its current message, by {@link System#nanoTime()}, for tools:
   * exact if the message began after a tool first asked this of any actor (from then on, actors
   * read the clock at each message); otherwise when a tool first asked about this message, so that
   * the time since is a lower bound. A snapshot (see {@link #currentMessage}). Any thread; the
   * first call turns the clock reads on.
   *
   * @return the time
   */
  public long handlingSince() {
    startTiming();
    long since = (long) SINCE.getOpaque(this);
    if (since != 0L) {
      return since;
    }
    long now = System.nanoTime();
    // Fails if the actor has begun another message meanwhile: its own reading then stands.
    return SINCE.compareAndSet(this, 0L, now) ? now : (long) SINCE.getOpaque(this);
  }

  /** Makes every actor read the clock when it begins a message, from now on. Any thread. */
  public static void startTiming() {
    if (!timing) {
      timing = true;
    }
  }

  /**
   * The message the actor is handling, for tools: read from any thread, never blocks the actor. A
   * snapshot: the actor may have moved on to another message meanwhile, and a message handled a
   * moment ago may be reported as {@code null}.
   *
   * @return the message, possibly {@code null}, or {@link #NOT_HANDLING} when the actor handles no
   *     message (its state is neither {@code HANDLING} nor {@code WAITING} while handling one)
   */
  public Object currentMessage() {
    Mailbox m = mailbox;
    if (m == null || (byte) PHASE.getOpaque(this) != HANDLING) {
      return NOT_HANDLING;
    }
    return m.lastTakenRacy().message;
  }

  /**
   * The actor is dead and about to run {@code onStop} or {@code onFailure}, or to end. Called by
   * the actor's thread, or by the thread whose {@code start()} of it failed.
   */
  public void stopping() {
    PHASE.setOpaque(this, STOPPING);
  }

  /** The actor has ended: its loop's last step. */
  void ended() {
    PHASE.setOpaque(this, ENDED);
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

  /**
   * The actor's number, which places it in the table of live actors (its page and slot).
   *
   * @return the number, or {@code 0} for a cell made by hand
   */
  long id() {
    return id;
  }

  /**
   * The actor's URN, {@code urn:uuid:} and a version-4 UUID. Built on each call, so that an actor
   * whose URN is never asked for holds no string for it.
   *
   * @return the URN (equal strings each time)
   */
  public String urn() {
    return ActorIds.urn(id);
  }

  @Override
  public String toString() {
    String d = description;
    if (d == null) {
      d = name + " (" + urn() + ")";
      description = d;
    }
    return d;
  }
}
