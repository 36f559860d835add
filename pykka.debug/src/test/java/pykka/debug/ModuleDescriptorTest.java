package pykka.debug;

import static org.assertj.core.api.Assertions.assertThat;
import static pykka.testfixtures.ModuleDescriptorAssert.assertThatModule;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Exports;
import org.junit.jupiter.api.Test;
import pykka.ActorRef;

final class ModuleDescriptorTest {

  @Test
  void pykkaDebugExportsOnlyItsPackageAndRequiresCoreSlf4jAndJdkUnsupported() {
    assertThatModule(Debug.class)
        .isNamed("pykka.debug")
        .exportsExactly("pykka.debug")
        .requires("pykka.core")
        .requires("org.slf4j")
        .requires("jdk.unsupported");
  }

  @Test
  void pykkaCoreExportsNothingToPykkaDebugAloneSoTheDumpUsesThePublicViewOnly() {
    ModuleDescriptor core = ActorRef.class.getModule().getDescriptor();

    assertThat(core.exports()).noneMatch(Exports::isQualified);
    assertThat(
            ActorRef.class
                .getModule()
                .isExported("pykka.internal.runtime", Debug.class.getModule()))
        .isFalse();
  }
}
