package pykka;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import jdk.jfr.Event;
import jdk.jfr.EventType;
import jdk.jfr.ValueDescriptor;
import jdk.jfr.consumer.RecordedEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import pykka.internal.events.ActorSnapshotEvent;
import pykka.internal.events.ActorStartedEvent;
import pykka.internal.events.ActorStoppedEvent;
import pykka.internal.events.DeadlockEvent;
import pykka.internal.events.MessageHandledEvent;
import pykka.testfixtures.ActorRuntime;
import pykka.testfixtures.Await;
import pykka.testfixtures.BothRuntimes;

/**
 * The periodic {@code pykka.ActorSnapshot} event, and that no event holds a reference to an actor
 * or a message.
 */
@BothRuntimes
final class FlightRecorderSnapshotAndReferencesTest {

  private static final String SNAPSHOT = "pykka.ActorSnapshot";
  private static final Duration BOUND = Duration.ofSeconds(Await.SECONDS);

  private final ActorRuntime runtime;
  private final CountDownLatch gate = new CountDownLatch(1);

  FlightRecorderSnapshotAndReferencesTest(ActorRuntime runtime) {
    this.runtime = runtime;
  }

  @AfterEach
  void stopEveryActor() {
    gate.countDown();
    ActorRegistry.stopAll(BOUND);
  }

  @Test
  void snapshotsRecordTheGrowingInboxOfABusyActorAndNothingOfAnIdleOne() {
    CountDownLatch busy = new CountDownLatch(1);
    try (EventRecorder recorder = EventRecorder.enabling(Duration.ofMillis(50), SNAPSHOT)) {
      ActorRef<Actor> idle = Actors.start(runtime, (self, message) -> message);
      ActorRef<Actor> stuck =
          Actors.start(
              runtime,
              (self, message) -> {
                busy.countDown();
                Await.on(gate);
                return message;
              });
      idle.ask("warm up");
      stuck.tell("block");
      Await.on(busy);
      for (int i = 0; i < 3; i++) {
        stuck.tell(i);
      }
      RecordedEvent three =
          recorder.await(SNAPSHOT, e -> mine(e, stuck) && e.getInt("inboxSize") == 3);
      for (int i = 0; i < 4; i++) {
        stuck.tell(i);
      }
      RecordedEvent seven =
          recorder.await(SNAPSHOT, e -> mine(e, stuck) && e.getInt("inboxSize") == 7);

      assertThat(seven.getStartTime()).isAfterOrEqualTo(three.getStartTime());
      assertThat(three.getString("actorClass")).isEqualTo(stuck.actorClass().getSimpleName());
      assertThat(three.getString("state")).isEqualTo("HANDLING");
      List<Integer> sizes = new ArrayList<>();
      for (RecordedEvent event : recorder.events(SNAPSHOT, stuck)) {
        sizes.add(event.getInt("inboxSize"));
      }
      assertThat(sizes).isSorted().contains(3, 7).allMatch(size -> size > 0);
      assertThat(recorder.events(SNAPSHOT, idle)).isEmpty();
    }
  }

  @ParameterizedTest
  @ValueSource(
      classes = {
        ActorStartedEvent.class,
        ActorStoppedEvent.class,
        MessageHandledEvent.class,
        DeadlockEvent.class,
        ActorSnapshotEvent.class
      })
  void everyEventHoldsStringsAndPrimitivesOnly(Class<?> eventClass) {
    List<Field> fields = new ArrayList<>();
    for (Field field : eventClass.getDeclaredFields()) {
      if (!Modifier.isStatic(field.getModifiers())) {
        fields.add(field);
      }
    }
    assertThat(fields).isNotEmpty();
    assertThat(fields)
        .allSatisfy(
            field ->
                assertThat(field.getType().isPrimitive() || field.getType() == String.class)
                    .as(field.toString())
                    .isTrue());
    @SuppressWarnings("unchecked")
    EventType type = EventType.getEventType((Class<? extends Event>) eventClass);
    assertThat(type.getName()).startsWith("pykka.");
    for (ValueDescriptor value : type.getFields()) {
      if (fields.stream().anyMatch(f -> f.getName().equals(value.getName()))) {
        assertThat(value.getTypeName()).isIn("java.lang.String", "boolean", "int", "long");
      }
    }
  }

  @Test
  void aRecordedActorAndItsMessagesCanBeGarbageCollectedWhileTheRecordingHoldsTheirEvents() {
    try (EventRecorder recorder =
        EventRecorder.enabling(Duration.ofMillis(50), EventRecorder.ALL.toArray(String[]::new))) {
      List<WeakReference<Object>> gone = new ArrayList<>();
      String urn = runAndStopAnActor(gone);

      recorder.await("pykka.ActorStopped", e -> urn.equals(e.getString("actorUrn")));
      assertThat(recorder.events("pykka.MessageHandled", e -> urn.equals(e.getString("actorUrn"))))
          .hasSize(2);
      Await.until(
          () -> {
            System.gc();
            return gone.stream().allMatch(reference -> reference.refersTo(null));
          });
    }
  }

  private String runAndStopAnActor(List<WeakReference<Object>> gone) {
    Actor actor = Actors.create(runtime, Script.receiving((self, message) -> message));
    ActorRef<Actor> ref = actor.start();
    Object told = new StringBuilder("told");
    Object asked = new StringBuilder("asked");
    ref.tell(told);
    ref.ask(asked, BOUND);
    ref.stop(BOUND);
    gone.add(new WeakReference<>(actor));
    gone.add(new WeakReference<>(told));
    gone.add(new WeakReference<>(asked));
    return ref.actorUrn();
  }

  private static boolean mine(RecordedEvent event, ActorRef<?> ref) {
    return ref.actorUrn().equals(event.getString("actorUrn"));
  }
}
