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
        .contains(
            "help",
            "plain",
            "proxy",
            "counter",
            "resolver",
            "deadlock",
            "typed",
            "traversable",
            "supervise");
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
  void helpListsTheExitCodes() {
    Run run = Run.of("--help");

    assertThat(run.out()).contains("Exit codes:");
    assertThat(run.outLines())
        .anyMatch(line -> line.matches("  0 +The demo ran\\."))
        .anyMatch(line -> line.matches("  1 +The demo failed.*"))
        .anyMatch(line -> line.matches("  2 +Bad input: .*"))
        .anyMatch(line -> line.matches("  130 +Interrupted by SIGINT.*"))
        .anyMatch(line -> line.matches("  143 +Terminated by SIGTERM.*"));
  }

  @Test
  void theHelpSubcommandIsListedAndShowsTheSameHelpAsHelpOptions() {
    Run top = Run.of("help");
    Run resolver = Run.of("help", "resolver");

    assertThat(top.exitCode()).isZero();
    assertThat(top.out()).isEqualTo(Run.of("--help").out());
    assertThat(top.outLines()).anyMatch(line -> line.matches("  help +Display help .*"));
    assertThat(resolver.exitCode()).isZero();
    assertThat(resolver.out()).isEqualTo(Run.of("resolver", "--help").out());
  }

  @Test
  void helpOfAnUnknownSubcommandIsBadInputWithExitCodeTwo() {
    Run run = Run.of("help", "frobnicate");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines())
        .containsExactly(
            "Unknown subcommand 'frobnicate'.",
            "Usage: pykka-demo [-hvV] [--jfr=FILE] [COMMAND]",
            "Try 'pykka-demo --help' for more information.");
  }

  @Test
  void anUnknownSubcommandIsBadInputWithTheSynopsisAndExitCodeTwoAndNoFarFetchedSuggestion() {
    Run run = Run.of("frobnicate");

    assertThat(run.exitCode()).isEqualTo(2);
    // Picocli's own suggester offered "pykka-demo proxy or pykka-demo counter" here.
    assertThat(run.errLines())
        .containsExactly(
            "Unmatched argument at index 0: 'frobnicate'",
            "Usage: pykka-demo [-hvV] [--jfr=FILE] [COMMAND]",
            "Try 'pykka-demo --help' for more information.");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aMistypedSubcommandIsBadInputThatSuggestsTheCloseOne() {
    Run run = Run.of("resolvr", "2", "127.0.0.1");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines())
        .containsExactly(
            "Unmatched arguments from index 0: 'resolvr', '2', '127.0.0.1'",
            "Did you mean: pykka-demo resolver?",
            "Usage: pykka-demo [-hvV] [--jfr=FILE] [COMMAND]",
            "Try 'pykka-demo --help' for more information.");
  }

  @Test
  void anUnknownOptionIsBadInputWithTheSynopsisAndExitCodeTwo() {
    Run run = Run.of("--frobnicate");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines())
        .containsExactly(
            "Unknown option: '--frobnicate'",
            "Usage: pykka-demo [-hvV] [--jfr=FILE] [COMMAND]",
            "Try 'pykka-demo --help' for more information.");
  }

  @Test
  void aMistypedOptionSuggestsOnlyTheCloseOne() {
    Run run = Run.of("--verbos", "plain");

    assertThat(run.exitCode()).isEqualTo(2);
    // Picocli's own suggester offered "--verbose, --version".
    assertThat(run.errLines()).contains("Did you mean: --verbose?");
    assertThat(run.err()).doesNotContain("--version");
  }

  @Test
  void aMistypedOptionOfASubcommandWithItsValueSuggestsTheOptionAndShowsTheSubcommandsSynopsis() {
    Run run = Run.of("resolver", "--lookup-timout=3", "1", "127.0.0.1");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines())
        .containsExactly(
            "Unknown option: '--lookup-timout=3'",
            "Did you mean: --lookup-timeout?",
            "Usage: pykka-demo resolver [-hvV] [--lookup-timeout=SECONDS] [POOL] [IP...]",
            "Try 'pykka-demo resolver --help' for more information.");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void noSubcommandAtAllIsBadInputWithTheSynopsisAndExitCodeTwo() {
    Run run = Run.of();

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines())
        .containsExactly(
            "Missing subcommand: say which demo to run.",
            "Usage: pykka-demo [-hvV] [--jfr=FILE] [COMMAND]",
            "Try 'pykka-demo --help' for more information.");
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
