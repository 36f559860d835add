package pykka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pykka.Script.script;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.event.Level;
import pykka.testfixtures.ActorRuntime;
import pykka.testfixtures.Await;
import pykka.testfixtures.BothRuntimes;
import pykka.testfixtures.LogCapture;

/** Rules 9 to 13 and 15 of docs/behaviour.md: stopping (the stop race has its own stress test). */
@BothRuntimes
final class StoppingTest {

  private static final Duration BOUND = Duration.ofSeconds(Await.SECONDS);

  private final ActorRuntime runtime;

  /** Released by each test once its actor may leave the message it is blocked in. */
  private final CountDownLatch gate = new CountDownLatch(1);

  /** Counted down when the blocking message has begun. */
  private final CountDownLatch blocked = new CountDownLatch(1);

  /** What the actor handled, in order; written by the actor's thread. */
  private final ConcurrentLinkedQueue<Object> handled = new ConcurrentLinkedQueue<>();

  /** Counted down at the end of onStop. */
  private final CountDownLatch stopped = new CountDownLatch(1);

  StoppingTest(ActorRuntime runtime) {
    this.runtime = runtime;
  }

  @AfterEach
  void stopEveryActor() {
    gate.countDown();
    ActorRegistry.stopAll(BOUND);
  }

  /** An actor that records each message; "block" waits for the gate; onStop counts down stopped. */
  private Script recorder() {
    return script()
        .onReceive(
            (self, message) -> {
              handled.add(message);
              if ("block".equals(message)) {
                blocked.countDown();
                Await.on(gate);
                // A stop is a message, never an interrupt.
                return Thread.currentThread().isInterrupted() ? "interrupted" : "unblocked";
              }
              return message;
            })
        .onStop(self -> stopped.countDown());
  }

  /** Starts a recorder and leaves it blocked in a message, so the next sends queue up. */
  private ActorRef<Actor> startBlocked(Script script) {
    ActorRef<Actor> ref = Actors.start(runtime, script);
    ref.tell("block");
    Await.on(blocked);
    return ref;
  }

  // Rule 9.
  @Test
  void stopIsAQueuedMessageAndEverythingEnqueuedBeforeItIsHandledNormally() {
    ActorRef<Actor> ref = Actors.start(runtime, recorder());
    Future<Object> blocking = ref.askAsync("block");
    Await.on(blocked);
    ref.tell(1);
    Future<Object> two = ref.askAsync(2);
    ref.tell(3);
    Future<Boolean> stop = ref.stopAsync();

    gate.countDown();

    assertThat(stop.get(BOUND)).isTrue();
    assertThat(blocking.get(BOUND)).isEqualTo("unblocked");
    assertThat(two.get(BOUND)).isEqualTo(2);
    assertThat(handled).containsExactly("block", 1, 2, 3);
  }

  // Rule 10 and the logging table.
  @Test
  void handlingTheStopUnregistersThenMarksDeadThenLogsStoppedThenRunsOnStop() {
    try (LogCapture logs = LogCapture.start()) {
      CompletableFuture<List<Object>> inOnStop = new CompletableFuture<>();
      ActorRef<Actor> ref =
          Actors.start(
              runtime,
              script()
                  .onStop(
                      self ->
                          inOnStop.complete(
                              List.of(
                                  self.actorRef().isAlive(),
                                  ActorRegistry.getByUrn(self.actorUrn()).isPresent(),
                                  logs.linesAbout(self)))));

      assertThat(ref.stop(BOUND)).isTrue();

      assertThat(inOnStop.join())
          .containsExactly(
              false,
              false,
              List.of(
                  "DEBUG Registered " + ref,
                  "DEBUG Starting " + ref,
                  "DEBUG Unregistered " + ref,
                  "DEBUG Stopped " + ref));
    }
  }

  // Rule 10.
  @Test
  void actorStopFromOnStopThrowsActorDeadException() {
    CompletableFuture<Throwable> thrown = new CompletableFuture<>();
    ActorRef<Actor> ref =
        Actors.start(
            runtime,
            script()
                .onStop(
                    self -> {
                      try {
                        self.stop();
                        thrown.complete(null);
                      } catch (Throwable t) {
                        thrown.complete(t);
                      }
                    }));

    ref.stop(BOUND);

    assertThat(thrown.join()).isInstanceOf(ActorDeadException.class);
  }

