package pykka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pykka.Script.script;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import jdk.jfr.consumer.RecordedEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import pykka.testfixtures.ActorRuntime;
import pykka.testfixtures.Await;
import pykka.testfixtures.BothRuntimes;

/**
 * The flight recorder events of an actor's life: {@code pykka.ActorStarted}, {@code
 * pykka.ActorStopped} and {@code pykka.MessageHandled}, every field, recorded by a {@link
 * jdk.jfr.consumer.RecordingStream}.
 */
@BothRuntimes
final class FlightRecorderEventsTest {

  static final String STARTED = "pykka.ActorStarted";
  static final String STOPPED = "pykka.ActorStopped";
  static final String HANDLED = "pykka.MessageHandled";

  private static final Duration BOUND = Duration.ofSeconds(Await.SECONDS);

  private final ActorRuntime runtime;
  private final CountDownLatch gate = new CountDownLatch(1);

  FlightRecorderEventsTest(ActorRuntime runtime) {
    this.runtime = runtime;
  }

  @AfterEach
  void stopEveryActor() {
    gate.countDown();
    ActorRegistry.stopAll(BOUND);
  }

  private static String simpleName(ActorRef<?> ref) {
    return ref.actorClass().getSimpleName();
  }

  @Test
  void anActorsStartAndStopAreRecordedWithItsClassAndUrnAndNoFailure() {
    try (EventRecorder recorder = EventRecorder.enabling(STARTED, STOPPED)) {
      ActorRef<Actor> ref = Actors.start(runtime, script());
      assertThat(ref.stop(BOUND)).isTrue();

      RecordedEvent started = recorder.await(STARTED, ref);
      RecordedEvent stopped = recorder.await(STOPPED, ref);
      assertThat(started.getString("actorClass")).isEqualTo(simpleName(ref));
      assertThat(started.getString("actorUrn")).isEqualTo(ref.actorUrn());
      assertThat(stopped.getString("actorClass")).isEqualTo(simpleName(ref));
      assertThat(stopped.getBoolean("failed")).isFalse();
      assertThat(stopped.getString("failure")).isEmpty();
      assertThat(started.getStartTime()).isBeforeOrEqualTo(stopped.getStartTime());
      assertThat(recorder.events(STARTED, ref)).hasSize(1);
      assertThat(recorder.events(STOPPED, ref)).hasSize(1);
    }
  }

  @Test
  void anActorKilledByATellThatThrowsIsRecordedAsStoppedWithTheFailuresClassName() {
    try (EventRecorder recorder = EventRecorder.enabling(STOPPED)) {
      ActorRef<Actor> ref =
          Actors.start(
              runtime,
              (self, message) -> {
                throw new IllegalStateException("boom");
              });
      ref.tell("die");

      RecordedEvent stopped = recorder.await(STOPPED, ref);
      assertThat(stopped.getBoolean("failed")).isTrue();
      assertThat(stopped.getString("failure")).isEqualTo("java.lang.IllegalStateException");
    }
  }

  @Test
  void anActorWhoseOnStartThrowsIsRecordedAsStoppedWithTheFailureButNeverAsStarted() {
    try (EventRecorder recorder = EventRecorder.enabling(STARTED, STOPPED)) {
      Actor actor =
          Actors.create(
              runtime,
              script()
                  .onStart(
                      self -> {
                        throw new UnsupportedOperationException("no start");
                      }));
      ActorRef<Actor> ref = actor.start();

      RecordedEvent stopped = recorder.await(STOPPED, ref);
      assertThat(stopped.getBoolean("failed")).isTrue();
      assertThat(stopped.getString("failure")).isEqualTo("java.lang.UnsupportedOperationException");
      // Both are committed on the actor's thread, the start first: it would be here by now.
      assertThat(recorder.events(STARTED, ref)).isEmpty();
    }
  }

  @Test
  void anActorWhoseOnStopThrowsIsRecordedAsFailedWithThatThrowable() {
    try (EventRecorder recorder = EventRecorder.enabling(STOPPED)) {
      Actor actor =
          Actors.create(
              runtime,
              script()
                  .onStop(
                      self -> {
                        throw new ArithmeticException("no stop");
                      }));
      ActorRef<Actor> ref = actor.start();
      ref.stop(BOUND);

      RecordedEvent stopped = recorder.await(STOPPED, ref);
      assertThat(stopped.getBoolean("failed")).isTrue();
      assertThat(stopped.getString("failure")).isEqualTo("java.lang.ArithmeticException");
    }
  }

  @Test
  void everyHandledMessageIsRecordedWithItsClassWhetherItWasAnAskAndWhetherItFailed() {
    try (EventRecorder recorder = EventRecorder.enabling(HANDLED, STOPPED)) {
      ActorRef<Actor> ref =
          Actors.start(
              runtime,
              (self, message) -> {
                if (message instanceof Long) {
                  throw new IllegalArgumentException("no longs");
                }
                if (message instanceof Double) {
                  throw new IllegalStateException("no doubles");
                }
                return message;
              });
      ref.tell("told");
      assertThat(ref.ask(42)).isEqualTo(42);
      assertThatThrownBy(() -> ref.ask(7L)).isInstanceOf(IllegalArgumentException.class);
      ref.tell(null);
      ref.tell(1.5); // kills the actor

      recorder.await(STOPPED, ref);
      List<RecordedEvent> handled = recorder.events(HANDLED, ref);
      assertThat(handled)
          .extracting(e -> e.getString("messageClass"))
          .containsExactly(
              "java.lang.String",
              "java.lang.Integer",
              "java.lang.Long",
              "null",
              "java.lang.Double");
      assertThat(handled)
          .extracting(e -> e.getBoolean("ask"))
          .containsExactly(false, true, true, false, false);
      assertThat(handled)
          .extracting(e -> e.getBoolean("failed"))
          .containsExactly(false, false, true, false, true);
      for (RecordedEvent event : handled) {
        assertThat(event.getString("actorClass")).isEqualTo(simpleName(ref));
        assertThat(event.getString("actorUrn")).isEqualTo(ref.actorUrn());
        assertThat(event.getLong("queuedNanos")).isNotNegative();
        assertThat(event.getDuration().isNegative()).isFalse();
        assertThat(event.getThread()).isNotNull();
      }
    }
  }

