package pykka.typing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Generates, at compile time, a typed proxy interface for a class whose objects an actor holds in
 * traversable fields, so that the actor's generated proxy can return a nested typed proxy for such
 * a field, as Pykka's {@code proxy.playback.play()}:
 *
 * {@snippet :
 * @GenerateTraversableProxy
 * public class Playback {
 *   public boolean play() {
 *     return true;
 *   }
 * }
 *
 * @GenerateProxy
 * public class AnActor extends ThreadingActor {
 *   @Traversable public final Playback playback = new Playback();
 * }
 *
 * // generated: PlaybackProxy with Future<Boolean> play(), and AnActorProxy with
 * // PlaybackProxy playback(), so that:
 * ref.proxy(AnActorProxy.class).playback().play().get();
 * }
 *
 * <p>The interface follows the rules of {@link GenerateProxy} except that it does not extend {@link
 * ActorMemberMixin} (it stands for a member of an actor, not for the actor), and that the annotated
 * type must be a class or a record that is <em>not</em> an actor. An annotated class's interface is
 * used for a field only when the field is traversable ({@code @pykka.Traversable} on the field or
 * on the class); otherwise the field is read as a {@code Future}.
 *
 * @see GenerateProxy
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface GenerateTraversableProxy {

  /**
   * The simple name of the generated interface; empty (the default) for the annotated class's
   * simple name followed by {@code Proxy}.
   *
   * @return the name of the interface to generate, or empty for the default
   */
  String name() default "";
}
