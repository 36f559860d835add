package pykka;

/**
 * The base of every exception pykka throws for its own reasons.
 *
 * <p>Unchecked, like every pykka exception: a failed {@link ActorRef#ask ask} rethrows whatever the
 * actor threw, and pykka's own failures ({@link ActorDeadException}, {@link TimeoutException}, ...)
 * travel the same way.
 */
public class PykkaException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message.
   *
   * @param message what went wrong, naming the culprit
   */
  public PykkaException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and a cause.
   *
   * @param message what went wrong, naming the culprit
   * @param cause the underlying failure
   */
  public PykkaException(String message, Throwable cause) {
    super(message, cause);
  }
}
