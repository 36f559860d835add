package pykka.typing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Generates, at compile time, a typed proxy interface for the annotated actor class, so that the
 * actor is written once and its proxy is typed: {@code ref.proxy(CircleActorProxy.class)}.
 *
 * {@snippet :
 * @GenerateProxy
 * public class CircleActor extends ThreadingActor {
 *   public double pi = 3.14;
 *
 *   public double area(double radius) {
 *     return pi * radius * radius;
 *   }
 * }
 *
 * // generated in the same package:
 * public interface CircleActorProxy extends ActorMemberMixin {
 *   Future<Double> pi();
 *   Future<Double> area(double radius);
 * }
 * }
 *
 * <p>The interface is written in the actor's package, is {@code public}, extends {@link
 * ActorMemberMixin}, and has, in declaration order, superclasses' members first (an overriding
 * method where it is declared, interfaces' default methods last):
 *
 * <ul>
 *   <li>for each public instance method of the actor and its superclasses, one with the same name
 *       and parameters returning {@code Future<R>}, where {@code R} is the method's return type,
 *       boxed ({@code Future<Void>} for {@code void}); calling it is an ask;
 *   <li>for each public field {@code x} (instance or static) that a lookup by its name finds (one
 *       hidden by a field of a subclass, of any access, is left out), {@code Future<T> x()} reading
 *       it, {@code T} being the field's type, boxed;
 *   <li>except that a <em>traversable</em> field (annotated {@link pykka.Traversable @Traversable},
 *       or whose type's class or a superclass of it is) whose type's class is annotated {@link
 *       GenerateTraversableProxy} becomes {@code XProxy x()}, returning the nested typed proxy
 *       generated for that class.
 * </ul>
 *
 * <p>Members of pykka's own classes ({@code Actor}, {@code ThreadingActor}, {@code
 * VirtualThreadActor}) and of {@link Object}, and methods overriding them (the hooks, {@code
 * toString}, ...), are left out; {@code stop()} and {@code actorRef()} come from {@link
 * ActorMemberMixin}. Static methods are left out.
 *
 * <p>These shapes are compile errors, reported on the element at fault: an annotated type that is
 * not a class extending {@code pykka.ThreadingActor} or {@code pykka.VirtualThreadActor}; a class
 * that is not public or is an inner (non-static nested) class, or is nested in a class that is not
 * public; a generic method (one with its own type parameters); a member whose signature uses a type
 * the generated interface cannot see (a private nested type, or a package-private type of another
 * package); two members that would become the same method of the interface, including a field whose
 * accessor would clash with {@code stop()}, {@code actorRef()} or a method of {@link Object}; a
 * {@link #name} that is not a valid identifier or that names a type that already exists.
 *
 * <p>The processor, {@code pykka.typing.internal.ProxyProcessor}, runs when this module's artifact
 * is on the compiler's annotation processor path (or processor module path). Generated sources
 * carry {@link javax.annotation.processing.Generated @Generated}.
 *
 * @see GenerateTraversableProxy
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface GenerateProxy {

  /**
   * The simple name of the generated interface; empty (the default) for the annotated class's
   * simple name followed by {@code Proxy}, as {@code CircleActorProxy} for {@code CircleActor}.
   *
   * @return the name of the interface to generate, or empty for the default
   */
  String name() default "";
}
