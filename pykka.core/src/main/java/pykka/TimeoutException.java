package pykka;

/**
 * Thrown when a {@link Future#get(java.time.Duration) get} with a timeout, a blocking {@link
 * ActorRef#ask(Object, java.time.Duration) ask} or a {@link ActorRef#stop(java.time.Duration) stop}
 * runs out of time. The message gives the timeout in seconds, for example {@code "0.25 seconds"}.
 *
 * <p>This is Pykka's {@code Timeout}. It is unchecked, unlike {@link
 * java.util.concurrent.TimeoutException}.
 */
public class TimeoutException extends PykkaException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the timeout that ran out, for example {@code "0.25 seconds"}
   */
  public TimeoutException(String message) {
    super(message);
  }
}
