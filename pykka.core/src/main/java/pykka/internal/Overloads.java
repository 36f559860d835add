package pykka.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import pykka.NoSuchMemberException;

/**
 * Chooses the overload a call's runtime arguments select, by Java's own rules: applicable methods
 * by argument count and type (widening and unboxing allowed, {@code null} never matches a
 * primitive), then the most specific of them.
 */
public final class Overloads {
  private Overloads() {}

  /**
   * Picks the overload to call.
   *
   * @param owner the description of the object the member belongs to, for messages
   * @param name the method name
   * @param candidates its overloads, not empty
   * @param args the arguments
   * @return the method to call
   * @throws NoSuchMemberException if no overload applies, or several apply and none is most
   *     specific
   */
  public static MethodInvoker resolve(
      Object owner, String name, List<MethodInvoker> candidates, Object[] args) {
    if (candidates.size() == 1) {
      MethodInvoker only = candidates.get(0);
      if (applicable(only, args)) {
        return only;
      }
      throw new NoSuchMemberException(
          owner + " has no method '" + name + "' that takes " + describe(args) + "; it has " + only);
    }
    List<MethodInvoker> applicable = new ArrayList<>();
    for (MethodInvoker m : candidates) {
      if (applicable(m, args)) {
        applicable.add(m);
      }
    }
    if (applicable.isEmpty()) {
      throw new NoSuchMemberException(
          owner + " has no method '" + name + "' that takes " + describe(args) + "; it has " + candidates);
    }
    List<MethodInvoker> mostSpecific = new ArrayList<>();
    for (MethodInvoker m : applicable) {
      boolean isMostSpecific = true;
      for (MethodInvoker other : applicable) {
        if (other != m && !moreSpecificOrEqual(m, other)) {
          isMostSpecific = false;
          break;
        }
      }
      if (isMostSpecific) {
        mostSpecific.add(m);
      }
    }
    if (mostSpecific.size() > 1) {
      // m(int) and m(Integer) are equally specific for a boxed argument; like Java's first phase
      // of overload resolution, prefer the overload that needs no unboxing.
      mostSpecific.removeIf(m -> !applicableWithoutUnboxing(m, args));
    }
    MethodInvoker best = mostSpecific.size() == 1 ? mostSpecific.get(0) : null;
    if (best == null) {
      throw new NoSuchMemberException(
          "Call of method '" + name + "' on " + owner + " with " + describe(args)
              + " is ambiguous between " + applicable);
    }
    return best;
  }

  private static boolean applicable(MethodInvoker m, Object[] args) {
    Class<?>[] params = m.parameterTypes();
    if (params.length != args.length) {
      return false;
    }
    for (int i = 0; i < params.length; i++) {
      if (!Types.accepts(params[i], args[i])) {
        return false;
      }
    }
    return true;
  }

  private static boolean applicableWithoutUnboxing(MethodInvoker m, Object[] args) {
    Class<?>[] params = m.parameterTypes();
    for (int i = 0; i < params.length; i++) {
      if (params[i].isPrimitive()) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code a}'s parameters are each at least as specific as {@code b}'s. */
  private static boolean moreSpecificOrEqual(MethodInvoker a, MethodInvoker b) {
    Class<?>[] pa = a.parameterTypes();
    Class<?>[] pb = b.parameterTypes();
    for (int i = 0; i < pa.length; i++) {
      Class<?> x = pa[i];
      Class<?> y = pb[i];
      boolean ok =
          x.isPrimitive() == y.isPrimitive()
              ? Types.isAssignable(y, x)
              : Types.box(y).isAssignableFrom(Types.box(x));
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  static String describe(Object[] args) {
    if (args.length == 0) {
      return "no arguments";
    }
    StringJoiner j = new StringJoiner(", ", "(", ")");
    for (Object a : args) {
      j.add(a == null ? "null" : a.getClass().getSimpleName());
    }
    return j.toString();
  }
}
