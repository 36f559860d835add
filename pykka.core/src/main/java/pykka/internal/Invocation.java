package pykka.internal;

/**
 * A proxied method call: the method, resolved once by the proxy, and where to find its object.
 *
 * @param path the traversable fields from the actor to the object, empty for the actor itself
 * @param method the method to call
 * @param args the arguments
 */
public record Invocation(FieldAccessor[] path, MethodInvoker method, Object[] args)
    implements ProxyMessage {
  @Override
  public Object applyTo(Object actor) throws Throwable {
    Object target = path.length == 0 ? actor : ProxyMessage.walk(actor, path);
    return method.invoke(target, args);
  }

  @Override
  public String toString() {
    return "Invocation[" + method.name() + "]";
  }
}
