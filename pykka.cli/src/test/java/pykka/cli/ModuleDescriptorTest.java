package pykka.cli;

import static pykka.testfixtures.ModuleDescriptorAssert.assertThatModule;

import org.junit.jupiter.api.Test;

final class ModuleDescriptorTest {

  @Test
  void theModuleIsPykkaCliAndExportsNothing() {
    assertThatModule(PykkaDemo.class).isNamed("pykka.cli").exportsExactly();
  }

  @Test
  void itsPackageIsOpenedToPicocliOnly() {
    assertThatModule(PykkaDemo.class).opensOnly("pykka.cli", "info.picocli");
  }
}
