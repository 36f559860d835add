package pykka;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pykka.internal.runtime.Cell;
import pykka.internal.runtime.Mailbox;

/**
 * An actor: a plain object whose state is touched only by its own thread, one message at a time.
 * Subclass {@link ThreadingActor} (a platform thread per actor) or {@link VirtualThreadActor}
 * (virtual threads; the runtime for many actors), override the hooks you need, construct it, and
 * {@link #start()} it:
 *
 * {@snippet class=pykka.JavadocSnippetsTest region=greeter}
 *
 * <p>and use it:
 *
 * {@snippet class=pykka.JavadocSnippetsTest region=greeter-use}
 *
 * <p><b>Threads.</b> The constructor runs in the thread that creates the actor. {@link #onStart},
 * {@link #onReceive}, proxied members, {@link #onStop} and {@link #onFailure} all run in the
 * actor's own thread, named {@code <SimpleClassName>-<n>}. So an actor's fields need no
 * synchronisation as long as only its hooks touch them.
 *
 * <p><b>Failures.</b> An exception thrown while handling an ask goes back to the asker and the
 * actor keeps running. One thrown while handling a tell is logged at ERROR, the actor stops
 * (without {@code onStop}), and {@link #onFailure} runs. An exception from {@code onStart} or
 * {@code onStop} is logged and stops the actor. Any {@link Throwable} counts, {@link Error}s
 * included. Nothing thrown by a hook, by a {@code toString()} or {@code getMessage()} (of the
 * actor, a message or a throwable) or by the logging provider leaves an ask or a stop unanswered,
 * or a dead actor alive or registered: a log line that cannot be written is dropped, an actor whose
 * {@code toString()} throws is logged by its class name and URN, and a throwable that cannot be
 * printed is logged as a stand-in that names its class (the asker and {@code onFailure} get the
 * original).
 *
 * <p><b>Interrupts.</b> An interrupt does not stop an actor: a stop is a message. The actor's
 * thread has its interrupt flag cleared before each hook runs and after a hook that threw, so an
 * interrupt reaches only the hook that is running when it comes, and one that comes while the actor
 * is idle is dropped. A hook that restores the flag (the usual {@code
 * Thread.currentThread().interrupt()} after catching {@link InterruptedException}) therefore does
 * not make the next message's blocking calls, such as an {@code ask}, fail.
 *
 * <p><b>Thread-locals.</b> Keep an actor's state in its fields, never in {@link ThreadLocal}s: a
 * {@link VirtualThreadActor}'s thread ends once the actor has been idle for a while, and the next
 * message runs on a new thread (with the same name), so thread-local values set while handling one
 * message may be gone at the next, and {@link Thread#currentThread()} may return another {@code
 * Thread} object. Fields carry over from each message to the next on both runtimes (see the memory
 * consistency effects below).
 *
 * <p><b>Memory consistency effects.</b> Actions in a thread before it sends a message (tell, ask,
 * proxy call) happen-before the actor's handling of that message; actions in the actor's handling
 * of a message happen-before the handling of the next one, and before a {@code get} of its reply
 * returns.
 */
public abstract class Actor {

  static final Logger LOG = LoggerFactory.getLogger("pykka");

  /** One counter for every actor's thread name, shared by both runtimes (rule 31). */
  private static final AtomicLong THREAD_COUNTER = new AtomicLong();

