package pykka.internal.runtime;

import java.util.Objects;
import java.util.function.Function;
import pykka.ActorRef;

/**
 * Access from pykka's other modules (the debug module) to the {@link Cell} of an actor, which the
 * public API does not expose. {@code pykka.core} exports this package to {@code pykka.debug} only.
 */
public final class Cells {
  private static volatile Function<ActorRef<?>, Cell> access;

  private Cells() {}

  /**
   * The runtime cell of the actor behind {@code ref}.
   *
   * @param ref an actor's ref
   * @return its cell
   */
  public static Cell of(ActorRef<?> ref) {
    Objects.requireNonNull(ref, "ref");
    Function<ActorRef<?>, Cell> a = access;
    if (a == null) {
      ref.isAlive(); // initialises ActorRef, which installs the access
      a = access;
    }
    return a.apply(ref);
  }

  /**
   * Installed once by {@code ActorRef}'s static initialiser.
   *
   * @param function maps a ref to its actor's cell
   */
  public static void install(Function<ActorRef<?>, Cell> function) {
    if (access != null) {
      throw new IllegalStateException("already installed");
    }
    access = function;
  }
}
