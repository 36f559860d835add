package pykka.testfixtures;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pykka.testfixtures.ModuleDescriptorAssert.assertThatModule;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Requires.Modifier;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The module-descriptor assertions pass on what matches and fail on every difference. */
final class ModuleDescriptorAssertTest {

  private static final ModuleDescriptor MODULE =
      ModuleDescriptor.newModule("my.module")
          .exports("my.api")
          .opens("my.actors", Set.of("pykka.core"))
          .requires(Set.of(Modifier.TRANSITIVE), "pykka.core")
          .requires("org.slf4j")
          .build();

  private static final ModuleDescriptor QUALIFIED_EXPORT =
      ModuleDescriptor.newModule("my.module")
          .exports("my.api")
          .exports(Set.of(), "my.internal", Set.of("my.friend"))
          .build();

  @Test
  void aDescriptorThatMatchesPassesEveryCheck() {
    assertThatCode(
            () ->
                assertThatModule(MODULE)
                    .isNamed("my.module")
                    .exportsExactly("my.api")
                    .opensOnly("my.actors", "pykka.core")
                    .requires("pykka.core", Modifier.TRANSITIVE)
                    .requires("org.slf4j"))
        .doesNotThrowAnyException();
    assertThatCode(() -> assertThatModule(QUALIFIED_EXPORT).opensNothing())
        .doesNotThrowAnyException();
    assertThatCode(
            () -> assertThatModule(ModuleDescriptorAssert.class).isNamed("pykka.testfixtures"))
        .doesNotThrowAnyException();
  }

  @Test
  void eachCheckFailsOnADescriptorThatDiffers() {
    ModuleDescriptorAssert module = assertThatModule(MODULE);

    assertThatThrownBy(() -> module.isNamed("other.module")).isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> module.exportsExactly()).isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> module.exportsExactly("my.api", "my.actors"))
        .isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> assertThatModule(QUALIFIED_EXPORT).exportsExactly("my.api"))
        .isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> module.opensOnly("my.actors")).isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> module.opensOnly("my.actors", "pykka.core", "other.module"))
        .isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> module.opensOnly("my.api", "pykka.core"))
        .isInstanceOf(AssertionError.class);
    assertThatThrownBy(module::opensNothing).isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> module.requires("pykka.core")).isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> module.requires("org.slf4j", Modifier.STATIC))
        .isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> module.requires("java.compiler")).isInstanceOf(AssertionError.class);
  }

  @Test
  void anOpenModuleFailsTheOpensChecks() {
    ModuleDescriptor open = ModuleDescriptor.newOpenModule("my.module").exports("my.api").build();

    assertThatThrownBy(() -> assertThatModule(open).opensNothing())
        .isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> assertThatModule(open).opensOnly("my.api"))
        .isInstanceOf(AssertionError.class);
  }
}
