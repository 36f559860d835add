package pykka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import pykka.internal.runtime.Cell;
import pykka.internal.runtime.CurrentActor;
import pykka.internal.runtime.LiveActors;

/**
 * The process-global registry of running actors. {@link Actor#start()} registers an actor and its
 * stop unregisters it; lookups, {@link #broadcast} and {@link #stopAll} work on what is registered
 * at the time.
 *
 * <p><b>Thread safety.</b> Every method may be called from any thread, actors' own included, and
 * none takes a lock. Lookups return snapshots in registration order; a ref in a snapshot may die at
 * any moment after.
 *
 * <p><b>Memory consistency effects.</b> A {@code register} happens-before any lookup that returns
 * the ref.
 */
public final class ActorRegistry {

  /*
   * Built on the table of live actors (LiveActors): each live actor is there once, by number, and
   * its cell holds its registration number, which orders getAll(). There is no second map and no
   * lock.
   */

  private ActorRegistry() {}

  /**
   * Registers the ref of a running actor that is not registered, after the others; a ref already
   * registered is left as it is. {@link Actor#start()} registers every actor. A ref whose actor has
   * not been started, or is dead, is not registered: a dead actor is never found registered (rule
   * 43).
   *
   * @param ref the ref to register
   */
  public static void register(ActorRef<?> ref) {
    Objects.requireNonNull(ref, "ref");
    if (LiveActors.register(ref.actor().cell())) {
      ActorLog.debug("Registered {}", ref);
    }
  }

  /**
   * Unregisters a ref. An actor's stop does this.
   *
   * @param ref the ref to remove
   */
  public static void unregister(ActorRef<?> ref) {
    Objects.requireNonNull(ref, "ref");
    logUnregistered(ref, LiveActors.unregister(ref.actor().cell()));
  }

  /** Registers a starting actor and adds it to the live actors (rule 1): {@code start()} only. */
  static void registerStarting(ActorRef<?> ref) {
    LiveActors.start(ref.actor().cell());
    ActorLog.debug("Registered {}", ref);
  }

  /** Unregisters a dying actor for good, so that no racing {@code register} brings it back. */
  static void unregisterDying(ActorRef<?> ref) {
    logUnregistered(ref, LiveActors.unregisterForGood(ref.actor().cell()));
  }

  private static void logUnregistered(ActorRef<?> ref, boolean wasRegistered) {
    if (wasRegistered) {
      ActorLog.debug("Unregistered {}", ref);
    } else {
      ActorLog.debug("Unregistered {} (not found in registry)", ref);
    }
  }

  /**
   * Every registered ref, in registration order.
   *
   * @return a snapshot
   */
  public static List<ActorRef<?>> getAll() {
    return LiveActors.registered();
  }

  /**
   * The refs whose actor is of {@code actorClass} or a subclass, in registration order.
   *
   * @param <A> the actor class
   * @param actorClass the class to look for
   * @return a snapshot
   */
  @SuppressWarnings("unchecked")
  public static <A extends Actor> List<ActorRef<A>> getByClass(Class<A> actorClass) {
    Objects.requireNonNull(actorClass, "actorClass");
    List<ActorRef<A>> result = new ArrayList<>();
    for (ActorRef<?> ref : getAll()) {
      if (actorClass.isAssignableFrom(ref.actorClass())) {
        result.add((ActorRef<A>) ref);
      }
    }
    return result;
  }

  /**
   * The refs whose actor's class has exactly this simple name (subclasses are not included), in
   * registration order.
   *
   * @param actorClassName a simple class name, such as {@code "Adder"}
   * @return a snapshot
   */
  public static List<ActorRef<?>> getByClassName(String actorClassName) {
    Objects.requireNonNull(actorClassName, "actorClassName");
    List<ActorRef<?>> result = new ArrayList<>();
    for (ActorRef<?> ref : getAll()) {
      if (ref.actorClass().getSimpleName().equals(actorClassName)) {
        result.add(ref);
      }
    }
    return result;
  }

  /**
   * The ref with this URN, if registered.
   *
   * @param actorUrn the URN
   * @return the ref, or empty
   */
  public static Optional<ActorRef<?>> getByUrn(String actorUrn) {
    Objects.requireNonNull(actorUrn, "actorUrn");
    Cell cell = LiveActors.get(actorUrn);
    return cell != null && LiveActors.isRegistered(cell)
        ? Optional.of(cell.ref())
        : Optional.empty();
  }

