package pykka;

import java.util.List;
import pykka.internal.Invocation;
import pykka.internal.MethodInvoker;
import pykka.internal.Overloads;

/**
 * A proxy to one public method of an actor, from {@link ActorProxy#method(String)}: {@link #call}
 * with ask semantics, or {@link #defer} with tell semantics.
 *
 * <p><b>Thread safety.</b> Immutable; may be used from any thread.
 */
public final class CallableProxy {

  private final ActorProxy owner;
  private final String name;
  private final List<MethodInvoker> overloads;

  CallableProxy(ActorProxy owner, String name, List<MethodInvoker> overloads) {
    this.owner = owner;
    this.name = name;
    this.overloads = overloads;
  }

  /**
   * Calls the method with ask semantics.
   *
   * @param args the arguments
   * @return the future return value, failed with the method's exception (logged at INFO; the
   *     actor keeps running), with {@link ActorDeadException} if the actor is dead, or with {@link
   *     NoSuchMemberException} if no overload takes these arguments
   */
  public Future<Object> call(Object... args) {
    Object[] a = args == null ? new Object[] {null} : args;
    MethodInvoker method;
    try {
      method = Overloads.resolve(owner.ref(), owner.dotted(name), overloads, a);
    } catch (NoSuchMemberException e) {
      ThreadingFuture<Object> failed = new ThreadingFuture<>();
      failed.setException(e);
      return failed;
    }
    return owner.ref().send(new Invocation(owner.path(), method, a));
  }

  /**
   * Calls the method with tell semantics: no future. If the method throws, the actor logs it at
   * ERROR, stops, and runs {@link Actor#onFailure}.
   *
   * @param args the arguments
   * @throws ActorDeadException if the actor is dead
   * @throws NoSuchMemberException if no overload takes these arguments
   */
  public void defer(Object... args) {
    Object[] a = args == null ? new Object[] {null} : args;
    MethodInvoker method = Overloads.resolve(owner.ref(), owner.dotted(name), overloads, a);
    owner.ref().tell(new Invocation(owner.path(), method, a));
  }

  /** {@code CallableProxy for Adder (urn:uuid:...), attr_path=[add]}. */
  @Override
  public String toString() {
    List<String> full = new java.util.ArrayList<>(owner.attrPath());
    full.add(name);
    return "CallableProxy for " + owner.actorRef() + ", attr_path=" + full;
  }
}
