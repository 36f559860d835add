package pykka.typing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static pykka.testfixtures.ModuleDescriptorAssert.assertThatModule;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Requires.Modifier;
import java.lang.module.ModuleFinder;
import java.lang.module.ResolvedModule;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.annotation.processing.Processor;
import org.junit.jupiter.api.Test;
import pykka.typing.ActorMemberMixin;
import pykka.typing.GenerateProxy;
import pykka.typing.GenerateTraversableProxy;

/** The module's descriptor, service file and public signatures are part of its contract. */
final class ModuleDescriptorTest {

  private static final ModuleDescriptor DESCRIPTOR =
      ActorMemberMixin.class.getModule().getDescriptor();

  @Test
  void theModuleExportsOnlyItsApiPackage() {
    assertThatModule(DESCRIPTOR)
        .isNamed("pykka.typing")
        .exportsExactly("pykka.typing")
        .opensNothing();
  }

  @Test
  void theModuleRequiresPykkaCoreTransitivelyAndJavaCompilerOnlyAtCompileTime() {
    assertThatModule(DESCRIPTOR)
        .requires("pykka.core", Modifier.TRANSITIVE)
        .requires("java.compiler", Modifier.STATIC, Modifier.TRANSITIVE);
  }

  @Test
  void theModuleProvidesTheProcessorAndTheServicesFileNamesItToo() throws Exception {
    assertThat(DESCRIPTOR.provides())
        .singleElement()
        .satisfies(
            provides -> {
              assertThat(provides.service()).isEqualTo(Processor.class.getName());
              assertThat(provides.providers()).containsExactly(ProxyProcessor.class.getName());
            });
    Path services =
        Compilation.locationOf(ProxyProcessor.class)
            .resolve("META-INF/services/" + Processor.class.getName());
    assertThat(Files.readAllLines(services)).containsExactly(ProxyProcessor.class.getName());
  }

  @Test
  void atRunTimeTheModuleResolvesWithoutJavaCompiler() {
    List<Path> paths =
        Arrays.stream(Compilation.dependencyPath().split(java.io.File.pathSeparator))
            .map(Path::of)
            .toList();
    // As in a run-time image made of an application's modules: the JDK's modules come from the
    // system image, and only those required are resolved (this test JVM's own boot layer has
    // java.compiler, so it cannot be the parent).
    Configuration configuration =
        Configuration.empty()
            .resolve(
                ModuleFinder.compose(
                    ModuleFinder.of(paths.toArray(Path[]::new)), ModuleFinder.ofSystem()),
                ModuleFinder.of(),
                Set.of("pykka.typing"));
    Set<String> resolved =
        configuration.modules().stream().map(ResolvedModule::name).collect(Collectors.toSet());
    assertThat(resolved)
        .contains("pykka.typing", "pykka.core", "org.slf4j", "java.base")
        .doesNotContain("java.compiler");
  }

  @Test
  void theAnnotationsAreKeptInClassFilesButNotAtRunTime() {
    for (Class<?> annotation : List.of(GenerateProxy.class, GenerateTraversableProxy.class)) {
      assertThat(annotation.getAnnotation(Retention.class).value())
          .as(annotation.getSimpleName())
          .isEqualTo(RetentionPolicy.CLASS);
    }
  }

  @Test
  void theMixinDeclaresExactlyTheTwoMethodsCoreRecognisesBySignature() throws Exception {
    Method stop = ActorMemberMixin.class.getMethod("stop");
    Method actorRef = ActorMemberMixin.class.getMethod("actorRef");
    assertThat(stop.getGenericReturnType().getTypeName()).isEqualTo("pykka.Future<java.lang.Void>");
    assertThat(actorRef.getGenericReturnType().getTypeName()).isEqualTo("pykka.ActorRef<?>");
    assertThat(ActorMemberMixin.class.getDeclaredMethods()).hasSize(2);
  }
}