  /**
   * Tells {@code message} to every registered actor, in registration order. An actor that died
   * meanwhile is skipped; the rest still get the message.
   *
   * @param message the message
   */
  public static void broadcast(Object message) {
    tellEach(getAll(), message);
  }

  /**
   * Tells {@code message} to every registered actor of {@code actorClass} or a subclass.
   *
   * @param message the message
   * @param actorClass which actors
   */
  public static void broadcast(Object message, Class<? extends Actor> actorClass) {
    tellEach(getByClass(actorClass), message);
  }

  /**
   * Tells {@code message} to every registered actor whose class has this simple name.
   *
   * @param message the message
   * @param actorClassName which actors
   */
  public static void broadcast(Object message, String actorClassName) {
    tellEach(getByClassName(actorClassName), message);
  }

  /**
   * Stops every registered actor, last registered first, each after the previous has stopped.
   * Called from inside an actor, that actor's own stop is enqueued without waiting for it.
   *
   * <p>When waiting for one stop fails (a {@link DeadlockException}, because that actor is blocked
   * waiting for the calling actor; a {@link PykkaException} because the calling thread was
   * interrupted), the remaining actors are still stopped, and then the first such exception is
   * thrown. The stop of the actor that could not be waited for stays queued. After an interrupt the
   * remaining stops are sent without waiting, and the interrupt flag stays set.
   *
   * @return for each actor, in stop order, whether it was alive
   * @throws RuntimeException the first exception from waiting for a stop, once every stop is sent
   */
  public static List<Boolean> stopAll() {
    return stopEach(null);
  }

  /**
   * Stops every registered actor, last registered first, waiting at most {@code timeout} for each.
   * When waiting for one stop fails ({@link TimeoutException}, or as {@link #stopAll()} says), the
   * remaining actors are still stopped, and then the first exception is thrown.
   *
   * @param timeout how long to wait for each actor
   * @return for each actor, in stop order, whether it was alive
   * @throws TimeoutException if a stop took longer than {@code timeout} and was the first to fail
   * @throws RuntimeException the first exception from waiting for a stop, once every stop is sent
   */
  public static List<Boolean> stopAll(Duration timeout) {
    Timeouts.check(timeout);
    return stopEach(timeout);
  }

  /** How many stopAll calls have begun; see {@link #stopAllsBegun}. */
  private static final AtomicLong STOP_ALLS = new AtomicLong();

  /**
   * How many {@code stopAll} calls have begun: a supervisor does not restart a child that a stopAll
   * stopped, which would outlive it.
   */
  static long stopAllsBegun() {
    return STOP_ALLS.get();
  }

  /** Stops each actor in turn; {@code timeout} is {@code null} to wait as long as it takes. */
  private static List<Boolean> stopEach(Duration timeout) {
    STOP_ALLS.incrementAndGet();
    List<Boolean> results = new ArrayList<>();
    RuntimeException first = null;
    for (ActorRef<?> ref : reversed()) {
      if (isCurrent(ref)) {
        results.add(stopOwn(ref));
        continue;
      }
      try {
        results.add(timeout == null ? ref.stop() : ref.stop(timeout));
      } catch (RuntimeException e) {
        // Go on with the rest (rule 29): an actor left running is worse than a late exception.
        if (first == null) {
          first = e;
        }
      }
    }
    if (first != null) {
      throw first;
    }
    return results;
  }

  /**
   * Enqueues a stop for every registered actor at once, last registered first.
   *
   * @return the future result of each stop, in that order
   */
  public static List<Future<Boolean>> stopAllAsync() {
    List<Future<Boolean>> results = new ArrayList<>();
    for (ActorRef<?> ref : reversed()) {
      results.add(ref.stopAsync());
    }
    return results;
  }

  private static List<ActorRef<?>> reversed() {
    List<ActorRef<?>> refs = getAll();
    Collections.reverse(refs);
    return refs;
  }

  private static boolean isCurrent(ActorRef<?> ref) {
    Cell current = CurrentActor.get();
    return current != null && current == ref.actor().cell();
  }

  private static boolean stopOwn(ActorRef<?> ref) {
    try {
      ref.enqueueStop(null);
      return true;
    } catch (ActorDeadException e) {
      return false;
    }
  }

  /**
   * Tells {@code message} to each ref in turn, skipping those that died since they were looked up
   * (rule 28). Package-private for the test of that race.
   */
  static void tellEach(List<? extends ActorRef<?>> refs, Object message) {
    for (ActorRef<?> ref : refs) {
      try {
        ref.tell(message);
      } catch (ActorDeadException e) {
        // Died since the snapshot: skip it, as documented, and go on with the rest.
      }
    }
  }
}
