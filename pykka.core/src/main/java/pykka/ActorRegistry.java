package pykka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import pykka.internal.runtime.CurrentActor;

/**
 * The process-global registry of running actors. {@link Actor#start()} registers an actor and its
 * stop unregisters it; lookups, {@link #broadcast} and {@link #stopAll} work on what is registered
 * at the time.
 *
 * <p><b>Thread safety.</b> Every method may be called from any thread, actors' own included.
 * Lookups return snapshots in registration order; a ref in a snapshot may die at any moment after.
 *
 * <p><b>Memory consistency effects.</b> A {@code register} happens-before any lookup that returns
 * the ref.
 */
public final class ActorRegistry {

  /*
   * Registration order lives in a LinkedHashMap guarded by a ReentrantLock (never held while calling
   * out, and friendly to virtual threads); lookups by URN use a concurrent map and take no lock.
   */

  private static final ReentrantLock LOCK = new ReentrantLock();
  private static final Map<ActorRef<?>, Boolean> ORDERED = new LinkedHashMap<>();
  private static final Map<String, ActorRef<?>> BY_URN = new ConcurrentHashMap<>();

  private ActorRegistry() {}

  /**
   * Registers a ref; a ref already registered is left as it is. {@link Actor#start()} does this.
   *
   * @param ref the ref to register
   */
  public static void register(ActorRef<?> ref) {
    Objects.requireNonNull(ref, "ref");
    boolean added;
    LOCK.lock();
    try {
      added = ORDERED.putIfAbsent(ref, Boolean.TRUE) == null;
      if (added) {
        BY_URN.put(ref.actorUrn(), ref);
      }
    } finally {
      LOCK.unlock();
    }
    if (added) {
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
    boolean removed;
    LOCK.lock();
    try {
      removed = ORDERED.remove(ref) != null;
      if (removed) {
        BY_URN.remove(ref.actorUrn());
      }
    } finally {
      LOCK.unlock();
    }
    if (removed) {
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
    LOCK.lock();
    try {
      return new ArrayList<>(ORDERED.keySet());
    } finally {
      LOCK.unlock();
    }
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
    return Optional.ofNullable(BY_URN.get(actorUrn));
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
   * thrown. The stop of the actor that could not be waited for stays queued. After an interrupt
   * the remaining stops are sent without waiting, and the interrupt flag stays set.
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

  /** Stops each actor in turn; {@code timeout} is {@code null} to wait as long as it takes. */
  private static List<Boolean> stopEach(Duration timeout) {
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
    pykka.internal.runtime.Cell current = CurrentActor.get();
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

  private static void tellEach(List<? extends ActorRef<?>> refs, Object message) {
    for (ActorRef<?> ref : refs) {
      try {
        ref.tell(message);
      } catch (ActorDeadException e) {
        // Died since the snapshot: skip it, as documented, and go on with the rest.
      }
    }
  }
}
