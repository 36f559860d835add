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
  void helpShowsTheUsageWithEverySubcommand() throws Exception {
    Launcher.Result result = Launcher.run("--help");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out())
        .startsWith("Usage: pykka-demo")
        .contains("-v, --verbose")
        .contains("plain")
        .contains("resolver");
    assertThat(result.err()).isEmpty();
  }

  @Test
  void aMalformedAddressExitsWithTwoAfterAMessageAndTheUsage() throws Exception {
    Launcher.Result result = Launcher.run("resolver", "2", "127.0.0.1", "not-an-ip");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err())
        .startsWith("'not-an-ip' is not an IP address")
        .contains("Usage: pykka-demo resolver");
    assertThat(result.out()).isEmpty();
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
