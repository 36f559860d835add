package pykka.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.util.Set;
import org.junit.jupiter.api.Test;

final class ModuleDescriptorTest {

  private final ModuleDescriptor descriptor = PykkaDemo.class.getModule().getDescriptor();

  @Test
  void theModuleIsPykkaCliAndExportsNothing() {
    assertThat(descriptor.name()).isEqualTo("pykka.cli");
    assertThat(descriptor.exports()).isEmpty();
  }

  @Test
  void itsPackageIsOpenedToPicocliOnly() {
    assertThat(descriptor.opens())
        .singleElement()
        .satisfies(
            opens -> {
              assertThat(opens.source()).isEqualTo("pykka.cli");
              assertThat(opens.targets()).isEqualTo(Set.of("info.picocli"));
            });
  }
}
