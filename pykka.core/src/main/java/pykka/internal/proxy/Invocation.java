package pykka.internal.proxy;

/**
 * A proxied method call: the method, resolved once by the proxy, and where to find its object.
 *
 * @param path the traversable fields from the actor to the object
 * @param method the method to call
 * @param args the method's arguments, from {@link MethodInvoker#arguments}
 */
public record Invocation(MemberPath path, MethodInvoker method, Object[] args)
    implements ProxyMessage {
  @Override
  public Object applyTo(Object actor) throws Throwable {
    Object target = path == MemberPath.ROOT ? actor : path.walk(actor);
    return method.invoke(target, args);
  }

  @Override
  public String toString() {
    return "Invocation[" + path.dotted(method.name()) + "]";
  }
}
