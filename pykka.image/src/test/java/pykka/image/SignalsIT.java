package pykka.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * SIGTERM and SIGINT end a demo at once, whatever its actors are doing, with the exit codes that
 * {@code --help} lists: the JVM runs no shutdown hook that waits for an actor.
 */
final class SignalsIT {

  private static final Duration WAIT = Duration.ofSeconds(30);

  private Process process;

  @AfterEach
  void killTheDemo() throws InterruptedException {
    if (process != null && process.isAlive()) {
      process.destroyForcibly();
      process.waitFor(30, TimeUnit.SECONDS);
    }
  }

  @Test
  void sigtermWhileAnActorIsBusyForAMinuteEndsTheDemoAtOnceWithExitCode143() throws Exception {
    process = Launcher.command("proxy", "--delay=60").start();
    Lines out = new Lines(process.getInputStream(), "stdout");
    // The actor has begun its 60-second func(); the caller blocks on the result.
    out.await(line -> line.endsWith(": printing result ... (blocking)"), WAIT);

    process.destroy(); // SIGTERM

    assertThat(process.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS))
        .as("the demo ends without waiting for the actor's 60 seconds")
        .isTrue();
    assertThat(process.exitValue()).isEqualTo(143);
  }

  @Test
  void sigtermEndsTheDeadlockDemoWithExitCode143() throws Exception {
    process = Launcher.command("deadlock").start();
    Lines out = new Lines(process.getInputStream(), "stdout");
    out.await(line -> line.startsWith("2) Then `kill "), WAIT);

    process.destroy(); // SIGTERM, as the demo's own instructions say

    assertThat(process.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isEqualTo(143);
  }

  @Test
  void sigintEndsTheDeadlockDemoWithExitCode130() throws Exception {
    process = Launcher.command("deadlock").start();
    Lines out = new Lines(process.getInputStream(), "stdout");
    out.await(line -> line.startsWith("2) Then `kill "), WAIT);
    // A process started in the background of a non-interactive shell inherits SIGINT ignored,
    // and so does everything it starts: Ctrl-C could not reach such a demo at all.
    assumeFalse(
        ignoresSigint(process.pid()),
        "this build was started with SIGINT ignored, and so is the demo");

    Process kill = new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start();
    assertThat(kill.waitFor(30, TimeUnit.SECONDS)).isTrue();

    assertThat(process.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isEqualTo(130);
  }

  /** Whether the process ignores SIGINT (signal 2), from the SigIgn mask of its status. */
  private static boolean ignoresSigint(long pid) throws Exception {
    for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
      if (line.startsWith("SigIgn:")) {
        long ignored = Long.parseUnsignedLong(line.substring("SigIgn:".length()).trim(), 16);
        return (ignored & (1L << (2 - 1))) != 0;
      }
    }
    return false;
  }
}
