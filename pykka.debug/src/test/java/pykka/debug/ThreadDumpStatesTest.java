package pykka.debug;

import static org.assertj.core.api.Assertions.assertThat;
import static pykka.debug.ThreadDumpTest.recordOf;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
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
          .contains("\n  Actor state: HANDLING, 2 messages in the inbox\n");
      release.countDown();
      assertThat(reply.get()).isEqualTo("work");
    } finally {
      release.countDown();
      actor.stop();
    }
  }

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
