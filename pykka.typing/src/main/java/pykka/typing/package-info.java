/**
 * Typed proxies: {@link pykka.typing.ActorMemberMixin}, the members common to every typed proxy of
 * an actor, and the annotations {@link pykka.typing.GenerateProxy} and {@link
 * pykka.typing.GenerateTraversableProxy}, from which an annotation processor in this module writes
 * typed proxy interfaces at compile time.
 *
 * <p>Pykka's {@code pykka.typing} helps a type checker with hand-written proxy classes, because a
 * dynamic proxy cannot be typed automatically in Python. In Java it can: annotate the actor class,
 * and the interface to pass to {@code ref.proxy(Class)} is generated. Hand-written interfaces
 * extending {@link pykka.typing.ActorMemberMixin} work just as well.
 *
 * <p>To run the processor with Maven, list this module's artifact under the compiler plugin's
 * {@code annotationProcessorPaths} (JDK 23 and later no longer run processors found on the class
 * path without being asked to).
 */
package pykka.typing;
