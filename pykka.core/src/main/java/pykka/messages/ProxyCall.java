package pykka.messages;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Calls the method at the end of {@code attrPath} with {@code args}. Every name before the last is
 * a traversable field leading to the object whose method is called. The overload is chosen, and a
 * varargs method called, exactly as by {@link pykka.ActorProxy#call}: by the arguments' runtime
 * classes, in Java's three phases; an array passes as the varargs array, loose arguments are
 * collected into one.
 *
 * @param attrPath the path of member names, never empty
 * @param args the arguments, in order ({@code null} elements allowed)
 */
public record ProxyCall(List<String> attrPath, List<Object> args) {
  /** Checks and copies the path; the argument list is copied and may hold {@code null}s. */
  public ProxyCall {
    attrPath = Paths.check(attrPath);
    Objects.requireNonNull(args, "args");
    args = Collections.unmodifiableList(new ArrayList<>(args));
  }
}
