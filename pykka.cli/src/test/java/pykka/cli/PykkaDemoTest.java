package pykka.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class PykkaDemoTest {

  @Test
  void helpListsEverySubcommandAndTheVerboseOption() {
    Run run = Run.of("--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("Usage: pykka-demo")
        .contains("-v, --verbose")
        .contains("--version")
        .contains("plain", "proxy", "counter", "resolver", "deadlock", "typed", "traversable");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void versionNamesTheCommandAndTheProjectVersion() {
    Run run = Run.of("--version");

    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines().get(0)).matches("pykka-demo \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    assertThat(run.outLines().get(1)).startsWith("Java ");
  }

  @Test
  void anUnknownSubcommandIsBadInputWithUsageAndExitCodeTwo() {
    Run run = Run.of("frobnicate");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("Unmatched argument")
        .contains("frobnicate")
        .contains("Usage: pykka-demo");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void anUnknownOptionIsBadInputWithUsageAndExitCodeTwo() {
    Run run = Run.of("--frobnicate");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Unknown option: '--frobnicate'").contains("Usage: pykka-demo");
  }

  @Test
  void noSubcommandAtAllIsBadInputWithUsageAndExitCodeTwo() {
    Run run = Run.of();

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Missing subcommand").contains("Usage: pykka-demo");
  }

  @Test
  void verboseAsksSlf4jSimpleForPykkasDebugLogBeforeTheDemoRuns() {
    String before = System.getProperty(PykkaDemo.PYKKA_LOG_LEVEL);
    try {
      System.clearProperty(PykkaDemo.PYKKA_LOG_LEVEL);

      Run run = Run.of("plain", "-v");

      assertThat(run.exitCode()).isZero();
      assertThat(System.getProperty(PykkaDemo.PYKKA_LOG_LEVEL)).isEqualTo("debug");
    } finally {
      restore(before);
    }
  }

  @Test
  void verboseBeforeTheSubcommandWorksToo() {
    String before = System.getProperty(PykkaDemo.PYKKA_LOG_LEVEL);
    try {
      System.clearProperty(PykkaDemo.PYKKA_LOG_LEVEL);

      Run run = Run.of("--verbose", "plain");

      assertThat(run.exitCode()).isZero();
      assertThat(System.getProperty(PykkaDemo.PYKKA_LOG_LEVEL)).isEqualTo("debug");
    } finally {
      restore(before);
    }
  }

  @Test
  void withoutVerboseOnlyWarningsAndErrorsAreShown() {
    String before = System.getProperty(PykkaDemo.PYKKA_LOG_LEVEL);
    try {
      System.clearProperty(PykkaDemo.PYKKA_LOG_LEVEL);

      Run.of("plain");

      assertThat(System.getProperty(PykkaDemo.PYKKA_LOG_LEVEL)).isEqualTo("warn");
    } finally {
      restore(before);
    }
  }

  @Test
  void withoutVerboseALevelSetBeforehandIsKept() {
    String before = System.getProperty(PykkaDemo.PYKKA_LOG_LEVEL);
    try {
      System.setProperty(PykkaDemo.PYKKA_LOG_LEVEL, "info");

      Run.of("plain");

      assertThat(System.getProperty(PykkaDemo.PYKKA_LOG_LEVEL)).isEqualTo("info");
    } finally {
      restore(before);
    }
  }

  private static void restore(String value) {
    if (value == null) {
      System.clearProperty(PykkaDemo.PYKKA_LOG_LEVEL);
    } else {
      System.setProperty(PykkaDemo.PYKKA_LOG_LEVEL, value);
    }
  }
}
