package pykka.testfixtures;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Exports;
import java.lang.module.ModuleDescriptor.Requires;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.Assertions;

/**
 * AssertJ assertions on a module's descriptor, for the tests that pin each module's contract: its
 * name, what it exports and opens, and what it requires. Each test module's tests run patched into
 * the module under test, so the descriptor is that of the module as built.
 *
 * <pre>{@code
 * assertThatModule(PykkaDemo.class)
 *     .isNamed("pykka.cli")
 *     .exportsExactly()
 *     .opensOnly("pykka.cli", "info.picocli");
 * }</pre>
 */
public final class ModuleDescriptorAssert
    extends AbstractAssert<ModuleDescriptorAssert, ModuleDescriptor> {

  private ModuleDescriptorAssert(ModuleDescriptor actual) {
    super(actual, ModuleDescriptorAssert.class);
  }

  /**
   * Assertions on {@code descriptor}.
   *
   * @param descriptor the descriptor to check
   * @return the assertions
   */
  public static ModuleDescriptorAssert assertThatModule(ModuleDescriptor descriptor) {
    return new ModuleDescriptorAssert(descriptor);
  }

  /**
   * Assertions on the descriptor of the named module that {@code member} belongs to.
   *
   * @param member a class of the module
   * @return the assertions
   * @throws AssertionError if the class is in an unnamed module
   */
  public static ModuleDescriptorAssert assertThatModule(Class<?> member) {
    Assertions.assertThat(member.getModule().isNamed())
        .as("%s is in a named module", member.getName())
        .isTrue();
    return new ModuleDescriptorAssert(member.getModule().getDescriptor());
  }

  /**
   * Checks the module's name.
   *
   * @param name the expected name
   * @return these assertions
   */
  public ModuleDescriptorAssert isNamed(String name) {
    isNotNull();
    Assertions.assertThat(actual.name()).as("module name").isEqualTo(name);
    return this;
  }

  /**
   * Checks that the module exports exactly {@code packages}, each to every module: no other
   * package, and no qualified export.
   *
   * @param packages the exported packages; none for a module that exports nothing
   * @return these assertions
   */
  public ModuleDescriptorAssert exportsExactly(String... packages) {
    isNotNull();
    Assertions.assertThat(actual.exports())
        .as("exports of %s", actual.name())
        .allSatisfy(e -> Assertions.assertThat(e.isQualified()).as("%s is qualified", e).isFalse())
        .extracting(Exports::source)
        .containsExactlyInAnyOrder(packages);
    return this;
  }

  /**
   * Checks that the module is not open and opens exactly one package, {@code pkg}, to exactly
   * {@code targets}.
   *
   * @param pkg the opened package
   * @param targets the modules it is opened to; none for an unqualified opens
   * @return these assertions
   */
  public ModuleDescriptorAssert opensOnly(String pkg, String... targets) {
    isNotNull();
    Assertions.assertThat(actual.isOpen()).as("%s is an open module", actual.name()).isFalse();
    Assertions.assertThat(actual.opens())
        .as("opens of %s", actual.name())
        .singleElement()
        .satisfies(
            opens -> {
              Assertions.assertThat(opens.source()).isEqualTo(pkg);
              Assertions.assertThat(opens.targets()).containsExactlyInAnyOrder(targets);
            });
    return this;
  }

  /**
   * Checks that the module is not open and opens no package.
   *
   * @return these assertions
   */
  public ModuleDescriptorAssert opensNothing() {
    isNotNull();
    Assertions.assertThat(actual.isOpen()).as("%s is an open module", actual.name()).isFalse();
    Assertions.assertThat(actual.opens()).as("opens of %s", actual.name()).isEmpty();
    return this;
  }

  /**
   * Checks that the module requires {@code module} with exactly {@code modifiers}.
   *
   * @param module the required module's name
   * @param modifiers its modifiers ({@code TRANSITIVE}, {@code STATIC}); none for a plain requires
   * @return these assertions
   */
  public ModuleDescriptorAssert requires(String module, Requires.Modifier... modifiers) {
    isNotNull();
    Set<Requires> matching =
        actual.requires().stream().filter(r -> r.name().equals(module)).collect(Collectors.toSet());
    Assertions.assertThat(matching)
        .as("%s requires %s", actual.name(), module)
        .singleElement()
        .satisfies(r -> Assertions.assertThat(r.modifiers()).containsExactlyInAnyOrder(modifiers));
    return this;
  }
}
