package pykka;

/**
 * Thrown when a message is sent to an actor that is no longer running, or when a message was left
 * in an actor's inbox as it stopped.
 *
 * <p>Messages name the actor: {@code "Adder (urn:uuid:...) not found"} for a send to a dead actor,
 * {@code "Adder (urn:uuid:...) stopped before handling the message"} for a message that was still
 * queued when the actor stopped. This is Pykka's {@code ActorDeadError}.
 */
public class ActorDeadException extends PykkaException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what happened, naming the actor
   */
  public ActorDeadException(String message) {
    super(message);
  }
}
