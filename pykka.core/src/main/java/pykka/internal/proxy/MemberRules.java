package pykka.internal.proxy;

import java.util.List;
import java.util.Set;
import pykka.NoSuchMemberException;

/**
 * The proxy rules of member access, in one place for untyped proxies, typed proxies and hand-built
 * messages: finding a method or a field by name, stepping through a traversable field, and checking
 * a field write (rules 35, 37 and 38). Names a caller hides (an untyped proxy hides public fields
 * that hold a proxy to the actor itself: rule 39) count as absent.
 */
public final class MemberRules {
  private MemberRules() {}

  /**
   * The overloads of the public method {@code name} of the object at the end of {@code path}.
   *
   * @param owner the actor's ref, for messages
   * @param path the path to the object
   * @param table the object's members
   * @param name the method's name
   * @param hidden names to treat as absent
   * @return its overloads, not empty
   * @throws NoSuchMemberException if there is no such public method (saying so if {@code name} is a
   *     field)
   */
  public static List<MethodInvoker> methods(
      Object owner, MemberPath path, MemberTable table, String name, Set<String> hidden) {
    List<MethodInvoker> overloads = table.methods(name);
    if (overloads.isEmpty()) {
      if (table.field(name) != null && !hidden.contains(name)) {
        throw ProxyErrors.fieldNotMethod(owner, path.dotted(name));
      }
      throw missing(owner, path, table, name);
    }
    return overloads;
  }

  /**
   * The public field {@code name} of the object at the end of {@code path}.
   *
   * @param owner the actor's ref, for messages
   * @param path the path to the object
   * @param table the object's members
   * @param name the field's name
   * @param hidden names to treat as absent
   * @return the field
   * @throws NoSuchMemberException if there is no such public field (saying so if {@code name} is a
   *     method)
   */
  public static FieldAccessor field(
      Object owner, MemberPath path, MemberTable table, String name, Set<String> hidden) {
    FieldAccessor field = hidden.contains(name) ? null : table.field(name);
    if (field == null) {
      if (!table.methods(name).isEmpty()) {
        throw ProxyErrors.methodNotField(owner, path.dotted(name));
      }
      throw missing(owner, path, table, name);
    }
    return field;
  }

  /**
   * One step of a traversal: checks that {@code field}, holding {@code value}, may be traversed.
   *
   * @param owner the actor's ref, for messages
   * @param path the path to the object holding the field
   * @param field the field
   * @param value its current value
   * @return the path through the field
   * @throws NoSuchMemberException if the field is not traversable, or is {@code null}
   */
  public static MemberPath traverse(
      Object owner, MemberPath path, FieldAccessor field, Object value) {
    if (!field.isTraversable(value)) {
      throw ProxyErrors.notTraversable(owner, path.dotted(field.name()));
    }
    if (value == null) {
      throw ProxyErrors.traversableNull(owner, path.dotted(field.name()));
    }
    return path.then(field);
  }

  /**
   * Resolves a path of traversable field names from the actor, reading each field now to learn the
   * class of the next step.
   *
   * @param owner the actor's ref, for messages
   * @param actor the actor
   * @param names the field names
   * @return the path
   * @throws NoSuchMemberException if a name is not a public field, or not traversable
   */
  public static MemberPath traversal(Object owner, Object actor, List<String> names) {
    MemberPath path = MemberPath.ROOT;
    Object target = actor;
    for (String name : names) {
      FieldAccessor field = field(owner, path, MemberTable.of(target.getClass()), name, Set.of());
      Object value = field.get(target);
      path = traverse(owner, path, field, value);
      target = value;
    }
    return path;
  }

  /**
   * Checks that {@code value} may be written to {@code field}: the field is not {@code final}, and
   * its type takes the value ({@code null} for a reference type; a box for its primitive or a wider
   * one).
   *
   * @param owner the actor's ref, for messages
   * @param path the path to the object holding the field
   * @param field the field
   * @param value the value
   * @throws IllegalArgumentException naming the actor and the field, if not
   */
  public static void checkWrite(Object owner, MemberPath path, FieldAccessor field, Object value) {
    if (field.isFinal()) {
      throw ProxyErrors.badWrite(owner, ProxyErrors.finalField(path.dotted(field.name())));
    }
    if (!Types.accepts(field.type(), value)) {
      throw ProxyErrors.badWrite(
          owner,
          ProxyErrors.wrongFieldType(
              path.dotted(field.name()), field.type(), Types.describe(value)));
    }
  }

  /**
   * Why a typed proxy's method taking a {@code type} cannot write {@code field}, or {@code null} if
   * it can: the rule of {@link #checkWrite}, for every value of a static type.
   */
  static String writeProblem(FieldAccessor field, Class<?> type) {
    if (field.isFinal()) {
      return ProxyErrors.finalField(field.name());
    }
    if (!Types.loose(field.type(), type)) {
      return ProxyErrors.wrongFieldType(field.name(), field.type(), type.getTypeName());
    }
    return null;
  }

  private static NoSuchMemberException missing(
      Object owner, MemberPath path, MemberTable table, String name) {
    return ProxyErrors.noMember(owner, path.dotted(name), table.hasNonPublicMember(name));
  }
}
