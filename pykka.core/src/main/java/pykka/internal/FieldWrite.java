package pykka.internal;

/**
 * A proxied field write; the reply is {@code null}.
 *
 * @param path the traversable fields from the actor to the object holding the field
 * @param field the field to write
 * @param value the value to write
 */
public record FieldWrite(FieldAccessor[] path, FieldAccessor field, Object value)
    implements ProxyMessage {
  @Override
  public Object applyTo(Object actor) {
    field.set(ProxyMessage.walk(actor, path), value);
    return null;
  }

  @Override
  public String toString() {
    return "FieldWrite[" + field.name() + "]";
  }
}
