package pykka;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Exports;
import java.lang.module.ModuleDescriptor.Requires;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Pins pykka.core's module descriptor: the API is exactly {@code pykka} and {@code pykka.messages};
 * the internals are exported to no module, not even pykka's own. The tests run patched into the
 * module, so this is the descriptor of the module as built.
 */
final class ModuleTest {

  private static final ModuleDescriptor DESCRIPTOR = ActorRef.class.getModule().getDescriptor();

  @Test
  void theTestsRunInsideTheNamedModulePykkaCore() {
    assertThat(ActorRef.class.getModule().isNamed()).isTrue();
    assertThat(DESCRIPTOR.name()).isEqualTo("pykka.core");
  }

  @Test
  void theUnqualifiedExportsAreExactlyPykkaAndPykkaMessages() {
    Set<String> unqualified =
        DESCRIPTOR.exports().stream()
            .filter(e -> !e.isQualified())
            .map(Exports::source)
            .collect(Collectors.toSet());

    assertThat(unqualified).containsExactlyInAnyOrder("pykka", "pykka.messages");
  }

  @Test
  void thereIsNoQualifiedExportAndTheInternalPackagesAreExportedToNoModule() {
    assertThat(DESCRIPTOR.exports()).noneMatch(Exports::isQualified);
    assertThat(DESCRIPTOR.packages())
        .contains("pykka.internal.runtime", "pykka.internal.proxy")
        .doesNotContain("pykka.internal");
  }

  @Test
  void theModuleIsNotOpenAndOpensNoPackage() {
    assertThat(DESCRIPTOR.isOpen()).isFalse();
    assertThat(DESCRIPTOR.opens()).isEmpty();
  }

  @Test
  void theModuleRequiresOnlyTheSlf4jApiAndJfrBesidesJavaBase() {
    Set<String> requires =
        DESCRIPTOR.requires().stream().map(Requires::name).collect(Collectors.toSet());

    // jdk.jfr for the supervisor's event, pykka.ActorRestarted.
    assertThat(requires).containsExactlyInAnyOrder("java.base", "org.slf4j", "jdk.jfr");
    assertThat(DESCRIPTOR.requires())
        .filteredOn(r -> r.name().equals("org.slf4j"))
        .singleElement()
        .satisfies(r -> assertThat(r.modifiers()).isEmpty());
  }
}
