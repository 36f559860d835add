package pykka.typing;

import pykka.ActorRef;
import pykka.Future;

/**
 * The members every typed proxy of an actor has besides the actor's own: extend it in an interface
 * passed to {@code ref.proxy(Class)}, as the interfaces generated for
 * {@link GenerateProxy @GenerateProxy} do.
 *
 * {@snippet :
 * interface CircleApi extends ActorMemberMixin {
 *   Future<Double> area(double radius);
 * }
 *
 * CircleApi circle = ref.proxy(CircleApi.class);
 * circle.area(2.0).get();
 * circle.stop().get();   // the actor has stopped
 * }
 *
 * <p>Extending it is optional: {@code pykka.core} recognises these two methods by name and
 * signature in any proxy interface, so it does not depend on this module. This is the Java
 * counterpart of Pykka's {@code pykka.typing.ActorMemberMixin}.
 *
 * <p><b>Thread safety.</b> Both methods may be called from any thread, as every method of a proxy.
 */
public interface ActorMemberMixin {

  /**
   * Asks the actor to stop, as Pykka's {@code proxy.stop()}: the stop request is queued behind the
   * messages already in the actor's inbox.
   *
   * @return a future completed with {@code null} once the actor has stopped
   */
  Future<Void> stop();

  /**
   * The ref of the actor behind this proxy. Answered locally, without a message to the actor.
   *
   * @return the actor's ref
   */
  ActorRef<?> actorRef();
}
