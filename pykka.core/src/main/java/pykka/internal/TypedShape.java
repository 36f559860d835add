package pykka.internal;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import pykka.ActorRef;
import pykka.Future;
import pykka.internal.TypedBinding.Mode;

/**
 * How a typed-proxy interface maps onto a class's public members: one {@link TypedBinding} per
 * interface method, computed once per (class, interface) pair and cached. Building it checks every
 * method and fails with one {@link IllegalArgumentException} naming each that maps to nothing.
 */
final class TypedShape {

  private static final ClassValue<Map<Class<?>, TypedShape>> CACHE =
      new ClassValue<>() {
        @Override
        protected Map<Class<?>, TypedShape> computeValue(Class<?> type) {
          return new ConcurrentHashMap<>();
        }
      };

  final Class<?> api;
  final Map<Method, TypedBinding> bindings;

  private TypedShape(Class<?> api, Map<Method, TypedBinding> bindings) {
    this.api = api;
    this.bindings = bindings;
  }

  static TypedShape of(Class<?> targetClass, Class<?> api) {
    Map<Class<?>, TypedShape> perApi = CACHE.get(targetClass);
    TypedShape shape = perApi.get(api);
    if (shape == null) {
      shape = build(targetClass, api);
      perApi.putIfAbsent(api, shape);
    }
    return shape;
  }

  private static TypedShape build(Class<?> target, Class<?> api) {
    Objects.requireNonNull(api, "api");
    if (!api.isInterface()) {
      throw new IllegalArgumentException(
          "A typed proxy needs an interface, but " + api.getName() + " is not one");
    }
    MemberTable table = MemberTable.of(target);
    Map<Method, TypedBinding> bindings = new HashMap<>();
    List<String> errors = new ArrayList<>();
    for (Method m : api.getMethods()) {
      if (Modifier.isStatic(m.getModifiers())) {
        continue;
      }
      if (m.isDefault()) {
        bindings.put(m, new TypedBinding.Default(m, defaultHandle(api, m)));
        continue;
      }
      String problem = bind(table, m, bindings);
      if (problem != null) {
        errors.add(signature(m) + ": " + problem);
      }
    }
    if (!errors.isEmpty()) {
      throw new IllegalArgumentException(
          "Typed proxy interface "
              + api.getName()
              + " does not match "
              + target.getName()
              + "; these methods map to nothing:\n  - "
              + String.join("\n  - ", errors));
    }
    return new TypedShape(api, Map.copyOf(bindings));
  }

  /** Binds one method; returns why it cannot be bound, or {@code null}. */
  private static String bind(MemberTable table, Method m, Map<Method, TypedBinding> bindings) {
    String name = m.getName();
    Class<?>[] params = m.getParameterTypes();
    Class<?> rt = m.getReturnType();
    if (name.equals("actorRef") && params.length == 0 && rt == ActorRef.class) {
      bindings.put(m, new TypedBinding.Ref());
      return null;
    }
    Mode mode = rt == Future.class ? Mode.ASYNC : rt == void.class ? Mode.TELL : Mode.BLOCKING;
    List<MethodInvoker> candidates = new ArrayList<>();
    for (MethodInvoker inv : table.methods(name)) {
      if (compatible(inv.parameterTypes(), params)) {
        candidates.add(inv);
      }
    }
    if (!candidates.isEmpty()) {
      MethodInvoker chosen = mostSpecific(candidates, params);
      if (chosen == null) {
        return "it matches several overloads ambiguously: " + candidates;
      }
      if (mode == Mode.BLOCKING) {
        Class<?> actual = chosen.method().getReturnType();
        if (!Types.box(rt).isAssignableFrom(Types.box(actual))) {
          return "the actor's method returns " + actual.getTypeName() + ", not " + rt.getTypeName();
        }
      }
      bindings.put(m, new TypedBinding.Call(chosen, mode));
      return null;
    }
    FieldAccessor field = table.field(name);
    if (field != null && params.length == 0) {
      if (rt.isInterface() && rt != Future.class) {
        bindings.put(m, new TypedBinding.Nested(field, rt));
        return null;
      }
      if (mode == Mode.TELL) {
        return "a field read cannot return void";
      }
      if (mode == Mode.BLOCKING
          && !Types.box(rt).isAssignableFrom(Types.box(field.field().getType()))) {
        return "field '" + name + "' is of type " + field.field().getType().getTypeName()
            + ", not " + rt.getTypeName();
      }
      bindings.put(m, new TypedBinding.Read(field, mode));
      return null;
    }
    if (field != null && params.length == 1 && mode != Mode.BLOCKING) {
      if (field.isFinal()) {
        return "field '" + name + "' is final and cannot be written";
      }
      if (!Types.isAssignable(field.field().getType(), params[0])) {
        return "field '" + name + "' is of type " + field.field().getType().getTypeName()
            + " and cannot take " + params[0].getTypeName();
      }
      bindings.put(m, new TypedBinding.Write(field, mode));
      return null;
    }
    if (!table.methods(name).isEmpty()) {
      return "no overload of the actor's method '" + name + "' takes these parameters; it has "
          + table.methods(name);
    }
    if (field != null) {
      return "field '" + name + "' is read by a method with no parameters and written by one with one parameter returning void or Future<Void>";
    }
    return "the actor has no public method or field '" + name + "'";
  }

  private static java.lang.invoke.MethodHandle defaultHandle(Class<?> api, Method m) {
    try {
      TypedShape.class.getModule().addReads(m.getDeclaringClass().getModule());
      java.lang.invoke.MethodHandles.Lookup lookup =
          java.lang.invoke.MethodHandles.privateLookupIn(
              m.getDeclaringClass(), java.lang.invoke.MethodHandles.lookup());
      return lookup
          .unreflectSpecial(m, m.getDeclaringClass())
          .asSpreader(Object[].class, m.getParameterCount())
          .asType(
              java.lang.invoke.MethodType.methodType(Object.class, Object.class, Object[].class));
    } catch (IllegalAccessException e) {
      return null;
    }
  }

  private static boolean compatible(Class<?>[] actorParams, Class<?>[] apiParams) {
    if (actorParams.length != apiParams.length) {
      return false;
    }
    for (int i = 0; i < actorParams.length; i++) {
      if (!Types.isAssignable(actorParams[i], apiParams[i])) {
        return false;
      }
    }
    return true;
  }

  private static MethodInvoker mostSpecific(List<MethodInvoker> candidates, Class<?>[] params) {
    if (candidates.size() == 1) {
      return candidates.get(0);
    }
    for (MethodInvoker inv : candidates) {
      if (java.util.Arrays.equals(inv.parameterTypes(), params)) {
        return inv;
      }
    }
    MethodInvoker best = null;
    for (MethodInvoker a : candidates) {
      boolean all = true;
      for (MethodInvoker b : candidates) {
        if (a != b && !compatible(b.parameterTypes(), a.parameterTypes())) {
          all = false;
          break;
        }
      }
      if (all) {
        if (best != null) {
          return null;
        }
        best = a;
      }
    }
    return best;
  }

  private static String signature(Method m) {
    StringBuilder sb = new StringBuilder();
    sb.append(m.getGenericReturnType().getTypeName().replaceAll("[a-z0-9_$]+\\.", ""))
        .append(' ')
        .append(m.getName())
        .append('(');
    Class<?>[] ps = m.getParameterTypes();
    for (int i = 0; i < ps.length; i++) {
      sb.append(i == 0 ? "" : ", ").append(ps[i].getSimpleName());
    }
    return sb.append(')').toString();
  }
}
