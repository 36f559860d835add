package pykka;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A supervisor of child actors, in the style of Erlang/OTP: it starts its children in order,
 * watches them, and restarts a child that ends according to the child's {@link Restart} type and
 * the supervisor's {@link Strategy}, until more than a given number of restarts happen within a
 * given time; then it gives up, stopping every child and then itself. Its children are reached
 * through {@link Supervised} handles, which stay valid across restarts. See {@code
 * docs/supervision.md} (rules S6 to S13).
 *
 * {@snippet :
 * Supervisor supervisor =
 *     Supervisor.builder()
 *         .strategy(Supervisor.Strategy.ONE_FOR_ONE)
 *         .maxRestarts(3, Duration.ofSeconds(5))
 *         .child("worker", Worker::new)
 *         .start();
 * Supervised<Worker> worker = supervisor.child("worker", Worker.class);
 * worker.tell("job"); // reaches the current incarnation, across restarts
 * supervisor.stop();
 * }
 *
 * <p>The supervisor runs as an actor of its own ({@link #ref()}), a {@link VirtualThreadActor}: it
 * is idle nearly all its life, and an idle virtual-thread actor holds no thread. Restarts happen on
 * its thread, one failure at a time.
 *
 * <p><b>Thread safety.</b> Every method may be called from any thread.
 */
public final class Supervisor {

  /** Which children a failure restarts. */
  public enum Strategy {
    /** Only the child that ended. */
    ONE_FOR_ONE,
    /** Every child: the others are stopped in reverse start order, then all start in order. */
    ONE_FOR_ALL,
    /** The child that ended and those listed after it, likewise. */
    REST_FOR_ONE
  }

  /** When a child that ended is restarted (rule S7). */
  public enum Restart {
    /** Always. */
    PERMANENT,
    /** Only if it ended with a failure. */
    TRANSIENT,
    /** Never. */
    TEMPORARY
  }

  /**
   * Builds and starts a supervisor. Not thread-safe: build on one thread.
   *
   * <p>Defaults: {@link Strategy#ONE_FOR_ONE}, and at most 3 restarts within 5 seconds.
   */
  public interface Builder {
    /**
     * Sets the strategy.
     *
     * @param strategy which children a failure restarts; {@code ONE_FOR_ONE} by default
     * @return this builder
     */
    Builder strategy(Strategy strategy);

    /**
     * Sets the restart intensity: more than {@code restarts} restarts within {@code within} make
     * the supervisor give up (rule S9).
     *
     * @param restarts how many restarts are allowed, at least 0
     * @param within the period, positive
     * @return this builder
     * @throws IllegalArgumentException if {@code restarts} is negative or {@code within} is not
     *     positive
     */
    Builder maxRestarts(int restarts, Duration within);

    /**
     * Waits before each restart: {@code initial} for the first after a quiet period, then twice as
     * long each time, at most {@code max}; a period of twice {@code max} without a restart is
     * quiet. Meanwhile the supervisor's thread is free, and the handles of the children waiting
     * hold what is sent to them (rule S10). A restart still counts toward the intensity when the
     * child ends, not when it starts again. No backoff by default: restarts happen at once.
     *
     * @param initial the first delay, positive
     * @param max the longest delay, at least {@code initial}
     * @return this builder
     * @throws IllegalArgumentException if {@code initial} is not positive or exceeds {@code max}
     */
    Builder backoff(Duration initial, Duration max);

    /**
     * Adds a {@link Restart#PERMANENT} child, started after those added before it.
     *
     * @param id the child's id, unique in this supervisor
     * @param factory makes a new, unstarted actor for each incarnation
     * @return this builder
     * @throws IllegalArgumentException if {@code id} is already used
     */
    Builder child(String id, Supplier<? extends Actor> factory);

    /**
     * Adds a child, started after those added before it.
     *
     * @param id the child's id, unique in this supervisor
     * @param factory makes a new, unstarted actor for each incarnation
     * @param restart when it is restarted
     * @return this builder
     * @throws IllegalArgumentException if {@code id} is already used
     */
    Builder child(String id, Supplier<? extends Actor> factory, Restart restart);

    /**
     * Adds a nested supervisor as a {@link Restart#PERMANENT} child: each incarnation is a new
     * supervisor built by {@code nested} and started (with its own children) when this one starts
     * or restarts it. A nested supervisor that gives up ends with a failure, so it counts as a
     * failed child of this one (rule S12). Its handle's {@link Supervised#ref()} is the nested
     * supervisor's own actor.
     *
     * @param id the child's id, unique in this supervisor
     * @param nested makes the builder of each incarnation (a new builder each time)
     * @return this builder
     * @throws IllegalArgumentException if {@code id} is already used
     */
    Builder supervisor(String id, Supplier<Builder> nested);

    /**
     * Starts the supervisor and its children, in order; returns once all have started (rule S6).
     *
     * @return the running supervisor
     * @throws PykkaException if a child failed to start (its factory or its {@code onStart} threw,
     *     the exception is the cause); the children already started were stopped in reverse order,
     *     and the supervisor's actor has stopped; or if the calling thread is interrupted while it
     *     waits (the interrupt flag stays set), in which case the supervisor stops itself and its
     *     children once they have started, as no caller holds it to stop it
     * @throws IllegalStateException if the builder has no child, or was started already
     */
    Supervisor start();
  }

  private final SupervisorActor actor;
  private final Map<String, Supervised<Actor>> handles;

  Supervisor(SupervisorActor actor, Map<String, Supervised<Actor>> handles) {
    this.actor = actor;
    this.handles = handles;
  }

  /**
   * A new builder.
   *
   * @return a builder with the defaults
   */
  public static Builder builder() {
    return new SupervisorBuilder();
  }

  /**
   * The handle of a child.
   *
   * @param <A> the child's actor class
   * @param id the child's id
   * @param type a class the child's actor is an instance of
   * @return the child's handle, the same one for every call
   * @throws IllegalArgumentException if no child has that id, or its actor is not a {@code type}
   * @throws NullPointerException if {@code id} or {@code type} is {@code null}
   */
  @SuppressWarnings("unchecked")
  public <A extends Actor> Supervised<A> child(String id, Class<A> type) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Supervised<Actor> handle = handles.get(id);
    if (handle == null) {
      throw new IllegalArgumentException("No child with id '" + id + "' in " + ref());
    }
    Class<?> actual = actor.childClass(id);
    if (actual != null && !type.isAssignableFrom(actual)) {
      throw new IllegalArgumentException(
          "Child '"
              + id
              + "' of "
              + ref()
              + " is a "
              + actual.getName()
              + ", not a "
              + type.getName());
    }
    return (Supervised<A>) handle;
  }

  /**
   * The handles of every child, in start order.
   *
   * @return the handles
   */
  public List<Supervised<?>> children() {
    return List.copyOf(handles.values());
  }

  /**
   * The supervisor's own actor. Its {@link ActorRef#termination()} tells why the supervisor ended:
   * with a failure if it gave up.
   *
   * @return the supervisor's ref
   */
  public ActorRef<?> ref() {
    return actor.actorRef();
  }

  /**
   * Stops the children in reverse start order, each one's {@code onStop} having run before the next
   * is stopped, and then the supervisor itself; no child is restarted meanwhile (rule S11).
   *
   * @return what {@code ref().stop()} returns: {@code true} if the supervisor was running
   */
  public boolean stop() {
    actor.stopping = true;
    return ref().stop();
  }

  @Override
  public String toString() {
    return "Supervisor[" + ref() + "]";
  }
}
