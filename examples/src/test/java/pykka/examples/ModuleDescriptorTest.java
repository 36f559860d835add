package pykka.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.util.Set;
import org.junit.jupiter.api.Test;

final class ModuleDescriptorTest {

  private final ModuleDescriptor descriptor = PlainActorExample.class.getModule().getDescriptor();

  @Test
  void theModuleIsPykkaExamplesAndExportsItsOnePackage() {
    assertThat(descriptor.name()).isEqualTo("pykka.examples");
    assertThat(descriptor.exports())
        .singleElement()
        .satisfies(
            exports -> {
              assertThat(exports.source()).isEqualTo("pykka.examples");
              assertThat(exports.isQualified()).isFalse();
            });
  }

  @Test
  void thePackageIsOpenedToPykkaCoreOnlySoThatProxiesCanReachTheActors() {
    assertThat(descriptor.opens())
        .singleElement()
        .satisfies(
            opens -> {
              assertThat(opens.source()).isEqualTo("pykka.examples");
              assertThat(opens.targets()).isEqualTo(Set.of("pykka.core"));
            });
  }

  @Test
  void itRequiresPykkaCoreTransitivelySoThatUsersOfTheExamplesSeeItsTypes() {
    assertThat(descriptor.requires())
        .anySatisfy(
            requires -> {
              assertThat(requires.name()).isEqualTo("pykka.core");
              assertThat(requires.modifiers())
                  .contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE);
            });
  }
}
