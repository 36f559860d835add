package pykka.typing.internal;

import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * Everything needed to write one generated proxy interface, already as source text.
 *
 * @param source the annotated class the interface is generated from
 * @param packageName the package of both, empty for the unnamed package
 * @param simpleName the interface's simple name
 * @param typeParameters the interface's type parameters (those of the annotated class), each as
 *     source text with its bounds, e.g. {@code T extends java.lang.Comparable<T>}
 * @param typeParameterNames the names of those type parameters, for the Javadoc
 * @param actor whether the annotated class is an actor (the interface then extends {@code
 *     ActorMemberMixin})
 * @param members the interface's methods, in order
 */
record ProxySpec(
    TypeElement source,
    String packageName,
    String simpleName,
    List<String> typeParameters,
    List<String> typeParameterNames,
    boolean actor,
    List<Member> members) {

  /** The interface's qualified name. */
  String qualifiedName() {
    return packageName.isEmpty() ? simpleName : packageName + "." + simpleName;
  }

  /** What an interface method does on the actor. */
  enum Kind {
    /** Calls a method of the actor. */
    CALL,
    /** Reads a field of the actor. */
    READ,
    /** Returns a nested typed proxy for a traversable field. */
    TRAVERSE
  }

  /**
   * One method of the generated interface.
   *
   * @param kind what it does
   * @param name its name, that of the actor's method or field
   * @param returnType its return type as source text
   * @param parameters its parameters
   * @param varargs whether the last parameter is a variable-arity one
   * @param link the Javadoc reference to the actor's member, e.g. {@code p.A#area(double)}
   */
  record Member(
      Kind kind,
      String name,
      String returnType,
      List<Parameter> parameters,
      boolean varargs,
      String link) {}

  /**
   * A parameter of a generated method.
   *
   * @param type its type as source text ({@code T[]} for a variable-arity one)
   * @param name its name, that of the actor method's parameter
   */
  record Parameter(String type, String name) {}
}
