package pykka.internal;

import java.util.Map;

/** Java's assignment rules for boxed runtime values: widening and unboxing of primitives. */
final class Types {
  private Types() {}

  private static final Map<Class<?>, Class<?>> BOXES =
      Map.of(
          boolean.class, Boolean.class,
          byte.class, Byte.class,
          short.class, Short.class,
          char.class, Character.class,
          int.class, Integer.class,
          long.class, Long.class,
          float.class, Float.class,
          double.class, Double.class,
          void.class, Void.class);

  /** Primitive widening conversions allowed from a source primitive. */
  private static final Map<Class<?>, String> WIDENS_FROM =
      Map.of(
          short.class, "byte",
          int.class, "byte short char",
          long.class, "byte short char int",
          float.class, "byte short char int long",
          double.class, "byte short char int long float");

  static Class<?> box(Class<?> type) {
    return type.isPrimitive() ? BOXES.get(type) : type;
  }

  static Class<?> unbox(Class<?> type) {
    for (Map.Entry<Class<?>, Class<?>> e : BOXES.entrySet()) {
      if (e.getValue() == type) {
        return e.getKey();
      }
    }
    return null;
  }

  /** Whether a runtime {@code value} can be passed to a parameter of {@code type}. */
  static boolean accepts(Class<?> type, Object value) {
    if (value == null) {
      return !type.isPrimitive();
    }
    return isAssignable(type, value.getClass());
  }

  /**
   * Whether a value of static type {@code from} can be assigned to {@code to}, with boxing,
   * unboxing and primitive widening.
   */
  static boolean isAssignable(Class<?> to, Class<?> from) {
    if (to.isAssignableFrom(from)) {
      return true;
    }
    if (to.isPrimitive()) {
      Class<?> prim = from.isPrimitive() ? from : unbox(from);
      if (prim == null) {
        return false;
      }
      if (prim == to) {
        return true;
      }
      String widens = WIDENS_FROM.get(to);
      return widens != null && (" " + widens + " ").contains(" " + prim.getName() + " ");
    }
    if (from.isPrimitive()) {
      return to.isAssignableFrom(box(from));
    }
    return false;
  }

  static String describe(Object value) {
    return value == null ? "null" : "a " + value.getClass().getName();
  }
}
