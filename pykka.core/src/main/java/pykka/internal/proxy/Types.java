package pykka.internal.proxy;

import java.lang.reflect.Modifier;

/**
 * Java's conversions between types, as method invocation applies them (JLS 5.3): strict (identity
 * and widening only) and loose (boxing and unboxing too), and the "more specific" order of overload
 * resolution.
 */
final class Types {
  private Types() {}

  /**
   * The box of a primitive type; any other type itself.
   *
   * @param type a type
   * @return its box, or itself
   */
  static Class<?> box(Class<?> type) {
    if (!type.isPrimitive()) {
      return type;
    }
    if (type == int.class) {
      return Integer.class;
    }
    if (type == long.class) {
      return Long.class;
    }
    if (type == double.class) {
      return Double.class;
    }
    if (type == boolean.class) {
      return Boolean.class;
    }
    if (type == char.class) {
      return Character.class;
    }
    if (type == byte.class) {
      return Byte.class;
    }
    if (type == short.class) {
      return Short.class;
    }
    if (type == float.class) {
      return Float.class;
    }
    return Void.class;
  }

  /**
   * The primitive type a box class holds.
   *
   * @param type a class
   * @return its primitive type, or {@code null} if it is not a box
   */
  static Class<?> unbox(Class<?> type) {
    if (type == Integer.class) {
      return int.class;
    }
    if (type == Long.class) {
      return long.class;
    }
    if (type == Double.class) {
      return double.class;
    }
    if (type == Boolean.class) {
      return boolean.class;
    }
    if (type == Character.class) {
      return char.class;
    }
    if (type == Byte.class) {
      return byte.class;
    }
    if (type == Short.class) {
      return short.class;
    }
    if (type == Float.class) {
      return float.class;
    }
    return null;
  }

  /** Whether primitive {@code from} converts to primitive {@code to} by identity or widening. */
  static boolean widens(Class<?> from, Class<?> to) {
    if (from == to) {
      return true;
    }
    if (from == char.class) {
      return rank(to) >= 3;
    }
    if (to == short.class) {
      return from == byte.class;
    }
    int rank = rank(from);
    return rank > 0 && rank < rank(to) && rank(to) >= 3;
  }

  /** byte 1, short 2, int 3, long 4, float 5, double 6; 0 for the others. */
  private static int rank(Class<?> type) {
    if (type == int.class) {
      return 3;
    }
    if (type == long.class) {
      return 4;
    }
    if (type == double.class) {
      return 6;
    }
    if (type == float.class) {
      return 5;
    }
    if (type == short.class) {
      return 2;
    }
    if (type == byte.class) {
      return 1;
    }
    return 0;
  }

  /**
   * Whether an argument of static type {@code from} passes to a parameter of type {@code to} in a
   * strict invocation context: identity, widening primitive, widening reference.
   */
  static boolean strict(Class<?> to, Class<?> from) {
    if (to.isPrimitive() || from.isPrimitive()) {
      return to.isPrimitive() && from.isPrimitive() && widens(from, to);
    }
    return to.isAssignableFrom(from);
  }

  /**
   * Whether an argument of static type {@code from} passes to a parameter of type {@code to} in a
   * loose invocation context: strict, or boxing then widening reference, or unboxing then widening
   * primitive.
   */
  static boolean loose(Class<?> to, Class<?> from) {
    if (to.isPrimitive()) {
      Class<?> primitive = from.isPrimitive() ? from : unbox(from);
      return primitive != null && widens(primitive, to);
    }
    return to.isAssignableFrom(box(from));
  }

  /**
   * Whether a runtime value may be passed to a parameter, or stored in a field, of {@code type}:
   * {@code null} for any reference type, a boxed value as its box class or its primitive value.
   */
  static boolean accepts(Class<?> type, Object value) {
    return value == null ? !type.isPrimitive() : loose(type, value.getClass());
  }

  /**
   * Whether parameter type {@code s} is at least as specific as {@code t} for one argument: {@code
   * s} is a subtype of {@code t}, primitive widening counting as subtyping. For an argument that is
   * a runtime boxed value ({@code boxedValue}), which stands for its primitive as much as for its
   * box, a primitive type also counts as its box and a box as its primitive, so that the box itself
   * ranks first, then its primitive and the primitives it widens to, then the box's supertypes.
   */
  static boolean moreSpecific(Class<?> s, Class<?> t, boolean boxedValue) {
    if (s == t) {
      return true;
    }
    if (s.isPrimitive() && t.isPrimitive()) {
      return widens(s, t);
    }
    if (!s.isPrimitive() && !t.isPrimitive()) {
      return t.isAssignableFrom(s);
    }
    if (!boxedValue) {
      return false;
    }
    if (t.isPrimitive()) {
      Class<?> primitive = unbox(s);
      return primitive != null && widens(primitive, t);
    }
    return t.isAssignableFrom(box(s));
  }

  /**
   * Whether a value of one of these types could be of the other, as a cast between them would be
   * allowed: one is a subtype of the other, or one is an interface and the other not final.
   */
  static boolean castable(Class<?> a, Class<?> b) {
    Class<?> x = box(a);
    Class<?> y = box(b);
    return x.isAssignableFrom(y)
        || y.isAssignableFrom(x)
        || (x.isInterface() && !Modifier.isFinal(y.getModifiers()))
        || (y.isInterface() && !Modifier.isFinal(x.getModifiers()));
  }

  /** {@code null}, or {@code a java.lang.String}: a value as messages describe it. */
  static String describe(Object value) {
    return value == null ? "null" : "a " + value.getClass().getName();
  }
}
