package pykka;

import java.util.ArrayList;
import java.util.List;
import pykka.internal.proxy.MethodInvoker;

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
   * @return the future return value, failed with the method's exception (logged at INFO; the actor
   *     keeps running), with {@link ActorDeadException} if the actor is dead, or with {@link
   *     NoSuchMemberException} if no overload takes these arguments
   */
  public Future<Object> call(Object... args) {
    return owner.call(name, overloads, args);
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
    owner.defer(name, overloads, args);
  }

  /** {@code CallableProxy for Adder (urn:uuid:...), attr_path=[add]}. */
  @Override
  public String toString() {
    List<String> full = new ArrayList<>(owner.attrPath());
    full.add(name);
    return "CallableProxy for " + owner.actorRef() + ", attr_path=" + full;
  }
}