  @Test
  void theQueueTimeRunsFromTheEnqueueToTheStartOfHandlingAndTheDurationIsTheHandlingTime() {
    CountDownLatch inFirst = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    try (EventRecorder recorder = EventRecorder.enabling(HANDLED)) {
      ActorRef<Actor> ref =
          Actors.start(
              runtime,
              (self, message) -> {
                if (message.equals("first")) {
                  inFirst.countDown();
                  Await.on(release);
                }
                return message;
              });
      ref.tell("first");
      Await.on(inFirst);
      ref.tell("second");
      long secondQueued = System.nanoTime(); // the second is in the inbox from here on
      Await.until(() -> RunningActors.find(ref).orElseThrow().inboxSize() == 1);
      long released = System.nanoTime(); // neither has ended, nor has the second begun
      release.countDown();
      ref.ask("third");

      List<RecordedEvent> handled = recorder.events(HANDLED, ref);
      if (handled.size() < 3) {
        recorder.await(HANDLED, e -> "third".equals(lastMessage(e, ref)));
        handled = recorder.events(HANDLED, ref);
      }
      assertThat(handled).hasSize(3);
      // Lower bounds only: the first was handled at least from inFirst to released, and the second
      // waited in the inbox at least from secondQueued to released.
      assertThat(handled.get(0).getDuration().toNanos()).isGreaterThanOrEqualTo(0);
      assertThat(handled.get(0).getDuration().toNanos())
          .isGreaterThanOrEqualTo(released - secondQueued);
      assertThat(handled.get(1).getLong("queuedNanos"))
          .isGreaterThanOrEqualTo(released - secondQueued);
    }
  }

  private static String lastMessage(RecordedEvent event, ActorRef<?> ref) {
    return ref.actorUrn().equals(event.getString("actorUrn")) && event.getBoolean("ask")
        ? "third"
        : null;
  }

  @Test
  void stopRequestsAreNotRecordedAsHandledMessages() {
    try (EventRecorder recorder = EventRecorder.enabling(HANDLED, STOPPED)) {
      ActorRef<Actor> ref = Actors.start(runtime, (self, message) -> message);
      ref.ask("one");
      ref.stop(BOUND);

      recorder.await(STOPPED, ref);
      assertThat(recorder.events(HANDLED, ref))
          .extracting(e -> e.getString("messageClass"))
          .containsExactly("java.lang.String");
    }
  }

  @Test
  void disabledEventsAreNotRecorded() {
    try (EventRecorder recorder = EventRecorder.enabling(STOPPED)) {
      ActorRef<Actor> ref = Actors.start(runtime, (self, message) -> message);
      ref.ask("one");
      ref.tell("two");
      ref.stop(BOUND);

      recorder.await(STOPPED, ref);
      assertThat(recorder.events(STARTED, ref)).isEmpty();
      assertThat(recorder.events(HANDLED, ref)).isEmpty();
    }
  }

  @Test
  void theJdksDefaultSettingsRecordStartsAndStopsButNotEveryMessage() throws Exception {
    try (EventRecorder recorder = EventRecorder.withSettings("default")) {
      ActorRef<Actor> ref = Actors.start(runtime, (self, message) -> message);
      ref.ask("one");
      ref.stop(BOUND);

      recorder.await(STOPPED, ref);
      assertThat(recorder.events(STARTED, ref)).hasSize(1);
      assertThat(recorder.events(HANDLED, ref)).isEmpty();
    }
  }

  @Test
  void aMessageEnqueuedBeforeTheEventWasEnabledReportsAnUnknownQueueTime() {
    CountDownLatch inFirst = new CountDownLatch(1);
    ActorRef<Actor> ref =
        Actors.start(
            runtime,
            (self, message) -> {
              if (message.equals("first")) {
                inFirst.countDown();
                Await.on(gate);
              }
              return message;
            });
    ref.tell("first");
    Await.on(inFirst);
    ref.tell("early");
    try (EventRecorder recorder = EventRecorder.enabling(HANDLED)) {
      gate.countDown();
      ref.ask("late");

      RecordedEvent late = recorder.await(HANDLED, e -> e.getBoolean("ask") && mine(e, ref));
      RecordedEvent early = recorder.await(HANDLED, e -> !e.getBoolean("ask") && mine(e, ref));
      assertThat(early.getLong("queuedNanos")).isEqualTo(-1);
      assertThat(late.getLong("queuedNanos")).isNotNegative();
    }
  }

  private static boolean mine(RecordedEvent event, ActorRef<?> ref) {
    return ref.actorUrn().equals(event.getString("actorUrn"));
  }
}
