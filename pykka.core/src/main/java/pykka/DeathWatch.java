package pykka;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import pykka.SystemMessage.DeathNotice;
import pykka.internal.runtime.CurrentActor;
import pykka.internal.runtime.Envelope;

/**
 * The death-watch record of one actor: its termination future and the refs of the actors watching
 * it. Made lazily, the first time someone asks for the actor's termination or watches it, so an
 * actor nobody watches has none (see {@link Actor#terminated}).
 *
 * <p><b>Thread safety.</b> {@link #add}, {@link #remove} and {@link #complete} may be called from
 * any thread; they synchronise on this object, so a watch racing the actor's death either is added
 * before the death (and notified by it) or sees it (and is notified at once): exactly one notice
 * (rule S3). Notices are queued outside the lock.
 *
 * <p><b>Memory consistency effects.</b> Everything the ended actor did happens-before the
 * completion of {@link #future} and the handling of each notice.
 */
final class DeathWatch {

  /*
   * An actor's `deathWatch` field is null, a DeathWatch, or ENDED. It changes by compare-and-set
   * only: null -> DeathWatch (the first watch or termination()), null -> ENDED (the end of an
   * actor nobody asked about: no allocation), ENDED -> DeathWatch (termination() of an ended
   * actor, already complete). An end that finds a DeathWatch completes it, and a watch adds to it
   * under its lock, so either the watch comes first and the end notifies it, or the end comes
   * first and the watch sees the termination.
   */

  private static final VarHandle DEATH_WATCH;

  /** The {@code deathWatch} of an actor that ended while nobody watched it. */
  private static final Object ENDED = new Object();

  static {
    try {
      DEATH_WATCH = MethodHandles.lookup().findVarHandle(Actor.class, "deathWatch", Object.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /** The termination future: the same one for every caller. */
  final TerminationFuture future = new TerminationFuture();

  /** The watchers, while the actor lives; {@code null} before the first and once it has ended. */
  private Set<ActorRef<?>> watchers;

  /** How the actor ended, once it has. */
  private Termination termination;

  /**
   * Adds a watcher, unless the actor has ended.
   *
   * @param watcher the watching actor's ref
   * @return the termination if the actor has already ended (the caller queues the notice), else
   *     {@code null}
   */
  synchronized Termination add(ActorRef<?> watcher) {
    if (termination != null) {
      return termination;
    }
    if (watchers == null) {
      watchers = new HashSet<>();
    }
    watchers.add(watcher);
    return null;
  }

  /**
   * Removes a watcher: after an unwatch, or when the watcher itself ends (rule S4).
   *
   * @param watcher the watching actor's ref
   */
  synchronized void remove(ActorRef<?> watcher) {
    if (watchers != null) {
      watchers.remove(watcher);
    }
  }

  /** How many watchers are held (for tests of rule S4: a dead watcher leaves nothing behind). */
  synchronized int watcherCount() {
    return watchers == null ? 0 : watchers.size();
  }

  /**
   * Records the actor's end once, queues a notice on each watcher's inbox, then completes the
   * future. Never throws.
   *
   * @param ended how the actor ended
   */
  void complete(Termination ended) {
    Set<ActorRef<?>> notified;
    synchronized (this) {
      if (termination != null) {
        return;
      }
      termination = ended;
      notified = watchers;
      watchers = null;
    }
    if (notified != null) {
      for (ActorRef<?> watcher : notified) {
        notify(watcher, ended);
      }
    }
    future.trySet(ended); // last, so that whoever waits on it finds every notice queued
  }

  /**
   * Queues a death notice on a watcher's inbox: an internal message, handled behind those already
   * there. A watcher that has died meanwhile drops it, as it drops a tell.
   *
   * @param watcher the watching actor's ref
   * @param ended how the watched actor ended
   */
  static void notify(ActorRef<?> watcher, Termination ended) {
    try {
      Actor a = watcher.actor();
      if (a.isAliveInternal()) {
        a.mailbox.enqueue(new Envelope(new DeathNotice(ended), null));
      }
    } catch (Throwable t) {
      // Out of memory, say: there is nowhere to report it, and the other watchers must still hear.
    }
  }

  /**
   * The death-watch record of an actor, made now if need be; an ended actor's is complete.
   *
   * @param actor the actor
   * @return its record
   */
  static DeathWatch of(Actor actor) {
    while (true) {
      Object current = actor.deathWatch;
      if (current instanceof DeathWatch existing) {
        return existing;
      }
      DeathWatch made = new DeathWatch();
      if (current == ENDED) {
        made.complete(new Termination(actor.actorRef(), actor.endedBy));
      }
      if (DEATH_WATCH.compareAndSet(actor, current, made)) {
        return made;
      }
    }
  }

  /** {@link Actor#watch}: on the watcher's thread. */
  static void watch(Actor watcher, ActorRef<?> other) {
    checkWatcher(watcher, other);
    if (watcher.watching == null) {
      watcher.watching = new HashSet<>();
    }
    if (!watcher.watching.add(other)) {
      return; // watching twice notifies once
    }
    Termination ended = of(other.actor()).add(watcher.actorRef());
    if (ended != null) {
      notify(watcher.actorRef(), ended);
    }
  }

  /** {@link Actor#unwatch}: on the watcher's thread. */
  static void unwatch(Actor watcher, ActorRef<?> other) {
    checkWatcher(watcher, other);
    if (watcher.watching != null && watcher.watching.remove(other)) {
      removeWatcher(other.actor(), watcher.actorRef());
    }
  }

  /**
   * Runs a death notice on the watcher's thread: once per watch, and not after an unwatch.
   *
   * @param watcher the watching actor
   * @param termination the watched actor's end
   * @throws Exception what {@code onTerminated} threw
   */
  static void deliver(Actor watcher, Termination termination) throws Exception {
    Set<ActorRef<?>> watched = watcher.watching;
    if (watched != null && watched.remove(termination.actor())) {
      watcher.onTerminated(termination);
    }
  }

  /**
   * The very last step of an actor's life (rule S1): forgets its own watches, then completes its
   * termination and notifies its watchers if anybody asked; else one compare-and-set, and nothing
   * allocated. Never throws.
   *
   * @param actor the actor that has ended
   */
  static void ended(Actor actor) {
    Set<ActorRef<?>> watched = actor.watching;
    actor.watching = null;
    if (watched != null) {
      for (ActorRef<?> other : watched) {
        removeWatcher(other.actor(), actor.actorRef());
      }
    }
    if (actor.deathWatch == null && DEATH_WATCH.compareAndSet(actor, null, ENDED)) {
      return;
    }
    ((DeathWatch) actor.deathWatch).complete(new Termination(actor.actorRef(), actor.endedBy));
  }

  /** How many watchers an actor's record holds; 0 without one. For tests of rule S4. */
  static int watchersOf(Actor actor) {
    return actor.deathWatch instanceof DeathWatch existing ? existing.watcherCount() : 0;
  }

  private static void removeWatcher(Actor watched, ActorRef<?> watcher) {
    if (watched.deathWatch instanceof DeathWatch existing) {
      existing.remove(watcher);
    }
  }

  private static void checkWatcher(Actor watcher, ActorRef<?> other) {
    Objects.requireNonNull(other, "other");
    if (CurrentActor.get() != watcher.cell()) {
      throw new IllegalStateException(
          "watch and unwatch may be called only on the watching actor's own thread");
    }
    if (other.actor() == watcher) {
      throw new IllegalArgumentException(watcher.describe() + " cannot watch itself");
    }
  }
}
