package pykka.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jdk.jfr.FlightRecorder;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pykka-demo --jfr FILE}: a demo recorded with JDK Flight Recorder. */
final class JfrOptionTest {

  @TempDir Path dir;

  private final FailingDemos demos = new FailingDemos();

  @AfterEach
  void stopWhatTheDemosStarted() {
    demos.cleanUp();
  }

  private static List<RecordedEvent> pykkaEvents(Path file) throws IOException {
    return RecordingFile.readAllEvents(file).stream()
        .filter(e -> e.getEventType().getName().startsWith("pykka."))
        .toList();
  }

  private static List<String> names(List<RecordedEvent> events) {
    return events.stream().map(e -> e.getEventType().getName()).toList();
  }

  @Test
  void aDemoRecordedWithJfrWritesPykkasEventsMessagesIncludedToTheFile() throws IOException {
    Path file = dir.resolve("plain.jfr");

    Run run = Run.of("--jfr", file.toString(), "plain");

    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines()).containsExactly("[{no=Norway, se=Sweden}, {a=3, b=4, c=5}]");
    List<RecordedEvent> events = pykkaEvents(file);
    assertThat(names(events))
        .contains("pykka.ActorStarted", "pykka.MessageHandled", "pykka.ActorStopped");
    assertThat(events)
        .filteredOn(e -> e.getEventType().getName().equals("pykka.MessageHandled"))
        .allSatisfy(e -> assertThat(e.getString("actorClass")).isNotEmpty());
    // The actors are stopped before the recording ends: each start has its stop.
    assertThat(names(events).stream().filter("pykka.ActorStarted"::equals).count())
        .isEqualTo(names(events).stream().filter("pykka.ActorStopped"::equals).count());
  }

  @Test
  void aDemoThatFailsIsRecordedToo() throws IOException {
    Path file = dir.resolve("throws.jfr");

    Run run = Run.with(demos.commandLine(), "--jfr", file.toString(), "throws");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(pykkaEvents(file))
        .filteredOn(e -> e.getEventType().getName().equals("pykka.ActorStopped"))
        .singleElement()
        .satisfies(e -> assertThat(e.getString("actorClass")).isEqualTo("Blocker"));
  }

  @Test
  void aFileThatCannotBeWrittenIsBadInput() throws IOException {
    Path file = dir.resolve("missing-directory").resolve("x.jfr");

    Run run = Run.of("--jfr", file.toString(), "plain");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Cannot record to " + file + ": its directory does not exist");
    assertThat(run.out()).isEmpty();
    assertThat(Files.exists(file)).isFalse();
  }

  @Test
  void withoutTheOptionNothingIsRecorded() {
    Run run = Run.of("plain");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).doesNotContain("jfr");
    assertThat(FlightRecorder.isInitialized() ? recordingsNamedPykkaDemo() : 0).isZero();
  }

  private static long recordingsNamedPykkaDemo() {
    return FlightRecorder.getFlightRecorder().getRecordings().stream()
        .filter(r -> r.getName().equals("pykka-demo"))
        .count();
  }

  @Test
  void anEmptyFileNameIsBadInputNamingTheOption() {
    Run run = Run.of("--jfr=", "plain");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--jfr needs a file name, such as --jfr=demo.jfr");
    assertThat(run.out()).isEmpty();
  }
}
