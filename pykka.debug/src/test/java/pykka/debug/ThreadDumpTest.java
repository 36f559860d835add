package pykka.debug;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.slf4j.event.Level;
import pykka.ActorRef;
import pykka.ActorRegistry;
import pykka.DeadlockDetection;
import pykka.Future;
import pykka.PykkaException;
import pykka.RunningActor;
import pykka.RunningActors;
import pykka.testfixtures.ActorRuntime;
import pykka.testfixtures.Await;
import pykka.testfixtures.LogRecord;
import pykka.testfixtures.RecordingLogProvider;

final class ThreadDumpTest {

  @BeforeEach
  void forgetEarlierRecords() {
    RecordingLogProvider.clear();
  }

  @AfterEach
  void stopActorsAndRestoreTheMode() {
    ActorRegistry.stopAll();
    DeadlockDetection.setMode(DeadlockDetection.FAIL);
  }

  @Test
  void everyRecordIsACriticalErrorOnThePykkaLoggerAndThisThreadHasOneWithItsStack() {
    Thread me = Thread.currentThread();

    Debug.logThreadTracebacks();

    List<LogRecord> records = RecordingLogProvider.drain();
    assertThat(records)
        .allSatisfy(
            r -> {
              assertThat(r.logger()).isEqualTo("pykka");
              assertThat(r.level()).isEqualTo(Level.ERROR);
              assertThat(r.marker()).isEqualTo("CRITICAL").isEqualTo(Debug.CRITICAL_MARKER);
            });
    assertThat(recordOf(me, records))
        .contains("  Thread: platform, RUNNABLE\n")
        .contains("pykka.debug.ThreadDump.take(ThreadDump.java:")
        .contains("pykka.debug.ThreadDumpTest.everyRecordIsACriticalErrorOnThePykkaLogger")
        .doesNotContain("Actor:");
    assertThat(records).hasSizeGreaterThanOrEqualTo(Thread.getAllStackTraces().size() - 2);
  }

  @ParameterizedTest
  @EnumSource(ActorRuntime.class)
  void theDumpOfTwoDeadlockedActorsNamesBothAndWhichEachWaitsFor(ActorRuntime runtime) {
    DeadlockDetection.setMode(DeadlockDetection.OFF); // let them hang, as Pykka does
    AtomicReference<ActorRef<?>> b = new AtomicReference<>();
    ActorRef<?> a =
        TestActors.start(runtime, message -> message.equals("foo") ? b.get().ask("bar") : "a");
    b.set(TestActors.start(runtime, message -> a.ask("baz")));
    Future<Object> reply = a.askAsync("foo");
    RunningActor cellA = RunningActors.find(a).orElseThrow();
    RunningActor cellB = RunningActors.find(b.get()).orElseThrow();
    Await.until(() -> cellA.waitingFor() == b.get() && cellB.waitingFor() == a);

    try {
      Debug.logThreadTracebacks();

      List<LogRecord> records = RecordingLogProvider.drain();
      String actorA = a + " [" + a.actorClass().getName() + "]";
      String actorB = b.get() + " [" + b.get().actorClass().getName() + "]";
      assertThat(recordOf(cellA.thread(), records))
          .contains("\n  Actor: " + actorA + "\n")
          .contains("\n  Waiting for a reply from: " + actorB + "\n")
          .contains(
              "  Thread: " + (runtime == ActorRuntime.THREADING ? "platform, daemon" : "virtual"));
      assertThat(recordOf(cellB.thread(), records))
          .contains("\n  Actor: " + actorB + "\n")
          .contains("\n  Waiting for a reply from: " + actorA + "\n")
          .contains("pykka.ActorRef.ask(");
    } finally {
      cellB.thread().interrupt(); // ends the hang
    }
    assertThatThrownBy(reply::get).isInstanceOf(PykkaException.class);
  }

  @Test
  void theDumpIncludesTheVirtualThreadOfABusyVirtualThreadActor() throws InterruptedException {
    CountDownLatch busy = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ActorRef<?> actor =
        TestActors.start(
            ActorRuntime.VIRTUAL_THREADS,
            message -> {
              busy.countDown();
              release.await();
              return "done";
            });
    Future<Object> reply = actor.askAsync("work");
    try {
      busy.await();
      Thread thread = RunningActors.find(actor).orElseThrow().thread();
      assertThat(thread.isVirtual()).isTrue();
      assertThat(Thread.getAllStackTraces()).doesNotContainKey(thread); // the JDK's list omits it

      Debug.logThreadTracebacks();

      assertThat(recordOf(thread, RecordingLogProvider.drain()))
          .startsWith("Current state of OnVirtualThread-")
          .contains("\n  Actor: " + actor + " [pykka.debug.TestActors$OnVirtualThread]\n")
          .doesNotContain("Waiting for a reply from")
          .contains("  Thread: virtual, WAITING")
          .contains("java.util.concurrent.CountDownLatch.await(")
          .contains("pykka.debug.TestActors$OnVirtualThread.onReceive(");
    } finally {
      release.countDown();
    }
    assertThat(reply.get()).isEqualTo("done");
  }

  @Test
  void anIdleVirtualThreadActorHoldsNoThreadAndIsListedAsIdle() {
    ActorRef<?> idle = TestActors.start(ActorRuntime.VIRTUAL_THREADS, message -> message);
    assertThat(idle.ask("hello")).isEqualTo("hello");
    Await.until(() -> RunningActors.find(idle).orElseThrow().thread() == null);

    Debug.logThreadTracebacks();

    assertThat(RecordingLogProvider.drain())
        .map(LogRecord::message)
        .filteredOn(m -> m.startsWith("Idle actors, holding no thread ("))
        .singleElement()
        .asString()
        .contains("\n  " + idle + " [pykka.debug.TestActors$OnVirtualThread]");
  }

  /** The one record about {@code thread}, whose first line names it and its ident. */
  static String recordOf(Thread thread, List<LogRecord> records) {
    String header =
        "Current state of " + thread.getName() + " (ident: " + thread.threadId() + "):\n";
    List<String> matching =
        records.stream().map(LogRecord::message).filter(m -> m.startsWith(header)).toList();
    assertThat(matching).as("records about %s", thread).hasSize(1);
    return matching.get(0);
  }
}
