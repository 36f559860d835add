package pykka.typing.internal;

/**
 * Thrown inside an analysis when a type the class mentions is not resolved yet: the analysis stops
 * and waits for the next round, where the type may have been generated.
 */
final class UnresolvedType extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The source text of the type, as the compiler shows it. */
  final String type;

  /**
   * A stop for a type not resolved yet.
   *
   * @param type the type's source text
   */
  UnresolvedType(String type) {
    super(type, null, false, false);
    this.type = type;
  }
}
