package pykka.internal.proxy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A path of traversable fields from an actor to the object a proxy exposes: their names (Pykka's
 * {@code attr_path}) and their accessors, resolved once. The root path, {@link #ROOT}, leads to the
 * actor itself. Members at the end of the path are named by their dotted form: {@code
 * 'playback.volume'}.
 *
 * <p>Thread safety: immutable.
 */
public final class MemberPath {

  /** The empty path: the actor itself. */
  public static final MemberPath ROOT = new MemberPath(List.of(), new FieldAccessor[0]);

  private final List<String> names;
  private final FieldAccessor[] fields;

  private MemberPath(List<String> names, FieldAccessor[] fields) {
    this.names = names;
    this.fields = fields;
  }

  /**
   * The names of the fields, from the actor outwards.
   *
   * @return the names, unmodifiable
   */
  public List<String> names() {
    return names;
  }

  /**
   * This path followed by one more traversable field.
   *
   * @param field the field
   * @return the longer path
   */
  public MemberPath then(FieldAccessor field) {
    List<String> longer = new ArrayList<>(names.size() + 1);
    longer.addAll(names);
    longer.add(field.name());
    FieldAccessor[] more = Arrays.copyOf(fields, fields.length + 1);
    more[fields.length] = field;
    return new MemberPath(List.copyOf(longer), more);
  }

  /**
   * How messages name a member of the object at the end of this path: {@code "name"} at the root,
   * {@code "playback.volume.name"} further out.
   *
   * @param member the member's name
   * @return its dotted path
   */
  public String dotted(String member) {
    return names.isEmpty() ? member : String.join(".", names) + "." + member;
  }

  /**
   * Follows the path from the actor, reading each field now.
   *
   * @param actor the actor
   * @return the object at the end of the path
   * @throws NullPointerException if a field on the way is {@code null}; the message names the actor
   *     and the field
   */
  public Object walk(Object actor) {
    Object target = actor;
    for (int i = 0; i < fields.length; i++) {
      target = fields[i].get(target);
      if (target == null) {
        throw ProxyErrors.nullOnTheWay(actor, String.join(".", names.subList(0, i + 1)));
      }
    }
    return target;
  }

  /** Equal when the names are: the same actor class leads along the same fields. */
  @Override
  public boolean equals(Object other) {
    return other instanceof MemberPath p && p.names.equals(names);
  }

  @Override
  public int hashCode() {
    return names.hashCode();
  }

  @Override
  public String toString() {
    return names.toString();
  }
}
