package pykka.internal.proxy;

/**
 * A proxied field read.
 *
 * @param path the traversable fields from the actor to the object holding the field
 * @param field the field to read
 */
public record FieldRead(MemberPath path, FieldAccessor field) implements ProxyMessage {
  @Override
  public Object applyTo(Object actor) {
    return field.get(path.walk(actor));
  }

  @Override
  public String toString() {
    return "FieldRead[" + path.dotted(field.name()) + "]";
  }
}
