package pykka;

/**
 * Why an actor ended: the value of {@link ActorRef#termination()} and what {@link
 * Actor#onTerminated} receives (see {@code docs/supervision.md}, rules S1 and S2).
 *
 * <p>Immutable, so safe to share between threads.
 *
 * @param actor the actor that ended
 * @param failure the throwable that ended it (thrown by {@code onStart}, by the handling of a tell,
 *     by {@code onStop}, or by {@code start()} when its thread could not start), or {@code null} if
 *     it ended because a stop was requested and nothing threw
 */
public record Termination(ActorRef<?> actor, Throwable failure) {

  /**
   * Whether the actor ended with a failure.
   *
   * @return {@code true} if {@link #failure()} is not {@code null}
   */
  public boolean failed() {
    return failure != null;
  }

  /** {@code Termination[actor=<ref>, failure=<class name>]}; never calls user code. */
  @Override
  public String toString() {
    return "Termination[actor="
        + actor
        + ", failure="
        + (failure == null ? "null" : failure.getClass().getName())
        + "]";
  }
}
