package pykka.debug;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Exports;
import java.lang.module.ModuleDescriptor.Requires;
import org.junit.jupiter.api.Test;
import pykka.ActorRef;

final class ModuleDescriptorTest {

  @Test
  void pykkaDebugExportsOnlyItsPackageAndRequiresCoreSlf4jAndJdkUnsupported() {
    ModuleDescriptor debug = Debug.class.getModule().getDescriptor();

    assertThat(debug.name()).isEqualTo("pykka.debug");
    assertThat(debug.exports())
        .singleElement()
        .satisfies(e -> assertThat(e.source()).isEqualTo("pykka.debug"))
        .satisfies(e -> assertThat(e.isQualified()).isFalse());
    assertThat(debug.requires())
        .map(Requires::name)
        .contains("pykka.core", "org.slf4j", "jdk.unsupported");
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
