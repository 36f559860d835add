package pykka.messages;

import java.util.List;

/**
 * Reads the field at the end of {@code attrPath}; the reply is its value.
 *
 * @param attrPath the path of member names, never empty
 */
public record ProxyGetAttr(List<String> attrPath) {
  /** Checks and copies the path. */
  public ProxyGetAttr {
    attrPath = Paths.check(attrPath);
  }
}
