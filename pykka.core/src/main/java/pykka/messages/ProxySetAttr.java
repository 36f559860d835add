package pykka.messages;

import java.util.List;

/**
 * Writes {@code value} to the field at the end of {@code attrPath}; the reply is {@code null}.
 *
 * @param attrPath the path of member names, never empty
 * @param value the value to write, possibly {@code null}
 */
public record ProxySetAttr(List<String> attrPath, Object value) {
  /** Checks and copies the path. */
  public ProxySetAttr {
    attrPath = Paths.check(attrPath);
  }
}
