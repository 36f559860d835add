package pykka;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import pykka.internal.proxy.FieldAccessor;
import pykka.internal.proxy.FieldRead;
import pykka.internal.proxy.FieldWrite;
import pykka.internal.proxy.Invocation;
import pykka.internal.proxy.MemberPath;
import pykka.internal.proxy.MemberRules;
import pykka.internal.proxy.MemberTable;
import pykka.internal.proxy.MethodInvoker;
import pykka.internal.proxy.Overloads;
import pykka.internal.proxy.TypedProxies;

/**
 * An untyped proxy: turns method calls and field accesses into messages to an actor, each answered
 * with a {@link Future}. Get one with {@link ActorRef#proxy()}; for a compile-time checked
 * interface, see {@link ActorRef#proxy(Class)}.
 *
 * {@snippet class=pykka.JavadocSnippetsTest region=untyped-proxy}
 *
 * <p>A proxy exposes what Java code outside the actor's package could use: its public instance
 * methods (those of a non-public superclass too) and public fields; {@link #traverse} reaches the
 * members of a {@link Traversable} field. Unknown or non-public names fail at once, with {@link
 * NoSuchMemberException}, before any message is sent. Overloads are chosen by the arguments'
 * runtime types in Java's three phases (no boxing, then boxing, then varargs), a boxed value
 * standing for its primitive too: {@code call("m", 1)} selects {@code m(int)} over {@code m(long)}
 * and {@code m(Object)}, but {@code m(Integer)} over {@code m(long)}. A varargs method takes an
 * array as its varargs array, or collects loose arguments. An ambiguous or impossible call fails
 * the returned future with {@code NoSuchMemberException}.
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
  private final MemberPath path;
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
    this(ref, MemberPath.ROOT, requireAlive(ref).actor());
  }

  private ActorProxy(ActorRef<?> ref, MemberPath path, Object target) {
    this.ref = ref;
    this.path = path;
    this.table = MemberTable.of(target.getClass());
    this.hidden = selfProxies(ref, target, table, path);
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
      ActorRef<?> ref, Object target, MemberTable table, MemberPath path) {
    Set<String> names = null;
    for (FieldAccessor f : table.fields()) {
      Object value = f.get(target);
      if (value != null && TypedProxies.refOf(value) == ref) {
        if (names == null) {
          names = new HashSet<>();
        }
        names.add(f.name());
        ActorLog.proxyToItself(ref, path.dotted(f.name()));
      }
    }
    return names == null ? Set.of() : Set.copyOf(names);
  }

  /**
   * Calls a public method of the actor with ask semantics: {@code proxy.call("add", 1, 2)} is
   * Pykka's {@code proxy.add(1, 2)}. Overloads are chosen as Java would; a varargs method takes an
   * array as its varargs array, or collects loose arguments ({@code call("sum", 1, 2, 3)}, and
   * {@code call("sum")} with none) into one.
   *
   * @param name the method's name
   * @param args the arguments
   * @return the future return value ({@code null} for {@code void} methods); failed with the
   *     method's exception, with {@link ActorDeadException} if the actor is dead, or with {@link
   *     NoSuchMemberException} if no overload takes these arguments
   * @throws NoSuchMemberException if the actor has no public method of that name
   */
  public Future<Object> call(String name, Object... args) {
    Objects.requireNonNull(name, "name");
    return call(name, MemberRules.methods(ref, path, table, name, hidden), args);
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
    return new CallableProxy(this, name, MemberRules.methods(ref, path, table, name, hidden));
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
    MemberRules.checkWrite(ref, path, f, value);
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
    Object value = f.get(path.walk(ref.actor()));
    return new ActorProxy(ref, MemberRules.traverse(ref, path, f, value), value);
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
    return path.names();
  }

  /** Equal when both proxy the same actor at the same attribute path. */
  @Override
  public boolean equals(Object other) {
    return other instanceof ActorProxy p && p.ref == ref && p.path.equals(path);
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(ref) * 31 + path.hashCode();
  }

  /** {@code ActorProxy for Adder (urn:uuid:...), attr_path=[playback]}. */
  @Override
  public String toString() {
    return "ActorProxy for " + ref + ", attr_path=" + path;
  }

  // ---- internals shared with CallableProxy ----

  /** Resolves the overload and sends the call: one message, no reflection. */
  Future<Object> call(String name, List<MethodInvoker> overloads, Object[] args) {
    Object[] a = args == null ? new Object[] {null} : args;
    MethodInvoker method;
    try {
      method = Overloads.resolve(ref, path.dotted(name), overloads, a);
    } catch (NoSuchMemberException e) {
      ThreadingFuture<Object> failed = new ThreadingFuture<>();
      failed.setException(e);
      return failed;
    }
    return ref.send(new Invocation(path, method, method.arguments(a)));
  }

  /** Resolves the overload and tells the call. */
  void defer(String name, List<MethodInvoker> overloads, Object[] args) {
    Object[] a = args == null ? new Object[] {null} : args;
    MethodInvoker method = Overloads.resolve(ref, path.dotted(name), overloads, a);
    ref.tell(new Invocation(path, method, method.arguments(a)));
  }

  private FieldAccessor fieldNamed(String name) {
    Objects.requireNonNull(name, "name");
    return MemberRules.field(ref, path, table, name, hidden);
  }
}
