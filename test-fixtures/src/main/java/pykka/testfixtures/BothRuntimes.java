package pykka.testfixtures;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Runs every test of the annotated class once per {@link ActorRuntime}. The class takes the runtime
 * in its constructor and makes its actors through its module's factory:
 *
 * <pre>{@code
 * @BothRuntimes
 * final class StoppingTest {
 *   private final ActorRuntime runtime;
 *
 *   StoppingTest(ActorRuntime runtime) {
 *     this.runtime = runtime;
 *   }
 * }
 * }</pre>
 *
 * <p>A class whose tests do not all depend on the runtime takes it per method instead, with
 * {@code @ParameterizedTest} and {@code @EnumSource(ActorRuntime.class)}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ParameterizedClass(name = "{0}")
@EnumSource(ActorRuntime.class)
public @interface BothRuntimes {}
