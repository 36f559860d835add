package pykka.internal;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletionException;
import pykka.ActorDeadException;
import pykka.ActorProxy;
import pykka.ActorRef;
import pykka.Future;
import pykka.NoSuchMemberException;
import pykka.internal.TypedBinding.Mode;

/**
 * Interface-typed proxies: a {@link Proxy} whose handler maps each interface method, through its
 * cached {@link TypedShape}, to a message to the actor.
 */
public final class TypedProxies {

  private static final Object[] NO_ARGS = new Object[0];

  private TypedProxies() {}

  /**
   * Creates a typed proxy to the actor (or to the object at the end of {@code attrPath}).
   *
   * @param <P> the interface
   * @param ref the actor's ref
   * @param actor the actor object
   * @param api the interface
   * @return the proxy
   * @throws ActorDeadException if the actor is dead
   * @throws IllegalArgumentException naming each interface method that maps to nothing
   */
  public static <P> P create(ActorRef<?> ref, Object actor, Class<P> api) {
    Objects.requireNonNull(api, "api");
    if (!ref.isAlive()) {
      throw new ActorDeadException(ref + " not found");
    }
    return create(ref, actor, api, List.of(), new FieldAccessor[0], actor);
  }

  private static <P> P create(
      ActorRef<?> ref,
      Object actor,
      Class<P> api,
      List<String> attrPath,
      FieldAccessor[] path,
      Object target) {
    TypedShape shape = TypedShape.of(target.getClass(), api);
    Map<Method, Object> nested = new HashMap<>();
    for (Map.Entry<Method, TypedBinding> e : shape.bindings.entrySet()) {
      if (e.getValue() instanceof TypedBinding.Nested n) {
        Object value = n.field().get(target);
        String dotted = dotted(attrPath, n.field().name());
        if (!n.field().isTraversable(value)) {
          throw new IllegalArgumentException(
              "Typed proxy interface " + api.getName() + " method " + e.getKey().getName()
                  + "() returns a nested proxy, but " + ref + " member '" + dotted
                  + "' is not traversable; annotate the field or its class with @Traversable");
        }
        if (value == null) {
          throw new IllegalArgumentException(
              ref + " traversable member '" + dotted + "' is null, so "
                  + e.getKey().getName() + "() cannot proxy it");
        }
        List<String> childAttrPath = new ArrayList<>(attrPath);
        childAttrPath.add(n.field().name());
        FieldAccessor[] childPath = java.util.Arrays.copyOf(path, path.length + 1);
        childPath[path.length] = n.field();
        nested.put(
            e.getKey(), create(ref, actor, n.api(), List.copyOf(childAttrPath), childPath, value));
      }
    }
    Handler handler = new Handler(ref, api, attrPath, path, shape.bindings, Map.copyOf(nested));
    return api.cast(Proxy.newProxyInstance(api.getClassLoader(), new Class<?>[] {api}, handler));
  }

  /**
   * The actor a proxy talks to, if {@code value} is a proxy ({@link ActorProxy} or typed).
   *
   * @param value any object
   * @return the proxy's ref, or {@code null}
   */
  public static ActorRef<?> refOf(Object value) {
    if (value instanceof ActorProxy p) {
      return p.actorRef();
    }
    if (Proxy.isProxyClass(value.getClass())
        && Proxy.getInvocationHandler(value) instanceof Handler h) {
      return h.ref;
    }
    return null;
  }

  /**
   * Whether a runtime value can be stored in a field of {@code type}.
   *
   * @param type the field's type
   * @param value the value
   * @return whether it fits
   */
  public static boolean accepts(Class<?> type, Object value) {
    return Types.accepts(type, value);
  }

  private static String dotted(List<String> attrPath, String name) {
    return attrPath.isEmpty() ? name : String.join(".", attrPath) + "." + name;
  }

  /** The invocation handler: one map lookup and one message per call. */
  private static final class Handler implements InvocationHandler {
    final ActorRef<?> ref;
    final Class<?> api;
    final List<String> attrPath;
    final FieldAccessor[] path;
    final Map<Method, TypedBinding> bindings;
    final Map<Method, Object> nested;

    Handler(
        ActorRef<?> ref,
        Class<?> api,
        List<String> attrPath,
        FieldAccessor[] path,
        Map<Method, TypedBinding> bindings,
        Map<Method, Object> nested) {
      this.ref = ref;
      this.api = api;
      this.attrPath = attrPath;
      this.path = path;
      this.bindings = bindings;
      this.nested = nested;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      TypedBinding binding = bindings.get(method);
      if (binding == null) {
        return objectMethod(proxy, method, args);
      }
      Object[] a = args == null ? NO_ARGS : args;
      if (binding instanceof TypedBinding.Call call) {
        return send(new Invocation(path, call.method(), a), call.mode(), method);
      }
      if (binding instanceof TypedBinding.Read read) {
        return send(new FieldRead(path, read.field()), read.mode(), method);
      }
      if (binding instanceof TypedBinding.Write write) {
        return send(new FieldWrite(path, write.field(), a[0]), write.mode(), method);
      }
      if (binding instanceof TypedBinding.Nested) {
        return nested.get(method);
      }
      if (binding instanceof TypedBinding.Ref) {
        return ref;
      }
      TypedBinding.Default d = (TypedBinding.Default) binding;
      if (d.handle() != null) {
        return (Object) d.handle().invokeExact(proxy, a);
      }
      return InvocationHandler.invokeDefault(proxy, method, args);
    }

    private Object send(ProxyMessage message, Mode mode, Method method) throws Throwable {
      if (mode == Mode.TELL) {
        ref.tell(message);
        return null;
      }
      Future<Object> reply = ref.askAsync(message);
      if (mode == Mode.ASYNC) {
        return reply;
      }
      try {
        return reply.get();
      } catch (CompletionException e) {
        Throwable cause = e.getCause();
        for (Class<?> declared : method.getExceptionTypes()) {
          if (declared.isInstance(cause)) {
            throw cause;
          }
        }
        throw e;
      }
    }

    private Object objectMethod(Object proxy, Method method, Object[] args) {
      switch (method.getName()) {
        case "equals":
          Object other = args[0];
          return other != null
              && Proxy.isProxyClass(other.getClass())
              && Proxy.getInvocationHandler(other) instanceof Handler h
              && h.ref == ref
              && h.api == api
              && h.attrPath.equals(attrPath);
        case "hashCode":
          return (System.identityHashCode(ref) * 31 + api.hashCode()) * 31 + attrPath.hashCode();
        case "toString":
          return "Typed proxy " + api.getSimpleName() + " for " + ref + ", attr_path=" + attrPath;
        default:
          throw new NoSuchMemberException(
              "Typed proxy " + api.getName() + " has no binding for " + method);
      }
    }
  }
}
