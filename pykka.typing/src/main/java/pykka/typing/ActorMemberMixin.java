package pykka.typing;

import pykka.ActorRef;
import pykka.Future;

/**
 * The members every typed proxy of an actor has besides the actor's own: extend it in an interface
 * passed to {@link ActorRef#proxy(Class) ref.proxy(Class)}, as the interfaces generated for {@link
 * GenerateProxy @GenerateProxy} do.
 *
 * {@snippet :
 * interface CircleApi extends ActorMemberMixin {
 *   Future<Double> area(double radius);
 * }
 *
 * CircleApi circle = ref.proxy(CircleApi.class);
 * circle.area(2.0).get();
 * circle.stop().get();   // the actor stops after the messages already sent
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
   * Asks the actor to stop, as Pykka's {@code proxy.stop()}: calls the actor's {@code stop()} in
   * the actor, which enqueues a stop behind the messages already in its inbox. Messages sent after
   * this future completes are answered with {@link pykka.ActorDeadException}; to wait until the
   * actor has stopped, use {@code actorRef().stop()}.
   *
   * @return a future completed with {@code null} once the stop is enqueued
   */
  Future<Void> stop();

  /**
   * The ref of the actor behind this proxy. Answered locally, without a message to the actor.
   *
   * @return the actor's ref
   */
  ActorRef<?> actorRef();
}
