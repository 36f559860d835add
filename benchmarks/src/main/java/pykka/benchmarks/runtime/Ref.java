package pykka.benchmarks.runtime;

/**
 * A handle to a benchmark actor, the same shape on every {@link ActorRuntime}.
 *
 * <p>Thread safety: every method may be called from any thread; {@link #ask} must not be called
 * from an actor's own thread (the benchmarks ask only from plain threads).
 */
public interface Ref {

  /**
   * Sends a message, fire and forget.
   *
   * @param message the message
   */
  void tell(Object message);

  /**
   * Sends a message and waits for the reply.
   *
   * @param message the message
   * @return the reply
   */
  Object ask(Object message);

  /** Asks the actor to stop after the messages already in its inbox; returns at once. */
  void stop();

  /** Stops the actor after the messages already in its inbox and waits until it has stopped. */
  void stopAndWait();

  /**
   * The runtime's own handle (a pykka {@code ActorRef}, a Pekko {@code ActorRef}, ...).
   *
   * @return the underlying ref
   */
  Object unwrap();
}
