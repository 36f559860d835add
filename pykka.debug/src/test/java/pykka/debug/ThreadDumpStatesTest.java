package pykka.debug;

import static org.assertj.core.api.Assertions.assertThat;
import static pykka.debug.ThreadDumpTest.recordOf;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import pykka.ActorRef;
import pykka.ActorRegistry;
import pykka.Future;
import pykka.RunningActors;
import pykka.testfixtures.ActorRuntime;
import pykka.testfixtures.Await;
import pykka.testfixtures.LogRecord;
import pykka.testfixtures.RecordingLogProvider;

/**
 * What the dump adds from pykka's public view of the running actors: each actor's state and the
 * size of its inbox, and actors that are not registered.
 */
final class ThreadDumpStatesTest {

  private final CountDownLatch release = new CountDownLatch(1);

  @BeforeEach
  void forgetEarlierRecords() {
    RecordingLogProvider.clear();
  }

  @AfterEach
  void stopActors() {
    release.countDown();
    ActorRegistry.stopAll();
  }

  @ParameterizedTest
  @EnumSource(ActorRuntime.class)
  void theDumpGivesABusyActorsStateAndInboxEvenWhenTheActorIsNotRegistered(ActorRuntime runtime)
      throws InterruptedException {
    CountDownLatch busy = new CountDownLatch(1);
    AtomicReference<Thread> thread = new AtomicReference<>();
    ActorRef<?> actor =
        TestActors.start(
            runtime,
            message -> {
              if (message.equals("work")) {
                thread.set(Thread.currentThread());
                busy.countDown();
                release.await();
              }
              return message;
            });
    ActorRegistry.unregister(actor); // so stopAll() would miss it
    try {
      Future<Object> reply = actor.askAsync("work");
      busy.await();
      actor.tell("next");
      actor.tell("and the next");

      Debug.logThreadTracebacks();

      assertThat(recordOf(thread.get(), RecordingLogProvider.drain()))
          .contains("\n  Actor: " + actor + " [" + actor.actorClass().getName() + "]\n")
          .contains("\n  Actor state: HANDLING, 2 messages in the inbox\n")
          .containsPattern("\n  Handling: java\\.lang\\.String for at least \\d+\\.\\d{3} s\n");
      release.countDown();
      assertThat(reply.get()).isEqualTo("work");
    } finally {
      release.countDown();
      actor.stop();
    }
  }

  @ParameterizedTest
  @EnumSource(ActorRuntime.class)
  void theDumpSaysForHowLongTheActorHasBeenHandlingItsMessageAtLeast(ActorRuntime runtime)
      throws InterruptedException {
    CountDownLatch busy = new CountDownLatch(1);
    AtomicReference<Thread> thread = new AtomicReference<>();
    ActorRef<?> actor =
        TestActors.start(
            runtime,
            message -> {
              thread.set(Thread.currentThread());
              busy.countDown();
              release.await();
              return message;
            });
    // Asking once makes actors time every message they begin from then on: this one exactly.
    assertThat(RunningActors.find(actor).orElseThrow().handlingFor()).isNull();
    actor.tell(42);
    busy.await();
    long begun = System.nanoTime(); // the actor began handling before this
    actor.tell("queued");
    long dumped = System.nanoTime(); // and has been handling since, at least until this

    Debug.logThreadTracebacks();

    String record = recordOf(thread.get(), RecordingLogProvider.drain());
    Matcher handling = HANDLING.matcher(record);
    assertThat(handling.find()).as(record).isTrue();
    assertThat(handling.group(1)).isEqualTo("java.lang.Integer");
    // A lower bound only, of what the test saw: printed with 3 decimals, so within 0.001 s of it.
    assertThat(Double.parseDouble(handling.group(2)))
        .isGreaterThanOrEqualTo((dumped - begun) / 1e9 - 0.001);
    assertThat(RunningActors.find(actor).orElseThrow().handlingMessage())
        .isEqualTo("java.lang.Integer");
    release.countDown();
    Await.until(() -> RunningActors.find(actor).orElseThrow().handlingMessage() == null);
    assertThat(RunningActors.find(actor).orElseThrow().handlingFor()).isNull();
  }

  private static final Pattern HANDLING =
      Pattern.compile("\n  Handling: (\\S+) for at least ([0-9.]+) s\n");

  @Test
  void anIdleVirtualThreadActorIsListedWithItsStateAndAnEmptyInbox() {
    ActorRef<?> idle = TestActors.start(ActorRuntime.VIRTUAL_THREADS, message -> message);
    assertThat(idle.ask("hello")).isEqualTo("hello");
    Await.until(() -> RunningActors.find(idle).orElseThrow().thread() == null);

    Debug.logThreadTracebacks();

    assertThat(RecordingLogProvider.drain())
        .map(LogRecord::message)
        .filteredOn(m -> m.startsWith("Idle actors, holding no thread ("))
        .singleElement()
        .asString()
        .contains(
            "\n  "
                + idle
                + " [pykka.debug.TestActors$OnVirtualThread]: IDLE, no messages in the inbox");
  }
}
