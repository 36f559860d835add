package pykka.internal.proxy;

import java.lang.reflect.Method;
import java.util.List;
import java.util.StringJoiner;
import pykka.Actor;
import pykka.NoSuchMemberException;

/**
 * Every error message of the proxies, written once: untyped proxies, typed proxies and hand-built
 * messages all build their exceptions here. Messages name the actor by its ref ({@code "Adder
 * (urn:uuid:...)"}) and the member in single quotes, dotted from the proxy's root.
 */
final class ProxyErrors {
  private ProxyErrors() {}

  /**
   * How messages name the actor: its ref, never its own {@code toString}.
   *
   * @param actor the actor, or an object that is not one
   * @return the actor's ref, or the object itself
   */
  static Object owner(Object actor) {
    return actor instanceof Actor a ? a.actorRef() : actor;
  }

  static NoSuchMemberException noMember(Object owner, String dotted, boolean nonPublic) {
    return new NoSuchMemberException(
        owner
            + " has no member '"
            + dotted
            + "'"
            + (nonPublic ? " (it is not public; proxies expose public members only)" : ""));
  }

  static NoSuchMemberException fieldNotMethod(Object owner, String dotted) {
    return new NoSuchMemberException(
        owner + " member '" + dotted + "' is a field, not a method; use field()");
  }

  static NoSuchMemberException methodNotField(Object owner, String dotted) {
    return new NoSuchMemberException(
        owner + " member '" + dotted + "' is a method, not a field; use call()");
  }

  static NoSuchMemberException notTraversable(Object owner, String dotted) {
    return new NoSuchMemberException(
        owner
            + " member '"
            + dotted
            + "' is not traversable; annotate the field or its class with @Traversable");
  }

  static NoSuchMemberException traversableNull(Object owner, String dotted) {
    return new NoSuchMemberException(owner + " traversable member '" + dotted + "' is null");
  }

  /** A traversable field found {@code null} while a message follows its path. */
  static NullPointerException nullOnTheWay(Object actor, String dotted) {
    return new NullPointerException(owner(actor) + " traversable member '" + dotted + "' is null");
  }

  static String finalField(String dotted) {
    return "field '" + dotted + "' is final and cannot be written";
  }

  static String wrongFieldType(String dotted, Class<?> type, String what) {
    return "field '" + dotted + "' is of type " + type.getTypeName() + " and cannot take " + what;
  }

  static IllegalArgumentException badWrite(Object owner, String problem) {
    return new IllegalArgumentException(owner + " " + problem);
  }

  static NoSuchMemberException noOverload(
      Object owner, String dotted, List<MethodInvoker> candidates, String arguments) {
    return new NoSuchMemberException(
        owner
            + " has no method '"
            + dotted
            + "' that takes "
            + arguments
            + "; it has "
            + (candidates.size() == 1 ? candidates.get(0) : candidates));
  }

  static NoSuchMemberException ambiguous(
      Object owner, String dotted, List<MethodInvoker> contenders, String arguments) {
    return new NoSuchMemberException(
        "Call of method '"
            + dotted
            + "' on "
            + owner
            + " with "
            + arguments
            + " is ambiguous between "
            + contenders);
  }

  /** {@code (Integer, String)}, {@code (null)} or {@code no arguments}. */
  static String describe(Object[] values) {
    if (values.length == 0) {
      return "no arguments";
    }
    StringJoiner joiner = new StringJoiner(", ", "(", ")");
    for (Object value : values) {
      joiner.add(value == null ? "null" : value.getClass().getSimpleName());
    }
    return joiner.toString();
  }

  static IllegalStateException cannotAccess(Class<?> type, Throwable cause) {
    Module module = type.getModule();
    String hint =
        module.isNamed()
            ? " Add 'opens "
                + type.getPackageName()
                + " to pykka.core;' to the module-info of "
                + module.getName()
                + "."
            : "";
    return new IllegalStateException(
        "pykka cannot access the public members of " + type.getName() + "." + hint, cause);
  }

  // ---- typed proxies ----

  /** A typed-proxy method returning a primitive got {@code null} from the actor. */
  static NullPointerException nullForPrimitive(Method method, Object owner, String dotted) {
    Class<?> type = method.getReturnType();
    return new NullPointerException(
        method.getDeclaringClass().getName()
            + "."
            + method.getName()
            + parameters(method)
            + " returns "
            + type.getName()
            + ", but "
            + owner
            + " returned null from '"
            + dotted
            + "'; declare it to return "
            + Types.box(type).getSimpleName());
  }

  static IllegalArgumentException notAnInterface(Class<?> api) {
    return new IllegalArgumentException(
        "A typed proxy needs an interface, but " + api.getName() + " is not one");
  }

  static IllegalArgumentException mismatch(Class<?> api, Class<?> target, List<String> problems) {
    return new IllegalArgumentException(
        "Typed proxy interface "
            + api.getName()
            + " does not match "
            + target.getName()
            + "; these methods map to nothing:\n  - "
            + String.join("\n  - ", problems));
  }

  static IllegalArgumentException nestedProblem(
      Class<?> api, Method method, NoSuchMemberException problem) {
    return new IllegalArgumentException(
        "Typed proxy interface "
            + api.getName()
            + " method "
            + method.getName()
            + "() returns a nested proxy, but "
            + problem.getMessage(),
        problem);
  }

  static NoSuchMemberException noBinding(Class<?> api, Method method) {
    return new NoSuchMemberException(
        "Typed proxy " + api.getName() + " has no binding for " + method);
  }

  /**
   * One line of {@link #mismatch}: the interface method, as the interface sees it (its type
   * arguments given), and why.
   */
  static String problem(Method method, String returned, Class<?>[] parameters, String why) {
    StringJoiner joiner = new StringJoiner(", ", "(", ")");
    for (Class<?> type : parameters) {
      joiner.add(type.getSimpleName());
    }
    return shortNames(returned) + " " + method.getName() + joiner + ": " + why;
  }

  static String ambiguousOverloads(List<MethodInvoker> contenders) {
    return "it matches several overloads ambiguously: " + contenders;
  }

  static String noMatchingOverload(String name, List<MethodInvoker> candidates) {
    return "no overload of the actor's method '"
        + name
        + "' takes these parameters; it has "
        + candidates;
  }

  /** Why a result cannot be returned as {@code expected}, a type as the interface writes it. */
  static String wrongResult(String what, Class<?> actual, String expected, boolean future) {
    return what
        + " "
        + actual.getTypeName()
        + (future
            ? ", which Future<" + shortNames(expected) + "> cannot hold"
            : ", not " + expected);
  }

  static String fieldReadReturnsVoid() {
    return "a field read cannot return void";
  }

  static String fieldAccessShape(String name) {
    return "field '"
        + name
        + "' is read by a method with no parameters and written by one with one parameter"
        + " returning void or Future<Void>";
  }

  static String noSuchMember(String name) {
    return "the actor has no public method or field '" + name + "'";
  }

  private static String parameters(Method method) {
    StringJoiner joiner = new StringJoiner(", ", "(", ")");
    for (Class<?> type : method.getParameterTypes()) {
      joiner.add(type.getSimpleName());
    }
    return joiner.toString();
  }

  private static String shortNames(String typeName) {
    return typeName.replaceAll("[a-z0-9_$]+\\.", "");
  }
}
