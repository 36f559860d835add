package pykka.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Runs {@code pykka-demo deadlock} from the image, as the recipe in docs/debugging.md does. */
final class DeadlockLauncherIT {

  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final Pattern KILL_USR1 = Pattern.compile("1\\) Use `kill -USR1 (\\d+)` .*");

  private Process process;

  @AfterEach
  void killTheDemo() throws InterruptedException {
    if (process != null) {
      process.destroy();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
  }

  @Test
  void thePidToSignalIsTheLaunchersOwnBecauseTheLauncherExecsJava() throws Exception {
    process = Launcher.command("deadlock").start();
    Lines out = new Lines(process.getInputStream(), "stdout");

    String line = out.await(KILL_USR1.asPredicate(), WAIT);

    Matcher matcher = KILL_USR1.matcher(line);
    assertThat(matcher.matches()).isTrue();
    assertThat(Long.parseLong(matcher.group(1))).isEqualTo(process.pid());
    assertThat(process.info().command()).hasValueSatisfying(c -> assertThat(c).endsWith("/java"));
    assertThat(process.isAlive()).as("the demo idles until killed").isTrue();
  }

  @Test
  void sigusr1OnTheLaunchersPidLogsBothDeadlockedActorsStacksAndTheDemoKeepsRunning()
      throws Exception {
    process = Launcher.command("--verbose", "deadlock").start();
    Lines out = new Lines(process.getInputStream(), "stdout");
    Lines err = new Lines(process.getErrorStream(), "stderr");
    out.await(KILL_USR1.asPredicate(), WAIT);
    // B has entered bar(), so both actors' stacks hold their half of the cycle.
    err.await(line -> line.endsWith("This is bar calling foo; BOOM!"), WAIT);

    Process kill = new ProcessBuilder("kill", "-USR1", Long.toString(process.pid())).start();
    assertThat(kill.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(kill.exitValue()).isZero();

    DumpReader dump = new DumpReader();
    err.await(dump::sawBothActors, WAIT);
    assertThat(dump.seen)
        .contains(
            "DeadlockActorA waits for a reply from DeadlockActorB",
            "DeadlockActorB waits for a reply from DeadlockActorA");
    assertThat(process.isAlive()).as("the dump does not end the demo").isTrue();
  }

  /** Follows the dump's records line by line: which thread each belongs to, and what it shows. */
  private static final class DumpReader {
    private static final Pattern HEADER =
        Pattern.compile(".*Current state of (\\S+) \\(ident: \\d+\\):");
    private final Set<String> seen = new HashSet<>();
    private String thread = "";

    boolean sawBothActors(String line) {
      Matcher header = HEADER.matcher(line);
      if (header.matches()) {
        thread = header.group(1);
      } else if (thread.startsWith("DeadlockActorA-")) {
        note(line, "$DeadlockActorA.foo(", "DeadlockActorA's stack is in foo");
        note(
            line,
            "Waiting for a reply from: DeadlockActorB (",
            "DeadlockActorA waits for a reply from DeadlockActorB");
      } else if (thread.startsWith("DeadlockActorB-")) {
        note(line, "$DeadlockActorB.bar(", "DeadlockActorB's stack is in bar");
        note(
            line,
            "Waiting for a reply from: DeadlockActorA (",
            "DeadlockActorB waits for a reply from DeadlockActorA");
      }
      return seen.contains("DeadlockActorA's stack is in foo")
          && seen.contains("DeadlockActorB's stack is in bar");
    }

    private void note(String line, String fragment, String fact) {
      if (line.contains(fragment)) {
        seen.add(fact);
      }
    }
  }
}
