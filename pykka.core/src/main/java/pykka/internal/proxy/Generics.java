package pykka.internal.proxy;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.HashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The types of a class's members as Java code using that class sees them: a type variable of a
 * superclass or superinterface stands for the type argument the class gives it ({@code put(T)} of
 * {@code Base<T>} is {@code put(String)} in {@code Sub extends Base<String>}); a type variable the
 * class leaves open (its own, a generic method's, or one of a raw supertype) stands for its bound.
 * Member types are erased to classes, as overload resolution and the typed-proxy checks compare
 * them.
 *
 * <p>Thread safety: immutable once made.
 */
final class Generics {
  private final Map<TypeVariable<?>, Type> arguments;

  private Generics(Map<TypeVariable<?>, Type> arguments) {
    this.arguments = arguments;
  }

  /**
   * The type arguments {@code type} gives to the type variables of its supertypes.
   *
   * @param type a class or interface
   * @return its view of its members' types
   */
  static Generics of(Class<?> type) {
    Map<TypeVariable<?>, Type> arguments = new HashMap<>();
    try {
      collect(type, arguments);
    } catch (RuntimeException | LinkageError malformedSignature) {
      // A generic signature naming a missing class: what was found so far, erasures for the rest.
    }
    return new Generics(arguments);
  }

  private static void collect(Type type, Map<TypeVariable<?>, Type> arguments) {
    Class<?> raw;
    if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
      TypeVariable<?>[] variables = c.getTypeParameters();
      Type[] actual = p.getActualTypeArguments();
      for (int i = 0; i < variables.length && i < actual.length; i++) {
        arguments.putIfAbsent(variables[i], actual[i]);
      }
      raw = c;
    } else if (type instanceof Class<?> c) {
      raw = c;
    } else {
      return;
    }
    if (raw.getGenericSuperclass() != null) {
      collect(raw.getGenericSuperclass(), arguments);
    }
    for (Type superinterface : raw.getGenericInterfaces()) {
      collect(superinterface, arguments);
    }
  }

  /**
   * The class a member type stands for here.
   *
   * @param type a parameter, return or field type, as declared
   * @return its erasure, type variables replaced as this class sees them
   */
  Class<?> erase(Type type) {
    for (int depth = 0; depth < 64; depth++) {
      switch (type) {
        case Class<?> c -> {
          return c;
        }
        case ParameterizedType p -> {
          return erase(p.getRawType());
        }
        case GenericArrayType a -> {
          return erase(a.getGenericComponentType()).arrayType();
        }
        case WildcardType w -> type = w.getUpperBounds()[0];
        case TypeVariable<?> v -> {
          Type argument = arguments.get(v);
          type = argument != null ? argument : v.getBounds()[0];
        }
        default -> {
          return Object.class;
        }
      }
    }
    return Object.class;
  }

  /**
   * A member type as this class sees it, written as source reads: {@code Future<T>} of {@code
   * Getter<T>} is {@code pykka.Future<java.lang.Integer>} in {@code IntGetter extends
   * Getter<Integer>}; a type variable left open keeps its name.
   *
   * @param type a member type, as declared
   * @return its name here
   */
  String name(Type type) {
    return name(type, 0);
  }

  private String name(Type type, int depth) {
    if (depth > 64) {
      return type.getTypeName();
    }
    return switch (type) {
      case TypeVariable<?> v when arguments.containsKey(v) -> name(arguments.get(v), depth + 1);
      case ParameterizedType p -> {
        StringJoiner joiner = new StringJoiner(", ", name(p.getRawType(), depth + 1) + "<", ">");
        for (Type argument : p.getActualTypeArguments()) {
          joiner.add(name(argument, depth + 1));
        }
        yield joiner.toString();
      }
      case GenericArrayType a -> name(a.getGenericComponentType(), depth + 1) + "[]";
      case WildcardType w when w.getLowerBounds().length > 0 ->
          "? super " + name(w.getLowerBounds()[0], depth + 1);
      case WildcardType w ->
          w.getUpperBounds()[0] == Object.class
              ? "?"
              : "? extends " + name(w.getUpperBounds()[0], depth + 1);
      default -> type.getTypeName();
    };
  }

  /**
   * The type variable a member type is, when this class leaves it open: a generic method's own, or
   * a class's that no subclass gives an argument. Its value's type is then known only at the call
   * site, as Java infers it.
   *
   * @param type a return or field type, as declared
   * @return the open type variable, or {@code null} if the type is not one
   */
  TypeVariable<?> open(Type type) {
    for (int depth = 0; depth < 64 && type instanceof TypeVariable<?> v; depth++) {
      Type argument = arguments.get(v);
      if (argument == null) {
        return v;
      }
      type = argument;
    }
    return null;
  }
}
