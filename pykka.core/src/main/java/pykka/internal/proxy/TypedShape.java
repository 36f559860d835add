package pykka.internal.proxy;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import pykka.ActorRef;
import pykka.Future;
import pykka.internal.proxy.TypedBinding.Mode;

/**
 * How a typed-proxy interface maps onto a class's public members: one {@link TypedBinding} per
 * interface method, computed once per (class, interface) pair and cached (rule 40). Building it
 * checks every method and fails with one {@link IllegalArgumentException} naming each that maps to
 * nothing.
 *
 * <p>A method maps to the actor's method of its name that a call with its parameter types selects
 * ({@link Overloads}, as javac would), then to a field: read by a method with no parameters (or a
 * nested proxy, when it returns an interface the field's value does not plainly implement), written
 * by one with one parameter returning {@code void} or {@code Future<Void>}. What it returns is
 * checked by {@link ResultTypes}. {@code equals}, {@code hashCode} and {@code toString}, even if
 * the interface declares them, are answered by the proxy itself.
 */
final class TypedShape {

  private static final ClassValue<Map<Class<?>, TypedShape>> CACHE =
      new ClassValue<>() {
        @Override
        protected Map<Class<?>, TypedShape> computeValue(Class<?> type) {
          return new ConcurrentHashMap<>();
        }
      };

  final Map<Method, TypedBinding> bindings;

  private TypedShape(Map<Method, TypedBinding> bindings) {
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
      throw ProxyErrors.notAnInterface(api);
    }
    MemberTable table = MemberTable.of(target);
    Generics apiTypes = Generics.of(api);
    Map<Method, TypedBinding> bindings = new HashMap<>();
    List<String> errors = new ArrayList<>();
    for (Method m : api.getMethods()) {
      if (Modifier.isStatic(m.getModifiers()) || isObjectMethod(m)) {
        continue;
      }
      if (m.isDefault()) {
        bindings.put(m, new TypedBinding.Default(m, defaultHandle(m)));
        continue;
      }
      Class<?>[] params = parameterTypes(m, apiTypes);
      String problem = bind(table, apiTypes, m, params, bindings);
      if (problem != null) {
        String returned = apiTypes.name(m.getGenericReturnType());
        errors.add(ProxyErrors.problem(m, returned, params, problem));
      }
    }
    if (!errors.isEmpty()) {
      throw ProxyErrors.mismatch(api, target, errors);
    }
    return new TypedShape(Map.copyOf(bindings));
  }

  /** Binds one method; returns why it cannot be bound, or {@code null}. */
  private static String bind(
      MemberTable table,
      Generics apiTypes,
      Method m,
      Class<?>[] params,
      Map<Method, TypedBinding> bindings) {
    String name = m.getName();
    Class<?> rt = m.getReturnType();
    if (name.equals("actorRef") && params.length == 0 && rt == ActorRef.class) {
      bindings.put(m, new TypedBinding.Ref());
      return null;
    }
    Mode mode = rt == Future.class ? Mode.ASYNC : rt == void.class ? Mode.TELL : Mode.BLOCKING;
    List<MethodInvoker> overloads = table.methods(name);
    List<MethodInvoker> applicable = Overloads.applicable(overloads, params);
    if (!applicable.isEmpty()) {
      MethodInvoker chosen = Overloads.choose(overloads, params);
      if (chosen == null) {
        return ProxyErrors.ambiguousOverloads(Overloads.maximal(applicable, params));
      }
      String wrong =
          ResultTypes.problem(
              m,
              apiTypes,
              mode,
              "the actor's method returns",
              chosen.returnType(),
              chosen.openReturn(),
              chosen.method().getGenericParameterTypes(),
              params);
      if (wrong != null) {
        return wrong;
      }
      bindings.put(m, new TypedBinding.Call(chosen, mode));
      return null;
    }
    FieldAccessor field = table.field(name);
    if (field != null && params.length == 0) {
      if (rt.isInterface() && rt != Future.class && !plainlyReadable(field, rt)) {
        bindings.put(m, new TypedBinding.Nested(field, rt));
        return null;
      }
      if (mode == Mode.TELL) {
        return ProxyErrors.fieldReadReturnsVoid();
      }
      String what = "field '" + name + "' is of type";
      String wrong =
          ResultTypes.problem(
              m, apiTypes, mode, what, field.type(), field.openType(), null, params);
      if (wrong != null) {
        return wrong;
      }
      bindings.put(m, new TypedBinding.Read(field, mode));
      return null;
    }
    if (field != null && params.length == 1 && mode != Mode.BLOCKING) {
      String wrong = MemberRules.writeProblem(field, params[0]);
      if (wrong == null) {
        wrong =
            ResultTypes.problem(
                m, apiTypes, mode, "a field write returns", Void.class, null, null, params);
      }
      if (wrong != null) {
        return wrong;
      }
      bindings.put(m, new TypedBinding.Write(field, mode));
      return null;
    }
    if (!overloads.isEmpty()) {
      return ProxyErrors.noMatchingOverload(name, overloads);
    }
    if (field != null) {
      return ProxyErrors.fieldAccessShape(name);
    }
    return ProxyErrors.noSuchMember(name);
  }

  /**
   * A field of an interface type read through a method returning that interface: a plain read,
   * unless the field is traversable (then it is a nested proxy).
   */
  private static boolean plainlyReadable(FieldAccessor field, Class<?> returned) {
    return !field.isDeclaredTraversable() && returned.isAssignableFrom(field.type());
  }

  /** The interface method's parameter types, as the interface sees them. */
  private static Class<?>[] parameterTypes(Method m, Generics apiTypes) {
    Class<?>[] erased = m.getParameterTypes();
    try {
      Type[] generic = m.getGenericParameterTypes();
      if (generic.length != erased.length) {
        return erased;
      }
      Class<?>[] resolved = new Class<?>[erased.length];
      for (int i = 0; i < erased.length; i++) {
        Class<?> type = apiTypes.erase(generic[i]);
        resolved[i] = erased[i].isAssignableFrom(type) ? type : erased[i];
      }
      return resolved;
    } catch (RuntimeException | LinkageError malformedSignature) {
      return erased;
    }
  }

  /** {@code equals(Object)}, {@code hashCode()} or {@code toString()}, redeclared. */
  private static boolean isObjectMethod(Method m) {
    return switch (m.getName()) {
      case "equals" -> m.getParameterCount() == 1 && m.getParameterTypes()[0] == Object.class;
      case "hashCode", "toString" -> m.getParameterCount() == 0;
      default -> false;
    };
  }

  private static MethodHandle defaultHandle(Method m) {
    try {
      TypedShape.class.getModule().addReads(m.getDeclaringClass().getModule());
      MethodHandles.Lookup lookup =
          MethodHandles.privateLookupIn(m.getDeclaringClass(), MethodHandles.lookup());
      return lookup
          .unreflectSpecial(m, m.getDeclaringClass())
          .asFixedArity()
          .asSpreader(Object[].class, m.getParameterCount())
          .asType(MethodType.methodType(Object.class, Object.class, Object[].class));
    } catch (IllegalAccessException | IllegalArgumentException e) {
      return null;
    }
  }
}
