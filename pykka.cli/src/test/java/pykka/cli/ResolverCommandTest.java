package pykka.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class ResolverCommandTest {

  @Test
  void loopbackAddressesResolveAndTheRunGoesOnPastAFailedLookup() {
    Run run = Run.of("resolver", "2", "127.0.0.1", "192.0.2.1", "::1");

    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines())
        .hasSize(6)
        .contains("Finished resolving 127.0.0.1", "Failed resolving 192.0.2.1")
        .containsAnyOf("Finished resolving ::1", "Failed resolving ::1");
    assertThat(run.outLines().subList(3, 6))
        .satisfiesExactly(
            first -> assertThat(first).matches("\\[\\(127\\.0\\.0\\.1, (?!null\\))[^)]+\\),"),
            second -> assertThat(second).isEqualTo(" (192.0.2.1, null),"),
            third -> assertThat(third).startsWith(" (::1, ").endsWith(")]"));
  }

  @Test
  void aPoolBelowOneIsBadInputWithUsageAndExitCodeTwo() {
    Run run = Run.of("resolver", "0", "127.0.0.1");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("POOL must be at least 1")
        .contains("Usage: pykka-demo resolver");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aPoolThatIsNotANumberIsBadInputWithExitCodeTwo() {
    Run run = Run.of("resolver", "many", "127.0.0.1");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("'many' is not an int").contains("Usage: pykka-demo resolver");
  }

  @Test
  void aMalformedAddressIsBadInputWithUsageAndExitCodeTwo() {
    Run run = Run.of("resolver", "2", "127.0.0.1", "300.1.2.3");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("'300.1.2.3' is not an IP address")
        .contains("Usage: pykka-demo resolver");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aHostNameIsRefusedWithoutBeingLookedUp() {
    Run run = Run.of("resolver", "2", "localhost");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("'localhost' is not an IP address");
  }

  @Test
  void aNonPositiveLookupTimeoutIsBadInputWithExitCodeTwo() {
    Run run = Run.of("resolver", "--lookup-timeout=0", "1", "127.0.0.1");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--lookup-timeout must be more than 0");
  }

  @Test
  void helpSaysThatEachLookupIsBoundedInTime() {
    Run run = Run.of("resolver", "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out().replaceAll("\\s+", " "))
        .contains("Usage: pykka-demo resolver")
        .contains("[POOL] [IP...]")
        .contains("--lookup-timeout=SECONDS")
        .contains("at most --lookup-timeout seconds")
        .contains("counts as failed");
  }
}