  /**
   * The simple name of each actor class, which starts its actors' thread names and descriptions:
   * one string per class, shared by its actors.
   */
  static final ClassValue<String> DISPLAY_NAMES =
      new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> type) {
          return displayName(type);
        }
      };

  private final ActorRef<Actor> ref;
  private final Cell cell;
  final Mailbox mailbox;

  /** Set once, by {@link #start()}; a field and not an {@code AtomicBoolean}: 16 B per actor. */
  @SuppressWarnings("unused") // accessed through STARTED
  private volatile boolean started;

  /** Written by the actor's thread when it dies; read by senders. */
  private volatile boolean alive = true;

  /**
   * The death-watch record: {@code null} until someone watches the actor or asks for its
   * termination, a {@link DeathWatch} then, or a marker if the actor ended with none (see {@link
   * DeathWatch}).
   */
  volatile Object deathWatch;

  /** What ended the actor (rule S2); written before the end publishes it through deathWatch. */
  Throwable endedBy;

  /** The actors this one watches; its own thread only, made at the first watch. */
  Set<ActorRef<?>> watching;

  /**
   * Package-private: only {@link ThreadingActor} and {@link VirtualThreadActor} extend this, each
   * saying how its actors run.
   *
   * @param mailboxes makes the actor's mailbox, which decides the thread that runs it
   */
  @SuppressWarnings("this-escape") // the ref and inbox must exist from construction, so that the
  // constructor may hand out the ref; they only store `this`, and nothing reads the actor through
  // them until a message is handled, which happens after the constructor has returned.
  Actor(Mailbox.Factory mailboxes) {
    this.ref = new ActorRef<>(this);
    this.cell = Cell.of(ref, DISPLAY_NAMES.get(getClass()));
    this.mailbox = mailboxes.create(cell, new ActorLoop(this));
  }

  /**
   * Starts the actor: registers its ref in {@link ActorRegistry} and starts its thread, which runs
   * {@link #onStart} and then handles messages, including any sent before this call.
   *
   * @param <A> the actor's type, chosen by the target type of the assignment
   * @return the actor's ref
   * @throws IllegalStateException if the actor was already started
   * @throws OutOfMemoryError if the JVM cannot start another thread; whatever {@link
   *     #useDaemonThread()} throws is rethrown likewise. Either way the actor is then dead and
   *     unregistered, and the asks and stops sent to it before are answered
   */
  @SuppressWarnings("unchecked")
  public final <A extends Actor> ActorRef<A> start() {
    if (!STARTED.compareAndSet(this, false, true)) {
      throw new IllegalStateException(
          describe() + " was already started; an actor starts only once");
    }
    try {
      ActorRegistry.registerStarting(ref);
      ActorLog.debug("Starting {}", this);
      long threadNumber = THREAD_COUNTER.incrementAndGet();
      mailbox.start(DISPLAY_NAMES.get(getClass()), threadNumber, useDaemonThread());
    } catch (Throwable t) {
      // No thread runs the actor (useDaemonThread() threw, or the thread could not be started),
      // whatever was thrown, a checked exception thrown sneakily included (rule 3).
      try {
        recordFailure(t);
        markDead();
      } finally {
        // Asks and stops sent before start() are in the inbox and no thread will ever answer them.
        mailbox.abandon();
      }
      throw Actor.<RuntimeException>rethrow(t);
    }
    return (ActorRef<A>) ref;
  }

  /**
   * This actor's ref. Available from construction, so the constructor may hand it out or make a
   * proxy to the actor itself.
   *
   * @param <A> the actor's type, chosen by the target type of the assignment
   * @return the one ref of this actor
   */
  @SuppressWarnings("unchecked")
  public final <A extends Actor> ActorRef<A> actorRef() {
    return (ActorRef<A>) ref;
  }

  /**
   * This actor's URN: {@code urn:uuid:} and a random (version 4) UUID, unique for the life of the
   * process.
   *
   * @return the URN
   */
  public final String actorUrn() {
    return cell.urn();
  }

  /**
   * Stops the actor after the messages already in its inbox: enqueues a stop and returns at once.
   * May be called from the actor's own hooks, {@code onStart} included, or from any thread.
   *
   * @throws ActorDeadException if the actor is already dead (from {@code onStop} or {@code
   *     onFailure}, for example)
   */
  public void stop() {
    ref.enqueueStop(null);
  }

  /**
   * Runs in the actor's thread before the first message. Does nothing by default.
   *
   * @throws Exception to stop the actor; the exception is logged at ERROR
   */
  protected void onStart() throws Exception {}

  /**
   * Runs in the actor's thread after it has stopped: it is already unregistered and dead. Does
   * nothing by default. Not called when the actor stops because of a failure.
   *
   * @throws Exception logged at ERROR
   */
  protected void onStop() throws Exception {}

  /**
   * Runs in the actor's thread after an exception from the handling of a tell stopped the actor (it
   * is already unregistered and dead). Does nothing by default.
   *
   * @param failure what was thrown
   * @throws Exception logged at ERROR
   */
  protected void onFailure(Throwable failure) throws Exception {}

  /**
   * Handles a message that is not one of pykka's own, in the actor's thread; the return value is
   * the reply to an ask. By default logs a WARN {@code Unexpected message received by <actor>:
   * <message>} and replies {@code null}.
   *
   * @param message the message, possibly {@code null}
   * @return the reply, possibly {@code null}
   * @throws Exception to fail an ask (the actor keeps running) or, for a tell, to stop the actor
   */
  protected Object onReceive(Object message) throws Exception {
    ActorLog.unexpected(this, message);
    return null;
  }

  /**
   * Watches another actor: when it ends, {@link #onTerminated} runs once on this actor's thread, as
   * a message queued behind those already in its inbox; at once if it has already ended. Watching
   * the same actor twice notifies once (rule S3).
   *
   * @param other the actor to watch
   * @throws IllegalStateException if not called on this actor's own thread (from one of its hooks)
   * @throws IllegalArgumentException if {@code other} is this actor
   */
  protected final void watch(ActorRef<?> other) {
    DeathWatch.watch(this, other);
  }

  /**
   * Stops watching another actor: once this returns, {@link #onTerminated} does not run for it,
   * even if its death was already queued (rule S4). Does nothing if it is not watched.
   *
   * @param other the watched actor
   * @throws IllegalStateException if not called on this actor's own thread (from one of its hooks)
   * @throws IllegalArgumentException if {@code other} is this actor
   */
  protected final void unwatch(ActorRef<?> other) {
    DeathWatch.unwatch(this, other);
  }

  /**
   * Runs in the actor's thread when an actor it {@link #watch watches} has ended, in turn with its
   * messages. Does nothing by default.
   *
   * @param termination which actor ended, and why
   * @throws Exception handled like one thrown while handling a tell: logged, {@link #onFailure}
   *     runs, and the actor stops (rule S5)
   */
  protected void onTerminated(Termination termination) throws Exception {}

  /**
   * Whether a {@link ThreadingActor}'s thread is a daemon thread, which does not keep the JVM
   * alive. Read once, at {@link #start()}, on both runtimes; whatever it throws makes {@code
   * start()} fail. {@code false} by default; virtual threads are always daemons.
   *
   * @return whether to use a daemon thread
   */
  protected boolean useDaemonThread() {
    return false;
  }

  /** {@code SimpleClassName (urn:uuid:...)}. */
  @Override
  public String toString() {
    return cell.toString();
  }

  final boolean isAliveInternal() {
    return alive;
  }

  /**
   * The actor as pykka's log lines and messages name it: its {@code toString()}, or, if that
   * throws, its class name and URN (what the default {@code toString()} returns).
   */
  final String describe() {
    return SafeText.of(this, cell.toString());
  }

  final Cell cell() {
    return cell;
  }

  /**
   * Unregisters the actor for good, then marks it dead: a dead actor is never found registered
   * (rule 43).
   */
  final void markDead() {
    try {
      ActorRegistry.unregisterDying(ref);
    } finally {
      alive = false;
      cell.stopping();
    }
  }

  /** Records what ended the actor, unless something already did (rule S2). */
  final void recordFailure(Throwable failure) {
    if (endedBy == null) {
      endedBy = failure;
    }
  }

  /** Ends the actor with {@code failure} as its termination's, after what is in its inbox. */
  final void endWith(Throwable failure) {
    recordFailure(failure);
    ref.enqueueStop(null);
  }

  /** The simple class name; for an anonymous class, that of the nearest named superclass. */
  private static String displayName(Class<?> type) {
    Class<?> c = type;
    while (c.getSimpleName().isEmpty()) {
      c = c.getSuperclass();
    }
    return c.getSimpleName();
  }

  private static final VarHandle STARTED;

  static {
    try {
      STARTED = MethodHandles.lookup().findVarHandle(Actor.class, "started", boolean.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /** The internal stop message. */
  static final Object STOP =
      new Object() {
        @Override
        public String toString() {
          return "ActorStop";
        }
      };

  /** Throws any throwable, checked or not, from code that declares none. */
  @SuppressWarnings("unchecked")
  private static <T extends Throwable> RuntimeException rethrow(Throwable t) throws T {
    throw (T) t;
  }
}
