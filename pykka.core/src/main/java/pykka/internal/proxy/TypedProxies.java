package pykka.internal.proxy;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletionException;
import pykka.ActorDeadException;
import pykka.ActorProxy;
import pykka.ActorRef;
import pykka.Future;
import pykka.NoSuchMemberException;
import pykka.internal.proxy.TypedBinding.Mode;

/**
 * Interface-typed proxies: a {@link Proxy} whose handler maps each interface method, through its
 * cached {@link TypedShape}, to a message to the actor: an ask, a tell or a blocking call, as its
 * return type says (rule 41).
 */
public final class TypedProxies {

  private static final Object[] NO_ARGS = new Object[0];

  private TypedProxies() {}

  /**
   * Creates a typed proxy to the actor.
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
    return create(ref, api, MemberPath.ROOT, actor);
  }

  private static <P> P create(ActorRef<?> ref, Class<P> api, MemberPath path, Object target) {
    TypedShape shape = TypedShape.of(target.getClass(), api);
    Map<Method, Object> nested = new HashMap<>();
    for (Map.Entry<Method, TypedBinding> e : shape.bindings.entrySet()) {
      if (e.getValue() instanceof TypedBinding.Nested n) {
        Object value = n.field().get(target);
        MemberPath inner;
        try {
          inner = MemberRules.traverse(ref, path, n.field(), value);
        } catch (NoSuchMemberException problem) {
          throw ProxyErrors.nestedProblem(api, e.getKey(), problem);
        }
        nested.put(e.getKey(), create(ref, n.api(), inner, value));
      }
    }
    Handler handler = new Handler(ref, api, path, shape.bindings, Map.copyOf(nested));
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

  /** The invocation handler: one map lookup and one message per call. */
  private static final class Handler implements InvocationHandler {
    final ActorRef<?> ref;
    final Class<?> api;
    final MemberPath path;
    final Map<Method, TypedBinding> bindings;
    final Map<Method, Object> nested;

    Handler(
        ActorRef<?> ref,
        Class<?> api,
        MemberPath path,
        Map<Method, TypedBinding> bindings,
        Map<Method, Object> nested) {
      this.ref = ref;
      this.api = api;
      this.path = path;
      this.bindings = bindings;
      this.nested = nested;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      TypedBinding binding = bindings.get(method);
      if (binding == null) {
        return objectMethod(method, args);
      }
      Object[] a = args == null ? NO_ARGS : args;
      return switch (binding) {
        case TypedBinding.Call call -> {
          MethodInvoker invoker = call.method();
          Invocation message = new Invocation(path, invoker, invoker.arguments(a));
          yield send(message, call.mode(), method, invoker.name());
        }
        case TypedBinding.Read read ->
            send(new FieldRead(path, read.field()), read.mode(), method, read.field().name());
        case TypedBinding.Write write -> {
          MemberRules.checkWrite(ref, path, write.field(), a[0]);
          FieldWrite message = new FieldWrite(path, write.field(), a[0]);
          yield send(message, write.mode(), method, write.field().name());
        }
        case TypedBinding.Nested n -> nested.get(method);
        case TypedBinding.Ref r -> ref;
        case TypedBinding.Default d ->
            d.handle() != null
                ? (Object) d.handle().invokeExact(proxy, a)
                : InvocationHandler.invokeDefault(proxy, method, args);
      };
    }

    private Object send(ProxyMessage message, Mode mode, Method method, String member)
        throws Throwable {
      if (mode == Mode.TELL) {
        ref.tell(message);
        return null;
      }
      Future<Object> reply = ref.askAsync(message);
      if (mode == Mode.ASYNC) {
        return reply;
      }
      Object result;
      try {
        result = reply.get();
      } catch (CompletionException e) {
        Throwable cause = e.getCause();
        for (Class<?> declared : method.getExceptionTypes()) {
          if (declared.isInstance(cause)) {
            throw cause;
          }
        }
        throw e;
      }
      if (result == null && method.getReturnType().isPrimitive()) {
        throw ProxyErrors.nullForPrimitive(method, ref, path.dotted(member));
      }
      return result;
    }

    private Object objectMethod(Method method, Object[] args) {
      switch (method.getName()) {
        case "equals":
          Object other = args[0];
          return other != null
              && Proxy.isProxyClass(other.getClass())
              && Proxy.getInvocationHandler(other) instanceof Handler h
              && h.ref == ref
              && h.api == api
              && h.path.equals(path);
        case "hashCode":
          return (System.identityHashCode(ref) * 31 + api.hashCode()) * 31 + path.hashCode();
        case "toString":
          return "Typed proxy " + api.getSimpleName() + " for " + ref + ", attr_path=" + path;
        default:
          throw ProxyErrors.noBinding(api, method);
      }
    }
  }
}
