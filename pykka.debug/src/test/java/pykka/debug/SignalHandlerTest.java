package pykka.debug;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.event.Level;
import pykka.ActorRef;
import pykka.ActorRegistry;
import pykka.Future;
import pykka.RunningActors;
import pykka.testfixtures.ActorRuntime;
import pykka.testfixtures.LogRecord;
import pykka.testfixtures.RecordingLogProvider;

final class SignalHandlerTest {

  @AfterEach
  void stopActors() {
    ActorRegistry.stopAll();
  }

  @Test
  void sigusr1LogsTheThreadDumpAndTheApplicationKeepsRunning()
      throws IOException, InterruptedException {
    CountDownLatch busy = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ActorRef<?> actor =
        TestActors.start(
            ActorRuntime.THREADING,
            message -> {
              busy.countDown();
              release.await();
              return "done";
            });
    Future<Object> reply = actor.askAsync("work");
    try {
      busy.await();
      Thread actorThread = RunningActors.find(actor).orElseThrow().thread();
      Thread me = Thread.currentThread();

      assertThatCode(Debug::installSignalHandler).doesNotThrowAnyException();
      assertThatCode(Debug::installSignalHandler).doesNotThrowAnyException(); // idempotent
      RecordingLogProvider.clear();
      sendUsr1ToThisJvm(); // handled on a thread the JVM starts for the signal

      List<LogRecord> records = awaitRecordsAbout(actorThread, me);
      assertThat(records)
          .allSatisfy(
              r -> {
                assertThat(r.level()).isEqualTo(Level.ERROR);
                assertThat(r.marker()).isEqualTo("CRITICAL");
                assertThat(r.logger()).isEqualTo("pykka");
              });
      assertThat(ThreadDumpTest.recordOf(actorThread, records))
          .contains("\n  Actor: " + actor + " [")
          .contains("CountDownLatch.await(");
      assertThat(ThreadDumpTest.recordOf(me, records))
          .contains("  Thread: platform, ")
          .contains("pykka.debug.SignalHandlerTest.sigusr1LogsTheThreadDump");

      // The handler stays installed: a second signal logs a second dump.
      sendUsr1ToThisJvm();
      assertThat(awaitRecordsAbout(actorThread, me)).isNotEmpty();
    } finally {
      release.countDown();
    }
    assertThat(reply.get()).isEqualTo("done");
    assertThat(actor.ask("again")).isEqualTo("done");
  }

  @Test
  void aSignalThePlatformDoesNotHaveIsAClearUnsupportedOperationException() {
    assertThatThrownBy(() -> Usr1Handler.handle("NOSUCHSIGNAL", signal -> {}))
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessageStartingWith("This platform (" + System.getProperty("os.name") + ")")
        .hasMessageContaining("has no SIGNOSUCHSIGNAL signal")
        .hasCauseInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aSignalTheJvmKeepsForItselfIsAClearUnsupportedOperationException() {
    assertThatThrownBy(() -> Usr1Handler.handle("KILL", signal -> {}))
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessageStartingWith("The JVM does not let applications handle SIGKILL here: ")
        .hasCauseInstanceOf(IllegalArgumentException.class);
  }

  /** Sends SIGUSR1 to this JVM from outside, as the documented {@code kill -USR1 <pid>} does. */
  private static void sendUsr1ToThisJvm() throws IOException, InterruptedException {
    Process kill =
        new ProcessBuilder("kill", "-USR1", Long.toString(ProcessHandle.current().pid()))
            .inheritIO()
            .start();
    assertThat(kill.waitFor(30, TimeUnit.SECONDS)).as("kill ended").isTrue();
    assertThat(kill.exitValue()).isZero();
  }

  /** Takes records until there is one about each of {@code threads}; returns all it took. */
  private static List<LogRecord> awaitRecordsAbout(Thread... threads) throws InterruptedException {
    List<LogRecord> taken = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (Thread t : threads) {
      missing.add("Current state of " + t.getName() + " (ident: " + t.threadId() + "):\n");
    }
    while (!missing.isEmpty()) {
      LogRecord record = RecordingLogProvider.poll(Duration.ofSeconds(30));
      assertThat(record).as("a record about one of %s", missing).isNotNull();
      taken.add(record);
      missing.removeIf(record.message()::startsWith);
    }
    return taken;
  }
}
