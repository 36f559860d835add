package pykka.typing.internal;

import java.util.List;

/** What analysing an annotated class gives: a proxy to write, a wait, or errors. */
sealed interface Outcome {

  /**
   * The class can be proxied.
   *
   * @param spec the interface to write
   */
  record Ready(ProxySpec spec) implements Outcome {}

  /**
   * A type the class mentions does not exist yet (it may be generated in a later round, by this or
   * another processor): try again in the next round.
   *
   * @param unresolvedType the source text of the first such type
   */
  record Deferred(String unresolvedType) implements Outcome {}

  /**
   * The class cannot be proxied.
   *
   * @param problems why, one compile error each; never empty
   */
  record Failed(List<Problem> problems) implements Outcome {}
}
