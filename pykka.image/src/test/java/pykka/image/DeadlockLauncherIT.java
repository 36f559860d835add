package pykka.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Runs {@code pykka-demo deadlock} from the image, as the README's recipe does. */
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
}
