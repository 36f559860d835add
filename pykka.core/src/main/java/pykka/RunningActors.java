package pykka;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import pykka.internal.runtime.Cell;
import pykka.internal.runtime.LiveActors;

/**
 * A read-only view of the running actors, for tools such as thread dumps and monitoring: every
 * actor from its {@link Actor#start() start()} until its thread has finished with it, whether it is
 * registered in {@link ActorRegistry} or not (an actor unregistered by hand, or one that is running
 * {@code onStop}, is included). Each is a {@link RunningActor}, which tells its state, its thread,
 * the size of its inbox and the actor it waits for:
 *
 * {@snippet class=pykka.JavadocSnippetsTest region=running-actors}
 *
 * <p><b>Cost.</b> Nothing here slows the actors down: they record their state with plain writes,
 * and this view only reads. {@link #forEach} allocates nothing per actor; the {@link RunningActor}
 * objects are pykka's own records of the actors, not copies.
 *
 * <p><b>Thread safety.</b> Every method may be called from any thread, actors' own included, and
 * none blocks an actor. The enumeration is weakly consistent: it lists each actor at most once, and
 * an actor started or ended meanwhile may or may not be in it. Every answer of a {@link
 * RunningActor} is a snapshot that may be stale at once.
 */
public final class RunningActors {

  private RunningActors() {}

  /**
   * Calls {@code action} with each running actor, in no particular order, on the calling thread.
   * Allocates nothing per actor.
   *
   * @param action what to call; it should not block
   */
  public static void forEach(Consumer<? super RunningActor> action) {
    Objects.requireNonNull(action, "action");
    LiveActors.forEach(action);
  }

  /**
   * The running actors, in no particular order.
   *
   * @return a new list
   */
  public static List<RunningActor> list() {
    List<RunningActor> actors = new ArrayList<>();
    LiveActors.forEach(actors::add);
    return actors;
  }

  /**
   * The running actor behind {@code ref}.
   *
   * @param ref an actor's ref
   * @return the actor, or empty if it has not been started or its thread has finished with it
   */
  public static Optional<RunningActor> find(ActorRef<?> ref) {
    Objects.requireNonNull(ref, "ref");
    Cell cell = LiveActors.get(ref.actorUrn());
    return cell != null && cell.ref() == ref ? Optional.of(cell) : Optional.empty();
  }
}
