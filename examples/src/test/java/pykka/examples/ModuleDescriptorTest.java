package pykka.examples;

import static pykka.testfixtures.ModuleDescriptorAssert.assertThatModule;

import java.lang.module.ModuleDescriptor.Requires.Modifier;
import org.junit.jupiter.api.Test;

final class ModuleDescriptorTest {

  @Test
  void theModuleIsPykkaExamplesAndExportsItsOnePackage() {
    assertThatModule(PlainActorExample.class)
        .isNamed("pykka.examples")
        .exportsExactly("pykka.examples");
  }

  @Test
  void thePackageIsOpenedToPykkaCoreOnlySoThatProxiesCanReachTheActors() {
    assertThatModule(PlainActorExample.class).opensOnly("pykka.examples", "pykka.core");
  }

  @Test
  void itRequiresPykkaCoreTransitivelySoThatUsersOfTheExamplesSeeItsTypes() {
    assertThatModule(PlainActorExample.class).requires("pykka.core", Modifier.TRANSITIVE);
  }
}
