package pykka.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** Runs the built image's launcher, as a user would. */
final class LauncherIT {

  @Test
  void theLauncherExecsJavaSoThatSignalsReachTheJvm() throws Exception {
    assertThat(Files.isExecutable(Launcher.executable())).isTrue();
    assertThat(Files.readAllLines(Launcher.executable()))
        .anyMatch(line -> line.startsWith("exec \"$DIR/java\""));
  }

  @Test
  void resolverOverTheLoopbackAddressesPrintsEachOutcomeAndThePairs() throws Exception {
    Launcher.Result result = Launcher.run("resolver", "2", "127.0.0.1", "::1");

    assertThat(result.exitCode()).isZero();
    assertThat(result.outLines())
        .hasSize(4)
        .contains("Finished resolving 127.0.0.1")
        // ::1 resolves where /etc/hosts names it, and fails (the documented line) where it does
        // not.
        .containsAnyOf("Finished resolving ::1", "Failed resolving ::1");
    assertThat(result.outLines().get(2)).matches("\\[\\(127\\.0\\.0\\.1, (?!null\\))[^)]+\\),");
    assertThat(result.outLines().get(3)).startsWith(" (::1, ").endsWith(")]");
  }

  @Test
  void helpShowsTheUsageWithEverySubcommandAndTheExitCodes() throws Exception {
    Launcher.Result result = Launcher.run("--help");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out())
        .startsWith("Usage: pykka-demo")
        .contains("-v, --verbose")
        .contains("help")
        .contains("plain")
        .contains("resolver")
        .contains("Exit codes:");
    assertThat(result.err()).isEmpty();
  }

  @Test
  void theHelpSubcommandShowsASubcommandsHelp() throws Exception {
    Launcher.Result result = Launcher.run("help", "resolver");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).isEqualTo(Launcher.run("resolver", "--help").out());
  }

  @Test
  void aMalformedAddressExitsWithTwoAfterAMessageTheSynopsisAndWhereToFindHelp() throws Exception {
    Launcher.Result result = Launcher.run("resolver", "2", "127.0.0.1", "not-an-ip");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err().lines())
        .containsExactly(
            "'not-an-ip' is not an IP address: give IPv4 or IPv6 literals, such as 127.0.0.1 or"
                + " ::1.",
            "Usage: pykka-demo resolver [-hvV] [--lookup-timeout=SECONDS] [POOL] [IP...]",
            "Try 'pykka-demo resolver --help' for more information.");
    assertThat(result.out()).isEmpty();
  }

  @Test
  void aMistypedSubcommandSuggestsTheCloseOneOnly() throws Exception {
    Launcher.Result result = Launcher.run("resolvr");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err().lines())
        .containsExactly(
            "Unmatched argument at index 0: 'resolvr'",
            "Did you mean: pykka-demo resolver?",
            "Usage: pykka-demo [-hvV] [--jfr=FILE] [COMMAND]",
            "Try 'pykka-demo --help' for more information.");
  }

  @Test
  void withVerboseAFailedLookupSaysWhy() throws Exception {
    // A nanosecond is too short for any lookup: this one surely times out.
    Launcher.Result timedOut =
        Launcher.run("-v", "resolver", "--lookup-timeout=1e-9", "1", "192.0.2.1");
    // 192.0.2.1 (TEST-NET-1) has no name: the system says so, or a lookup without a network
    // times out.
    Launcher.Result failed = Launcher.run("-v", "resolver", "1", "192.0.2.1");

    assertThat(timedOut.exitCode()).isZero();
    assertThat(timedOut.outLines())
        .containsExactly("Failed resolving 192.0.2.1", "[(192.0.2.1, null)]");
    assertThat(timedOut.err())
        .contains(
            "DEBUG pykka.examples.ResolverExample - Failed resolving 192.0.2.1:"
                + " java.util.concurrent.TimeoutException: no answer within 0.000000001 seconds");
    assertThat(failed.exitCode()).isZero();
    assertThat(failed.err())
        .containsPattern(
            "DEBUG pykka.examples.ResolverExample - Failed resolving 192.0.2.1: (java.net"
                + ".UnknownHostException: no host name for 192.0.2.1|java.util.concurrent"
                + ".TimeoutException: no answer within 2 seconds)");
  }

  @Test
  void withoutVerboseAFailedLookupPrintsOnlyTheDocumentedLine() throws Exception {
    Launcher.Result result = Launcher.run("resolver", "--lookup-timeout=1e-9", "1", "192.0.2.1");

    assertThat(result.exitCode()).isZero();
    assertThat(result.outLines())
        .containsExactly("Failed resolving 192.0.2.1", "[(192.0.2.1, null)]");
    assertThat(result.err()).isEmpty();
  }

  @Test
  void verboseShowsPykkasDebugLogThroughTheProviderLinkedIntoTheImage() throws Exception {
    Launcher.Result result = Launcher.run("-v", "plain");

    assertThat(result.exitCode()).isZero();
    assertThat(result.outLines()).containsExactly("[{no=Norway, se=Sweden}, {a=3, b=4, c=5}]");
    assertThat(result.err())
        .contains("DEBUG pykka - Registered PlainActor (urn:uuid:")
        .contains("DEBUG pykka - Starting PlainActor (urn:uuid:")
        .contains("DEBUG pykka - Stopped PlainActor (urn:uuid:");
  }

  @Test
  void withoutVerboseTheExceptionsReturnedToCallersAreNotLogged() throws Exception {
    Launcher.Result result = Launcher.run("deadlock", "--detect");

    assertThat(result.exitCode()).isZero();
    assertThat(result.outLines()).last().asString().startsWith("The call failed with");
    assertThat(result.err()).isEmpty();
  }

  @Test
  void withVerboseTheExceptionsReturnedToCallersAreLoggedAtInfo() throws Exception {
    Launcher.Result result = Launcher.run("deadlock", "--detect", "--verbose");

    assertThat(result.exitCode()).isZero();
    assertThat(result.err())
        .contains("INFO pykka - Exception returned from DeadlockActor")
        .contains("DEBUG pykka.examples.DeadlockDebuggingExample - This is foo calling bar");
  }
}
