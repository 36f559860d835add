package pykka.internal.proxy;

import java.util.ArrayList;
import java.util.List;
import pykka.NoSuchMemberException;

/**
 * The one overload resolver of the proxies, in Java's three phases (JLS 15.12.2): phase 1 allows no
 * boxing, unboxing or varargs; phase 2 allows boxing and unboxing; phase 3 calls varargs methods by
 * variable arity. The first phase that finds applicable methods decides, and among them the most
 * specific wins; if none is, the call is ambiguous (rule 36).
 *
 * <p>Untyped calls and hand-built {@code ProxyCall}s resolve by their arguments' runtime classes,
 * {@code null} matching any reference type; typed proxies by the interface method's parameter
 * types, once, when the proxy is created. A runtime boxed value ({@code Integer}, ...) stands for
 * its primitive as much as for its box, since a call through {@code Object...} boxes every
 * primitive: so it passes to a primitive parameter in phase 1, and among the overloads it selects
 * its box ranks first, then its primitive and the primitives that primitive widens to, then its
 * box's supertypes. For {@code m(int)}, {@code m(long)} and {@code m(Object)}, {@code 1} selects
 * {@code m(int)}; for {@code m(long)} and {@code m(Integer)}, {@code m(Integer)}.
 *
 * <p>A call by variable arity resolves to the method's {@link MethodInvoker#variableArity()} form,
 * which collects the trailing arguments.
 */
public final class Overloads {
  private Overloads() {}

  /**
   * Picks the overload a call with these runtime arguments selects.
   *
   * @param owner the actor's ref, for messages
   * @param dotted the method's dotted path, for messages
   * @param candidates its overloads, not empty
   * @param args the arguments
   * @return the method to call, perhaps in its variable-arity form
   * @throws NoSuchMemberException if no overload applies, or several apply and none is most
   *     specific
   */
  public static MethodInvoker resolve(
      Object owner, String dotted, List<MethodInvoker> candidates, Object[] args) {
    if (candidates.size() == 1) {
      MethodInvoker only = candidates.get(0);
      if (only.parameterTypes().length == args.length && acceptsAll(only, args)) {
        return only;
      }
    }
    Arguments arguments = new Values(args);
    MethodInvoker chosen = choose(candidates, arguments);
    if (chosen != null) {
      return chosen;
    }
    List<MethodInvoker> applicable = applicable(candidates, arguments);
    String described = ProxyErrors.describe(args);
    if (applicable.isEmpty()) {
      throw ProxyErrors.noOverload(owner, dotted, candidates, described);
    }
    throw ProxyErrors.ambiguous(owner, dotted, maximal(applicable, arguments), described);
  }

  /** The fast path: a single fixed-arity method whose parameters take the values as they are. */
  private static boolean acceptsAll(MethodInvoker method, Object[] args) {
    Class<?>[] params = method.parameterTypes();
    for (int i = 0; i < params.length; i++) {
      if (!Types.accepts(params[i], args[i])) {
        return false;
      }
    }
    return true;
  }

  /**
   * Picks the overload a call with arguments of these static types selects, as javac would.
   *
   * @param candidates the overloads
   * @param types the arguments' static types
   * @return the method, perhaps in its variable-arity form; {@code null} if none applies or the
   *     call is ambiguous (tell them apart with {@link #applicable})
   */
  static MethodInvoker choose(List<MethodInvoker> candidates, Class<?>[] types) {
    return choose(candidates, new StaticTypes(types));
  }

  /**
   * The methods applicable in the first phase that finds any, for arguments of static types.
   *
   * @param candidates the overloads
   * @param types the arguments' static types
   * @return the applicable methods, or an empty list
   */
  static List<MethodInvoker> applicable(List<MethodInvoker> candidates, Class<?>[] types) {
    return applicable(candidates, new StaticTypes(types));
  }

  /**
   * Of several applicable methods, those no other is strictly more specific than.
   *
   * @param applicable the methods applicable in one phase
   * @param types the arguments' static types
   * @return the contenders
   */
  static List<MethodInvoker> maximal(List<MethodInvoker> applicable, Class<?>[] types) {
    return maximal(applicable, new StaticTypes(types));
  }

  private static MethodInvoker choose(List<MethodInvoker> candidates, Arguments args) {
    for (int phase = 1; phase <= 3; phase++) {
      MethodInvoker first = null;
      int count = 0;
      for (MethodInvoker m : candidates) {
        if (applicable(m, args, phase)) {
          if (first == null) {
            first = m;
          }
          count++;
        }
      }
      if (count == 1) {
        return phase == 3 ? first.variableArity() : first;
      }
      if (count > 1) {
        List<MethodInvoker> contenders = maximal(inPhase(candidates, args, phase), args);
        MethodInvoker best =
            contenders.size() == 1 ? contenders.get(0) : tieBreak(contenders, args);
        return best == null ? null : phase == 3 ? best.variableArity() : best;
      }
    }
    return null;
  }

  private static List<MethodInvoker> applicable(List<MethodInvoker> candidates, Arguments args) {
    for (int phase = 1; phase <= 3; phase++) {
      List<MethodInvoker> found = inPhase(candidates, args, phase);
      if (!found.isEmpty()) {
        return found;
      }
    }
    return List.of();
  }

