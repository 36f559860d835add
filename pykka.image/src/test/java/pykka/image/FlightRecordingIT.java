package pykka.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pykka-demo --jfr FILE}, run from the image: the recording is read back here with {@link
 * RecordingFile}, since the image ships no {@code jfr} tool.
 */
final class FlightRecordingIT {

  private static final Duration WAIT = Duration.ofSeconds(30);

  @TempDir Path dir;

  private Process process;

  @AfterEach
  void killTheDemo() throws InterruptedException {
    if (process != null) {
      process.destroyForcibly();
      process.waitFor(30, TimeUnit.SECONDS);
    }
  }

  private static List<String> pykkaEventNames(Path file) throws IOException {
    return RecordingFile.readAllEvents(file).stream()
        .map(e -> e.getEventType().getName())
        .filter(name -> name.startsWith("pykka."))
        .toList();
  }

  @Test
  void theResolverDemoRecordedWithJfrHasPykkasEventsInItsFile() throws Exception {
    Path file = dir.resolve("resolver.jfr");

    Launcher.Result result = Launcher.run("--jfr", file.toString(), "resolver", "2", "127.0.0.1");

    assertThat(result.exitCode()).isZero();
    assertThat(result.outLines()).contains("Finished resolving 127.0.0.1");
    assertThat(pykkaEventNames(file))
        .contains("pykka.ActorStarted", "pykka.MessageHandled", "pykka.ActorStopped");
    List<RecordedEvent> handled =
        RecordingFile.readAllEvents(file).stream()
            .filter(e -> e.getEventType().getName().equals("pykka.MessageHandled"))
            .toList();
    assertThat(handled)
        .anySatisfy(e -> assertThat(e.getString("messageClass")).startsWith("ProxyCall:"));
  }

  @Test
  void aDemoEndedBySigtermIsRecordedToo() throws Exception {
    Path file = dir.resolve("deadlock.jfr");
    process = Launcher.command("--jfr", file.toString(), "deadlock").start();
    Lines out = new Lines(process.getInputStream(), "stdout");
    new Lines(process.getErrorStream(), "stderr");
    out.await(line -> line.contains("kill -USR1"), WAIT);

    process.destroy(); // SIGTERM
    assertThat(process.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();

    assertThat(process.exitValue()).isEqualTo(143);
    assertThat(Files.size(file)).isPositive();
    assertThat(pykkaEventNames(file)).contains("pykka.ActorStarted");
  }

  @Test
  void withoutJfrADemoLoadsNoEventClassSoTheFlightRecorderIsNeverSetUp() throws Exception {
    Path classes = dir.resolve("classes.txt");
    ProcessBuilder command = Launcher.command("resolver", "2", "127.0.0.1");
    command.environment().put("JDK_JAVA_OPTIONS", "-Xlog:class+load=info:file=" + classes);

    Launcher.Result result = Launcher.run(command);

    assertThat(result.exitCode()).isZero();
    List<String> loaded = Files.readAllLines(classes);
    // The gate is loaded (a tell asks it), but neither an event class nor the recorder's metadata.
    assertThat(loaded).anyMatch(line -> line.contains(" pykka.internal.events.Events "));
    assertThat(loaded)
        .noneMatch(line -> line.matches(".* pykka\\.internal\\.events\\.\\w+Event .*"))
        .noneMatch(line -> line.contains(" jdk.jfr.internal.MetadataRepository "));
  }
}