  // Rule 10.
  @Test
  void actorStopFromOnFailureThrowsActorDeadException() {
    CompletableFuture<Throwable> thrown = new CompletableFuture<>();
    ActorRef<Actor> ref =
        Actors.start(
            runtime,
            script()
                .onReceive(
                    (self, message) -> {
                      throw new IllegalStateException("fails on purpose");
                    })
                .onFailure(
                    (self, failure) -> {
                      try {
                        self.stop();
                        thrown.complete(null);
                      } catch (Throwable t) {
                        thrown.complete(t);
                      }
                    }));

    ref.tell("fail");

    assertThat(thrown.join()).isInstanceOf(ActorDeadException.class);
  }

  // Rule 11.
  @Test
  void messagesLeftInTheInboxAfterTheStopAreAnsweredAndTellsAreDropped() {
    try (LogCapture logs = LogCapture.start()) {
      ActorRef<Actor> ref = startBlocked(recorder());
      Future<Boolean> firstStop = ref.stopAsync();
      Future<Object> leftAsk = ref.askAsync("left behind");
      Future<Boolean> queuedStop = ref.stopAsync();
      ref.tell("dropped");

      gate.countDown();

      assertThat(firstStop.get(BOUND)).isTrue();
      assertThatThrownBy(() -> leftAsk.get(BOUND))
          .isInstanceOf(ActorDeadException.class)
          .hasMessage(ref + " stopped before handling the message");
      assertThat(queuedStop.get(BOUND)).isTrue();
      assertThat(handled).containsExactly("block");
      assertThat(logs.about(ref)).allMatch(r -> r.level() == Level.DEBUG);
    }
  }

  // Rule 12.
  @Test
  void stopReturnsTrueIfTheActorWasAliveAndFalseIfItWasAlreadyDead() {
    ActorRef<Actor> ref = Actors.start(runtime, recorder());

    assertThat(ref.stop()).isTrue();
    assertThat(ref.isAlive()).isFalse();
    assertThat(ref.stop()).isFalse();
    assertThat(ref.stop(BOUND)).isFalse();
    assertThat(ref.stopAsync().get(Duration.ZERO)).isFalse();
  }

  // Rule 12.
  @Test
  void everyStopRequestedWhileTheActorWasAliveReturnsTrue() {
    ActorRef<Actor> ref = startBlocked(recorder());
    List<Future<Boolean>> stops = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      stops.add(ref.stopAsync());
    }

    gate.countDown();

