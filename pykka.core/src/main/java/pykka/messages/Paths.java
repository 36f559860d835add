package pykka.messages;

import java.util.List;
import java.util.Objects;

/** Validation shared by the message records. */
final class Paths {
  private Paths() {}

  static List<String> check(List<String> attrPath) {
    Objects.requireNonNull(attrPath, "attrPath");
    if (attrPath.isEmpty()) {
      throw new IllegalArgumentException("attrPath must name at least one member");
    }
    for (String name : attrPath) {
      Objects.requireNonNull(name, "attrPath holds a null name");
    }
    return List.copyOf(attrPath);
  }
}
