package pykka.internal;

import java.util.List;
import pykka.NoSuchMemberException;
import pykka.messages.ProxyCall;
import pykka.messages.ProxyGetAttr;
import pykka.messages.ProxySetAttr;

/**
 * Resolves members by name: for the hand-built {@code pykka.messages} records on the actor's
 * thread, and for the proxies on the caller's. Errors name the member in single quotes.
 */
public final class NamedMembers {
  private NamedMembers() {}

  /**
   * Handles a {@link ProxyCall}, {@link ProxyGetAttr} or {@link ProxySetAttr} on the actor's
   * thread.
   *
   * @param actor the actor
   * @param message the message
   * @return the reply
   * @throws Throwable what the member throws, or {@link NoSuchMemberException}
   */
  public static Object handle(Object actor, Object message) throws Throwable {
    if (message instanceof ProxyCall call) {
      List<String> path = call.attrPath();
      FieldAccessor[] fields = traversal(actor, path.subList(0, path.size() - 1));
      Object target = ProxyMessage.walk(actor, fields);
      String name = path.get(path.size() - 1);
      List<MethodInvoker> overloads = MemberTable.of(target.getClass()).methods(name);
      if (overloads.isEmpty()) {
        throw missing(actor, path, target.getClass());
      }
      Object[] args = call.args().toArray();
      return Overloads.resolve(actor, name, overloads, args).invoke(target, args);
    }
    if (message instanceof ProxyGetAttr get) {
      return field(actor, get.attrPath()).applyTo(actor);
    }
    ProxySetAttr set = (ProxySetAttr) message;
    FieldRead target = field(actor, set.attrPath());
    checkWritable(actor, set.attrPath(), target.field(), set.value());
    return new FieldWrite(target.path(), target.field(), set.value()).applyTo(actor);
  }

  /** Rejects a write the field cannot take, naming the actor and the field as the proxy does. */
  private static void checkWritable(
      Object actor, List<String> path, FieldAccessor field, Object value) {
    String dotted = String.join(".", path);
    if (field.isFinal()) {
      throw new IllegalArgumentException(
          actor + " field '" + dotted + "' is final and cannot be written");
    }
    Class<?> type = field.field().getType();
    if (!Types.accepts(type, value)) {
      throw new IllegalArgumentException(
          actor + " field '" + dotted + "' is of type " + type.getTypeName() + " and cannot take "
              + Types.describe(value));
    }
  }

  /**
   * Whether a message is one of the public proxy records.
   *
   * @param message the message
   * @return whether {@link #handle} takes it
   */
  public static boolean isNamed(Object message) {
    return message instanceof ProxyCall
        || message instanceof ProxyGetAttr
        || message instanceof ProxySetAttr;
  }

  /**
   * Resolves a path of traversable field names from {@code root}, reading each field's current
   * value to know the class of the next step.
   *
   * @param root the actor
   * @param names the field names
   * @return the fields
   * @throws NoSuchMemberException if a name is not a public field, or not traversable
   */
  public static FieldAccessor[] traversal(Object root, List<String> names) {
    FieldAccessor[] fields = new FieldAccessor[names.size()];
    Object target = root;
    for (int i = 0; i < fields.length; i++) {
      String name = names.get(i);
      FieldAccessor f = MemberTable.of(target.getClass()).field(name);
      if (f == null) {
        throw missing(root, names.subList(0, i + 1), target.getClass());
      }
      Object value = f.get(target);
      if (!f.isTraversable(value)) {
        throw new NoSuchMemberException(
            root + " member '" + String.join(".", names.subList(0, i + 1))
                + "' is not traversable; annotate the field or its class with @Traversable");
      }
      if (value == null) {
        throw new NoSuchMemberException(
            root + " traversable member '" + String.join(".", names.subList(0, i + 1)) + "' is null");
      }
      fields[i] = f;
      target = value;
    }
    return fields;
  }

  private static FieldRead field(Object actor, List<String> path) {
    FieldAccessor[] fields = traversal(actor, path.subList(0, path.size() - 1));
    Object target = ProxyMessage.walk(actor, fields);
    FieldAccessor f = MemberTable.of(target.getClass()).field(path.get(path.size() - 1));
    if (f == null) {
      throw missing(actor, path, target.getClass());
    }
    return new FieldRead(fields, f);
  }

  /**
   * The exception for a name that is not a public member.
   *
   * @param owner the actor, for the message
   * @param path the path to the missing member
   * @param type the class that lacks it
   * @return the exception
   */
  public static NoSuchMemberException missing(Object owner, List<String> path, Class<?> type) {
    String name = path.get(path.size() - 1);
    String dotted = String.join(".", path);
    boolean hidden = MemberTable.of(type).hasNonPublicMember(name);
    return new NoSuchMemberException(
        owner + " has no member '" + dotted + "'"
            + (hidden ? " (it is not public; proxies expose public members only)" : ""));
  }
}
