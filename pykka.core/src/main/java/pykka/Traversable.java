package pykka;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an actor's field as traversable: a proxy does not return the field's value but lets you
 * reach its own public members, {@code proxy.traverse("playback").call("play")}. On a class, it
 * makes every field holding an instance of that class traversable. This is Pykka's {@code
 * pykka.traversable}.
 *
 * {@snippet class=pykka.JavadocSnippetsTest region=traversable}
 *
 * {@snippet class=pykka.JavadocSnippetsTest region=traversable-use}
 *
 * <p>Traversal nests to any depth, as long as every field on the path is traversable. A traversable
 * field can still be read whole with {@link ActorProxy#field(String)}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.TYPE})
public @interface Traversable {}
