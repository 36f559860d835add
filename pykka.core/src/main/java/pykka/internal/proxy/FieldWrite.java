package pykka.internal.proxy;

/**
 * A proxied field write, its value checked by {@link MemberRules#checkWrite} before it was sent;
 * the reply is {@code null}.
 *
 * @param path the traversable fields from the actor to the object holding the field
 * @param field the field to write
 * @param value the value to write
 */
public record FieldWrite(MemberPath path, FieldAccessor field, Object value)
    implements ProxyMessage {
  @Override
  public Object applyTo(Object actor) {
    field.set(path.walk(actor), value);
    return null;
  }

  @Override
  public String toString() {
    return "FieldWrite[" + path.dotted(field.name()) + "]";
  }
}