  /** The methods applicable in {@code phase}; in phase 3, in their variable-arity form. */
  private static List<MethodInvoker> inPhase(
      List<MethodInvoker> candidates, Arguments args, int phase) {
    List<MethodInvoker> found = new ArrayList<>();
    for (MethodInvoker m : candidates) {
      if (applicable(m, args, phase)) {
        found.add(phase == 3 ? m.variableArity() : m);
      }
    }
    return found;
  }

  private static boolean applicable(MethodInvoker m, Arguments args, int phase) {
    Class<?>[] params = m.parameterTypes();
    int count = args.count();
    if (phase < 3) {
      if (params.length != count) {
        return false;
      }
      for (int i = 0; i < count; i++) {
        if (!passes(params[i], args, i, phase == 2)) {
          return false;
        }
      }
      return true;
    }
    if (!m.isVarArgs() || count < params.length - 1) {
      return false;
    }
    int fixed = params.length - 1;
    Class<?> component = params[fixed].getComponentType();
    for (int i = 0; i < count; i++) {
      if (!passes(i < fixed ? params[i] : component, args, i, true)) {
        return false;
      }
    }
    return true;
  }

  /** Whether argument {@code i} passes to a parameter of {@code type}, strictly or loosely. */
  private static boolean passes(Class<?> type, Arguments args, int i, boolean loose) {
    Class<?> arg = args.type(i);
    if (arg == null) {
      return !type.isPrimitive();
    }
    return loose || args.isBoxedValue(i) ? Types.loose(type, arg) : Types.strict(type, arg);
  }

  /** The applicable methods that no other applicable method is strictly more specific than. */
  private static List<MethodInvoker> maximal(List<MethodInvoker> applicable, Arguments args) {
    List<MethodInvoker> maximal = new ArrayList<>();
    for (MethodInvoker m : applicable) {
      boolean beaten = false;
      for (MethodInvoker other : applicable) {
        if (other != m && moreSpecific(other, m, args) && !moreSpecific(m, other, args)) {
          beaten = true;
          break;
        }
      }
      if (!beaten) {
        maximal.add(m);
      }
    }
    return maximal;
  }

  /**
   * Whether {@code a} is at least as specific as {@code b} for these arguments (JLS 15.12.2.5):
   * each of its parameter types for each argument, and for a call by variable arity that leaves the
   * varargs empty, its varargs component type too.
   */
  private static boolean moreSpecific(MethodInvoker a, MethodInvoker b, Arguments args) {
    int count = args.count();
    for (int i = 0; i < count; i++) {
      if (!Types.moreSpecific(typeAt(a, i), typeAt(b, i), args.isBoxedValue(i))) {
        return false;
      }
    }
    if (b.variableArity() == b && b.parameterTypes().length == count + 1) {
      return Types.moreSpecific(typeAt(a, count), typeAt(b, count), false);
    }
    return true;
  }

  /** The type of parameter {@code i}, the varargs component type past the fixed ones. */
  private static Class<?> typeAt(MethodInvoker m, int i) {
    Class<?>[] params = m.parameterTypes();
    boolean collects = m.variableArity() == m;
    if (collects && i >= params.length - 1) {
      return params[params.length - 1].getComponentType();
    }
    return params[i];
  }

  /**
   * Between contenders a boxed runtime value finds equally specific, {@code m(int)} and {@code
   * m(Integer)} for an {@code Integer}, the one that needs no unboxing. Else none: ambiguous.
   */
  private static MethodInvoker tieBreak(List<MethodInvoker> contenders, Arguments args) {
    MethodInvoker unboxingFree = null;
    int unboxingFreeCount = 0;
    for (MethodInvoker m : contenders) {
      boolean unboxes = false;
      for (int i = 0; i < args.count() && !unboxes; i++) {
        unboxes = args.isBoxedValue(i) && typeAt(m, i).isPrimitive();
      }
      if (!unboxes) {
        unboxingFree = m;
        unboxingFreeCount++;
      }
    }
    return unboxingFreeCount == 1 ? unboxingFree : null;
  }

  /** The arguments of a call as resolution sees them: runtime values, or static types. */
  private interface Arguments {
    int count();

    /** The type of argument {@code i}; {@code null} for the null type. */
    Class<?> type(int i);

    /** Whether argument {@code i} is a runtime boxed value, standing for its primitive too. */
    boolean isBoxedValue(int i);
  }

  private record Values(Object[] values) implements Arguments {
    @Override
    public int count() {
      return values.length;
    }

    @Override
    public Class<?> type(int i) {
      return values[i] == null ? null : values[i].getClass();
    }

    @Override
    public boolean isBoxedValue(int i) {
      return values[i] != null && Types.unbox(values[i].getClass()) != null;
    }
  }

  private record StaticTypes(Class<?>[] types) implements Arguments {
    @Override
    public int count() {
      return types.length;
    }

    @Override
    public Class<?> type(int i) {
      return types[i];
    }

    @Override
    public boolean isBoxedValue(int i) {
      return false;
    }
  }
}
