package pykka.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import pykka.ActorRegistry;

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
    assertThat(run.errLines())
        .containsExactly(
            "POOL must be at least 1 resolver, but was 0.",
            "Usage: pykka-demo resolver [-hvV] [--lookup-timeout=SECONDS] [POOL] [IP...]",
            "Try 'pykka-demo resolver --help' for more information.");
    assertThat(run.out()).isEmpty();
  }

  /**
   * Defect 11: {@code resolver 2147483647 127.0.0.1} started actors until the JVM ran out of
   * threads (about 32,000), then died of OutOfMemoryError and ignored SIGTERM.
   */
  @ParameterizedTest(name = "POOL {0}")
  @ValueSource(strings = {"257", "32000", "2147483647"})
  void aPoolAboveTheBoundIsBadInputWithExitCodeTwoAndNoActorIsStarted(String pool) {
    Run run = Run.of("resolver", pool, "127.0.0.1");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines())
        .containsExactly(
            "POOL must be at most 256 resolvers (each is a thread of its own), but was "
                + pool
                + ".",
            "Usage: pykka-demo resolver [-hvV] [--lookup-timeout=SECONDS] [POOL] [IP...]",
            "Try 'pykka-demo resolver --help' for more information.");
    assertThat(run.out()).isEmpty();
    assertThat(ActorRegistry.getAll()).isEmpty();
  }

  @Test
  void aPoolOfExactlyTheBoundRuns() {
    Run run = Run.of("resolver", "256", "127.0.0.1");

    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines()).hasSize(2).first().isEqualTo("Finished resolving 127.0.0.1");
    assertThat(ActorRegistry.getAll()).isEmpty();
  }

  @Test
  void aPoolBeyondIntIsBadInputWithExitCodeTwo() {
    Run run = Run.of("resolver", "2147483648", "127.0.0.1");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines().get(0)).endsWith("'2147483648' is not an int");
  }

  @Test
  void moreAddressesThanTheBoundAreBadInputWithExitCodeTwoAndNoActorIsStarted() {
    List<String> args = new ArrayList<>(List.of("resolver", "256"));
    args.addAll(Collections.nCopies(1025, "127.0.0.1"));

    Run run = Run.of(args.toArray(String[]::new));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines())
        .first()
        .isEqualTo("Give at most 1024 addresses, but 1025 were given.");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void exactlyTheBoundOfAddressesRuns() {
    List<String> args = new ArrayList<>(List.of("resolver", "256"));
    args.addAll(Collections.nCopies(1024, "127.0.0.1"));

    Run run = Run.of(args.toArray(String[]::new));

    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines()).hasSize(2 * 1024);
  }

  @Test
  void aPoolThatIsNotANumberIsBadInputWithExitCodeTwo() {
    Run run = Run.of("resolver", "many", "127.0.0.1");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("'many' is not an int")
        .contains("Usage: pykka-demo resolver")
        .contains("Try 'pykka-demo resolver --help'");
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

  @ParameterizedTest(name = "--lookup-timeout={0}")
  @ValueSource(strings = {"3600.001", "86400", "1e400", "Infinity", "NaN", "-0.5"})
  void aLookupTimeoutOutsideTheBoundsIsBadInputWithExitCodeTwo(String seconds) {
    Run run = Run.of("resolver", "--lookup-timeout=" + seconds, "1", "127.0.0.1");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines().get(0))
        .startsWith("--lookup-timeout must be more than 0 and at most 3600 seconds, but was ");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aLookupTimeoutOfTheBoundRuns() {
    Run run = Run.of("resolver", "--lookup-timeout=3600", "1", "127.0.0.1");

    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines()).first().isEqualTo("Finished resolving 127.0.0.1");
  }

  @Test
  void aRunThatCouldTakeMoreThanAnHourIsBadInputWithExitCodeTwo() {
    Run run = Run.of("resolver", "--lookup-timeout=3600", "1", "127.0.0.1", "::1");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines().get(0))
        .isEqualTo(
            "This run could take 7200 seconds (2 lookups in turn per resolver, of up to 3600"
                + " seconds each), more than 3600: give a larger POOL or a shorter"
                + " --lookup-timeout.");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void theRunTimeCountsTheLookupsEachResolverMakesInTurn() {
    List<String> five = Collections.nCopies(5, "127.0.0.1");

    // One resolver, five addresses: 5 x 720 = 3600 seconds at most, and 5 x 720.5 more.
    Run enough = Run.of(args("--lookup-timeout=720", "1", five));
    Run tooLong = Run.of(args("--lookup-timeout=720.5", "1", five));
    // Five resolvers, one address each: 3600 seconds at most.
    Run shared = Run.of(args("--lookup-timeout=3600", "5", five));

    assertThat(enough.exitCode()).isZero();
    assertThat(tooLong.exitCode()).isEqualTo(2);
    assertThat(tooLong.errLines().get(0)).startsWith("This run could take 3602.5 seconds (5 ");
    assertThat(shared.exitCode()).isZero();
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

  @Test
  void helpGivesEveryBoundAndWhyThePoolHasOne() {
    Run run = Run.of("resolver", "--help");

    assertThat(run.out().replaceAll("\\s+", " "))
        .contains("How many resolver actors to start, from 1 to 256")
        .contains("Each resolver is a thread of its own")
        .contains("address literals, at most 1024")
        .contains("more than 0, at most 3600")
        .contains("ceil(IPs / POOL) x --lookup-timeout seconds; that must not exceed 3600");
  }

  private static String[] args(String option, String pool, List<String> ips) {
    List<String> args = new ArrayList<>(List.of("resolver", option, pool));
    args.addAll(ips);
    return args.toArray(String[]::new);
  }
}
