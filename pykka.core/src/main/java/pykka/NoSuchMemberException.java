package pykka;

/**
 * Thrown when a proxy is asked for a member the actor does not expose: an unknown name, a member
 * that is not public, a call that matches no overload or more than one, or a traversal of a field
 * that is not traversable. The message names the member in single quotes, for example {@code "Adder
 * (urn:uuid:...) has no member 'foo'"}. This is Pykka's {@code AttributeError}.
 */
public class NoSuchMemberException extends PykkaException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what was missing, the member's name in single quotes
   */
  public NoSuchMemberException(String message) {
    super(message);
  }
}
