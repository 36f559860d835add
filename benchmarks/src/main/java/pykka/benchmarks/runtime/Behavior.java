package pykka.benchmarks.runtime;

/**
 * What a benchmark actor does, written once and run unchanged on every {@link ActorRuntime}. Each
 * actor gets its own instance, whose fields are its state: they are touched only by the actor's
 * thread, one message at a time.
 */
public interface Behavior {

  /**
   * Runs in the actor's thread before its first message.
   *
   * @param self the actor's own ref
   */
  default void started(Ref self) {}

  /**
   * Handles one message in the actor's thread.
   *
   * @param message the message
   * @param self the actor's own ref
   * @return the reply if the message came through {@link Ref#ask}; ignored for a tell
   * @throws Exception a failure (benchmarks do not expect any)
   */
  Object receive(Object message, Ref self) throws Exception;

  /** Runs in the actor's thread once it has stopped. */
  default void stopped() {}
}