    assertThat(Future.getAll(stops, BOUND)).containsOnly(true).hasSize(5);
  }

  // Rule 12.
  @Test
  void theStopFutureIsNotDoneWhileOnStopRuns() {
    CountDownLatch inOnStop = new CountDownLatch(1);
    CountDownLatch finishOnStop = new CountDownLatch(1);
    ActorRef<Actor> ref =
        Actors.start(
            runtime,
            script()
                .onStop(
                    self -> {
                      inOnStop.countDown();
                      Await.on(finishOnStop);
                    }));
    Future<Boolean> stop = ref.stopAsync();
    Await.on(inOnStop);

    assertThatThrownBy(() -> stop.get(Duration.ZERO)).isInstanceOf(TimeoutException.class);

    finishOnStop.countDown();
    assertThat(stop.get(BOUND)).isTrue();
  }

  // Rule 12.
  @Test
  void stopReturnsOnlyOnceOnStopHasFinished() throws Exception {
    CountDownLatch inOnStop = new CountDownLatch(1);
    CountDownLatch finishOnStop = new CountDownLatch(1);
    ConcurrentLinkedQueue<String> events = new ConcurrentLinkedQueue<>();
    ActorRef<Actor> ref =
        Actors.start(
            runtime,
            script()
                .onStop(
                    self -> {
                      inOnStop.countDown();
                      Await.on(finishOnStop);
                      events.add("onStop finished");
                    }));
    Thread releaser =
        Thread.ofPlatform()
            .start(
                () -> {
                  Await.on(inOnStop);
                  finishOnStop.countDown();
                });

    boolean result = ref.stop();
    events.add("stop() returned " + result);

    releaser.join();
    assertThat(events).containsExactly("onStop finished", "stop() returned true");
  }

  // Rule 12.
  @Test
  void stopWithATimeoutThrowsTimeoutExceptionAndTheStopStaysQueued() {
    ActorRef<Actor> ref = startBlocked(recorder());

    assertThatThrownBy(() -> ref.stop(Duration.ofMillis(100)))
        .isInstanceOf(TimeoutException.class)
        .hasMessage("0.1 seconds");
    assertThat(ref.isAlive()).isTrue();

    gate.countDown();
    Await.on(stopped);
    assertThat(ref.isAlive()).isFalse();
  }

  // Rule 12.
  @Test
  void stopAsyncReturnsTheFutureOfTheStopWithoutWaiting() {
    ActorRef<Actor> ref = startBlocked(recorder());

    Future<Boolean> stop = ref.stopAsync();

    assertThatThrownBy(() -> stop.get(Duration.ZERO)).isInstanceOf(TimeoutException.class);
    gate.countDown();
    assertThat(stop.get(BOUND)).isTrue();
  }

  // Rule 13.
  @Test
  void actorStopFromInsideEnqueuesAStopBehindTheMessagesAlreadyQueuedAndReturns() {
    ActorRef<Actor> ref =
        startBlocked(
            recorder()
                .onReceive(
                    (self, message) -> {
                      handled.add(message);
                      if ("block".equals(message)) {
                        blocked.countDown();
                        Await.on(gate);
                        self.stop();
                        handled.add("stop() returned");
                      }
                      return null;
                    }));
    ref.tell("queued before the stop");
    ref.tell("also queued before the stop");

    gate.countDown();

    Await.on(stopped);
    assertThat(handled)
        .containsExactly(
            "block", "stop() returned", "queued before the stop", "also queued before the stop");
  }

  // Rule 13.
  @Test
  void actorStopFromOnStartIsFineAndMessagesAlreadyQueuedAreHandledFirst() {
    Actor actor = Actors.create(runtime, recorder().onStart(Actor::stop));
    actor.actorRef().tell("sent before start");

    actor.start();

    Await.on(stopped);
    assertThat(handled).containsExactly("sent before start");
    assertThat(actor.actorRef().isAlive()).isFalse();
  }

  // Rules 15 and 44 of docs/behaviour.md: a ref reads "Class (urn)" as Pykka's does, whatever the
  // actor's own toString() does, so that answering the inbox cannot fail on a broken toString().
  @Test
  void messagesLeftInTheInboxAreAnsweredEvenWhenTheActorsToStringThrows() {
    ActorRef<Actor> ref =
        startBlocked(
            recorder()
                .describedAs(
                    () -> {
                      throw new IllegalStateException("toString() is broken");
                    }));
    Future<Boolean> stop = ref.stopAsync();
    List<Future<Object>> left = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      left.add(ref.askAsync("left behind " + i));
    }

    gate.countDown();

    assertThat(stop.get(BOUND)).isTrue();
    for (Future<Object> reply : left) {
      assertThatThrownBy(() -> reply.get(BOUND))
          .isInstanceOf(ActorDeadException.class)
          .hasMessage(
              Actors.actorClass(runtime).getSimpleName()
                  + " ("
                  + ref.actorUrn()
                  + ") stopped before handling the message");
    }
    assertThat(ref.toString())
        .isEqualTo(Actors.actorClass(runtime).getSimpleName() + " (" + ref.actorUrn() + ")");
  }

  // Rule 15, for an actor that is plainly dead (the race is StopRaceStressTest's).
  @Test
  void sendingToADeadActorFailsWithActorDeadExceptionNamingIt() {
    ActorRef<Actor> ref = Actors.start(runtime, recorder());
    ref.stop();

    assertThatThrownBy(() -> ref.tell("hello"))
        .isInstanceOf(ActorDeadException.class)
        .hasMessage(ref + " not found");
    assertThatThrownBy(() -> ref.ask("hello"))
        .isInstanceOf(ActorDeadException.class)
        .hasMessage(ref + " not found");
    Future<Object> reply = ref.askAsync("hello");
    assertThatThrownBy(() -> reply.get(Duration.ZERO)).isInstanceOf(ActorDeadException.class);
    assertThat(handled).isEmpty();
  }
}
