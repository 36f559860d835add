package pykka;

/**
 * Thrown by a {@link Future#get get} in an actor's thread (or a {@code get} or {@code join} of the
 * completable future of a reply, see {@link DeadlockDetection}) when waiting would close a cycle of
 * actors waiting for each other's replies: an actor asking itself and waiting, or A waiting for B
 * while B waits for A, and so on. The message names every actor of the cycle, in order, with its
 * URN. Whether cycles are detected, only logged, or ignored is set by {@link DeadlockDetection}.
 *
 * <p>Pykka leaves such actors hanging forever; pykka for Java reports the cycle instead.
 */
public class DeadlockException extends PykkaException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the cycle, naming each actor with its URN
   */
  public DeadlockException(String message) {
    super(message);
  }
}
