package pykka;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import pykka.internal.FieldAccessor;
import pykka.internal.FieldRead;
import pykka.internal.FieldWrite;
import pykka.internal.MemberTable;
import pykka.internal.NamedMembers;
import pykka.internal.TypedProxies;

/**
 * An untyped proxy: turns method calls and field accesses into messages to an actor, each answered
 * with a {@link Future}. Get one with {@link ActorRef#proxy()}; for a compile-time checked
 * interface, see {@link ActorRef#proxy(Class)}.
 *
 * {@snippet :
 * ActorProxy calculator = new Calculator().start().proxy();
 * calculator.call("add", 1, 3).get();          // 4
 * calculator.field("lastResult").get();        // 4
 * calculator.setField("lastResult", 17);       // blocks until written
 * calculator.method("sub").defer(2);           // tell semantics: no future
 * }
 *
 * <p>A proxy exposes the actor's public instance methods and public fields; {@link #traverse}
 * reaches the members of a {@link Traversable} field. Unknown or non-public names fail at once,
 * with {@link NoSuchMemberException}, before any message is sent. Overloads are chosen by the
 * arguments' runtime types, as Java would; an ambiguous or impossible call fails the returned
 * future with {@code NoSuchMemberException}.
 *
 * <p><b>Thread safety.</b> Immutable; every method may be called from any thread. Calls from one
 * thread reach the actor in the order they were made.
 *
 * <p><b>Memory consistency effects.</b> As for {@link ActorRef#ask}: actions before a call
 * happen-before the actor runs it, which happens-before a {@code get} of its future returns.
 *
 * <p>Members are found once per class and cached; a call resolves its overload and sends one
 * message, with no reflection.
 */
public final class ActorProxy {

  private final ActorRef<?> ref;
  private final List<String> attrPath;
  private final FieldAccessor[] path;
  private final MemberTable table;
  private final Set<String> hidden;

  /**
   * Creates a proxy to the actor behind {@code ref}; the same as {@code ref.proxy()}.
   *
   * @param ref the actor's ref
   * @throws ActorDeadException if the actor is not running
   * @throws IllegalStateException if pykka may not reflect into the actor's module (the message
   *     says which {@code opens} to add)
   */
  public ActorProxy(ActorRef<?> ref) {
    this(ref, List.of(), new FieldAccessor[0], requireAlive(ref).actor());
  }

  private ActorProxy(ActorRef<?> ref, List<String> attrPath, FieldAccessor[] path, Object target) {
    this.ref = ref;
    this.attrPath = attrPath;
    this.path = path;
    this.table = MemberTable.of(target.getClass());
    this.hidden = selfProxies(ref, target, table, attrPath);
  }

  private static ActorRef<?> requireAlive(ActorRef<?> ref) {
    Objects.requireNonNull(ref, "ref");
    if (!ref.isAlive()) {
      throw ref.notFound();
    }
    return ref;
  }

  /** Finds public fields holding a proxy to this same actor: hidden, and logged at WARN. */
  private static Set<String> selfProxies(
      ActorRef<?> ref, Object target, MemberTable table, List<String> attrPath) {
    Set<String> names = null;
    for (FieldAccessor f : table.fields()) {
      Object value = f.get(target);
      if (value != null && TypedProxies.refOf(value) == ref) {
        if (names == null) {
          names = new HashSet<>();
        }
        names.add(f.name());
        Actor.LOG.warn(
            "{} attribute '{}' is a proxy to itself. Consider making it non-public.",
            ref,
            dotted(attrPath, f.name()));
      }
    }
    return names == null ? Set.of() : Set.copyOf(names);
  }

  /**
   * Calls a public method of the actor with ask semantics: {@code proxy.call("add", 1, 2)} is
   * Pykka's {@code proxy.add(1, 2)}.
   *
   * @param name the method's name
   * @param args the arguments
   * @return the future return value ({@code null} for {@code void} methods); failed with the
   *     method's exception, with {@link ActorDeadException} if the actor is dead, or with {@link
   *     NoSuchMemberException} if no overload takes these arguments
   * @throws NoSuchMemberException if the actor has no public method of that name
   */
  public Future<Object> call(String name, Object... args) {
    return method(name).call(args);
  }

  /**
   * The public method {@code name}, to {@link CallableProxy#call call} or {@link
   * CallableProxy#defer defer}.
   *
   * @param name the method's name
   * @return a proxy to the method
   * @throws NoSuchMemberException if the actor has no public method of that name
   */
  public CallableProxy method(String name) {
    Objects.requireNonNull(name, "name");
    var overloads = table.methods(name);
    if (overloads.isEmpty()) {
      if (table.field(name) != null && !hidden.contains(name)) {
        throw new NoSuchMemberException(
            ref + " member '" + dotted(attrPath, name) + "' is a field, not a method; use field()");
      }
      throw missing(name);
    }
    return new CallableProxy(this, name, overloads);
  }

