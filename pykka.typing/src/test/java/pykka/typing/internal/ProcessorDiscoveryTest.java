package pykka.typing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compiler finds the processor by itself, as a build's {@code annotationProcessorPaths} make it
 * do: on a processor class path through {@code META-INF/services}, and on a processor module path
 * through the module's {@code provides}.
 */
final class ProcessorDiscoveryTest {

  @TempDir Path dir;

  private static final String CIRCLE =
      """
      package demo;

      import pykka.ThreadingActor;
      import pykka.typing.GenerateProxy;

      @GenerateProxy
      public class CircleActor extends ThreadingActor {
        public double pi = 3.14;

        public double area(double radius) {
          return pi * radius * radius;
        }
      }
      """;

  private static final String DEMO_MODULE =
      """
      module demo {
        requires pykka.typing;

        opens demo to pykka.core;
      }
      """;

  @Test
  void onAProcessorClassPathTheServicesFileNamesTheProcessor() throws Exception {
    Compilation.Result result =
        Compilation.in(dir)
            .discoverProcessor()
            .option("-processorpath", Compilation.locationOf(ProxyProcessor.class).toString())
            .source("demo.CircleActor", CIRCLE)
            .compile();

    assertThat(result.messages()).as(result.all()).isEmpty();
    assertThat(result.generatedTypes()).containsExactly("demo.CircleActorProxy");
  }

  @Test
  void aNamedModuleOnTheModulePathRunsTheProcessorFromTheProcessorClassPathAsMavenDoes()
      throws Exception {
    // maven-compiler-plugin 3.x hands annotationProcessorPaths to javac as -processorpath, also
    // when the project itself is a named module compiled on the module path.
    Compilation.Result result =
        Compilation.in(dir)
            .modular()
            .discoverProcessor()
            .option("-processorpath", Compilation.dependencyPath())
            .source("module-info", DEMO_MODULE)
            .source("demo.CircleActor", CIRCLE)
            .compile();

    // The module reads neither java.compiler nor pykka.core itself: pykka.typing's "requires
    // transitive" lines let it compile the generated @Generated and pykka.Future.
    assertThat(result.messages()).as(result.all()).isEmpty();
    assertThat(result.success()).isTrue();
    assertThat(result.generatedTypes()).containsExactly("demo.CircleActorProxy");
    assertThat(result.classes().resolve("demo/CircleActorProxy.class")).exists();
  }

  @Test
  void onAProcessorModulePathTheModulesProvidesNamesTheProcessor() throws Exception {
    // Through javac's command line: in-process javax.tools compilations (JDK 25) do not count
    // --processor-module-path as asking for annotation processing, and would need -proc:full.
    Compilation.Result result =
        Compilation.in(dir)
            .modular()
            .commandLine()
            .option("--processor-module-path", Compilation.dependencyPath())
            .source("module-info", DEMO_MODULE)
            .source("demo.CircleActor", CIRCLE)
            .compile();

    assertThat(result.messages()).as(result.all()).isEmpty();
    assertThat(result.success()).isTrue();
    assertThat(result.generatedTypes()).containsExactly("demo.CircleActorProxy");
    assertThat(result.classes().resolve("demo/CircleActorProxy.class")).exists();
  }

  @Test
  void withoutAProcessorPathNothingIsGenerated() throws Exception {
    // The control for the two tests above: JDK 23 and later do not look for processors on the
    // class path unless asked to.
    Compilation.Result result =
        Compilation.in(dir).discoverProcessor().source("demo.CircleActor", CIRCLE).compile();

    assertThat(result.success()).as(result.all()).isTrue();
    assertThat(result.generatedTypes()).isEmpty();
    assertThat(result.classes().resolve("demo/CircleActor.class")).exists();
  }
}