  /**
   * Reads a public field: {@code proxy.field("x")} is Pykka's {@code proxy.x}.
   *
   * @param name the field's name
   * @return the future value
   * @throws NoSuchMemberException if the actor has no public field of that name
   */
  public Future<Object> field(String name) {
    return ref.send(new FieldRead(path, fieldNamed(name)));
  }

  /**
   * Writes a public field, and waits until the actor has done it: {@code proxy.setField("x", 17)}
   * is Pykka's {@code proxy.x = 17}.
   *
   * @param name the field's name
   * @param value the new value
   * @throws NoSuchMemberException if the actor has no public field of that name
   * @throws IllegalArgumentException if the field is {@code final} or cannot take {@code value}
   * @throws ActorDeadException if the actor is dead
   */
  public void setField(String name, Object value) {
    FieldAccessor f = fieldNamed(name);
    if (f.isFinal()) {
      throw new IllegalArgumentException(
          ref + " field '" + dotted(attrPath, name) + "' is final and cannot be written");
    }
    Class<?> type = f.field().getType();
    if (value == null ? type.isPrimitive() : !accepts(type, value)) {
      throw new IllegalArgumentException(
          ref + " field '" + dotted(attrPath, name) + "' is of type " + type.getTypeName()
              + " and cannot take " + (value == null ? "null" : "a " + value.getClass().getName()));
    }
    ref.send(new FieldWrite(path, f, value)).get();
  }

  /**
   * A proxy to the members of a {@link Traversable} field: {@code proxy.traverse("playback")} is
   * Pykka's {@code proxy.playback}.
   *
   * @param name the field's name
   * @return a proxy to the field's value
   * @throws NoSuchMemberException if there is no such public field, or it is not traversable
   */
  public ActorProxy traverse(String name) {
    FieldAccessor f = fieldNamed(name);
    Object target = ProxyTargets.walk(ref, path);
    Object value = f.get(target);
    if (!f.isTraversable(value)) {
      throw new NoSuchMemberException(
          ref + " member '" + dotted(attrPath, name)
              + "' is not traversable; annotate the field or its class with @Traversable");
    }
    if (value == null) {
      throw new NoSuchMemberException(
          ref + " traversable member '" + dotted(attrPath, name) + "' is null");
    }
    List<String> newAttrPath = new ArrayList<>(attrPath);
    newAttrPath.add(name);
    FieldAccessor[] newPath = Arrays.copyOf(path, path.length + 1);
    newPath[path.length] = f;
    return new ActorProxy(ref, List.copyOf(newAttrPath), newPath, value);
  }

  /**
   * The ref of the actor this proxy talks to.
   *
   * @return the actor's ref
   */
  public ActorRef<?> actorRef() {
    return ref;
  }

  /**
   * The path of traversable fields from the actor to the object this proxy exposes; empty for the
   * actor itself.
   *
   * @return the attribute path
   */
  public List<String> attrPath() {
    return attrPath;
  }

  /** Equal when both proxy the same actor at the same attribute path. */
  @Override
  public boolean equals(Object other) {
    return other instanceof ActorProxy p && p.ref == ref && p.attrPath.equals(attrPath);
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(ref) * 31 + attrPath.hashCode();
  }

  /** {@code ActorProxy for Adder (urn:uuid:...), attr_path=[playback]}. */
  @Override
  public String toString() {
    return "ActorProxy for " + ref + ", attr_path=" + attrPath;
  }

  // ---- internals shared with CallableProxy ----

  ActorRef<?> ref() {
    return ref;
  }

  FieldAccessor[] path() {
    return path;
  }

  String dotted(String name) {
    return dotted(attrPath, name);
  }

  private FieldAccessor fieldNamed(String name) {
    Objects.requireNonNull(name, "name");
    FieldAccessor f = hidden.contains(name) ? null : table.field(name);
    if (f == null) {
      if (!table.methods(name).isEmpty()) {
        throw new NoSuchMemberException(
            ref + " member '" + dotted(attrPath, name) + "' is a method, not a field; use call()");
      }
      throw missing(name);
    }
    return f;
  }

  private NoSuchMemberException missing(String name) {
    List<String> full = new ArrayList<>(attrPath);
    full.add(name);
    return NamedMembers.missing(ref, full, table.type());
  }

  private static boolean accepts(Class<?> type, Object value) {
    return pykka.internal.TypedProxies.accepts(type, value);
  }

  private static String dotted(List<String> attrPath, String name) {
    return attrPath.isEmpty() ? name : String.join(".", attrPath) + "." + name;
  }
}
