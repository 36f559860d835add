package pykka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import jdk.jfr.consumer.RecordedEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pykka.messages.ProxyCall;
import pykka.messages.ProxyGetAttr;
import pykka.messages.ProxySetAttr;
import pykka.testfixtures.ActorRuntime;
import pykka.testfixtures.Await;
import pykka.testfixtures.BothRuntimes;
import pykka.testfixtures.LogRecord;
import pykka.testfixtures.RecordingLogProvider;

/**
 * How {@code pykka.MessageHandled} names proxy messages, and the {@code pykka.Deadlock} event in
 * the {@code fail} and {@code log} modes.
 */
@BothRuntimes
final class FlightRecorderProxyAndDeadlockTest {

  private static final String HANDLED = "pykka.MessageHandled";
  private static final String DEADLOCK = "pykka.Deadlock";
  private static final Duration BOUND = Duration.ofSeconds(Await.SECONDS);

  private final ActorRuntime runtime;

  FlightRecorderProxyAndDeadlockTest(ActorRuntime runtime) {
    this.runtime = runtime;
  }

  /** An actor with a method, a field and a traversable member, on the test's runtime. */
  public static final class Counter extends ProxyTestActor {
    public int total;
    @Traversable public final Inner inner = new Inner();

    public int add(int n) {
      total += n;
      return total;
    }
  }

  /** What {@link Counter#inner} holds. */
  public static final class Inner {
    public String name = "inner";

    public String ping() {
      return "pong";
    }
  }

  @BeforeEach
  void useTheRuntime() {
    Actors.use(runtime);
  }

  @AfterEach
  void stopEveryActorAndRestoreTheMode() {
    ActorRegistry.stopAll(BOUND);
    DeadlockDetection.setMode(DeadlockDetection.FAIL);
    Actors.clear();
  }

  @Test
  void proxyMessagesAreNamedByTheirKindAndTheDottedPathOfTheirMemberWhoeverBuiltThem() {
    try (EventRecorder recorder = EventRecorder.enabling(HANDLED)) {
      ActorRef<Counter> ref = new Counter().start();
      ActorProxy proxy = ref.proxy();
      assertThat(proxy.call("add", 2).get(BOUND)).isEqualTo(2);
      assertThat(proxy.field("total").get(BOUND)).isEqualTo(2);
      proxy.setField("total", 5);
      assertThat(proxy.traverse("inner").call("ping").get(BOUND)).isEqualTo("pong");
      assertThat(proxy.traverse("inner").field("name").get(BOUND)).isEqualTo("inner");
      assertThat(ref.ask(new ProxyCall(List.of("inner", "ping"), List.of()), BOUND))
          .isEqualTo("pong");
      assertThat(ref.ask(new ProxyGetAttr(List.of("total")), BOUND)).isEqualTo(5);
      ref.ask(new ProxySetAttr(List.of("inner", "name"), "other"), BOUND);
      ref.ask("last", BOUND); // fails (no onReceive), and is the last

      recorder.await(HANDLED, e -> mine(e, ref) && "java.lang.String".equals(name(e)));
      List<RecordedEvent> handled = recorder.events(HANDLED, ref);
      assertThat(handled)
          .extracting(FlightRecorderProxyAndDeadlockTest::name)
          .containsExactly(
              "ProxyCall:add",
              "ProxyGetAttr:total",
              "ProxySetAttr:total",
              "ProxyCall:inner.ping",
              "ProxyGetAttr:inner.name",
              "ProxyCall:inner.ping",
              "ProxyGetAttr:total",
              "ProxySetAttr:inner.name",
              "java.lang.String");
      assertThat(handled)
          .allSatisfy(e -> assertThat(e.getString("actorClass")).isEqualTo("Counter"));
    }
  }

  private static String name(RecordedEvent event) {
    return event.getString("messageClass");
  }

  private static boolean mine(RecordedEvent event, ActorRef<?> ref) {
    return ref.actorUrn().equals(event.getString("actorUrn"));
  }

  /** The thread of the last actor that asked itself. */
  private final AtomicReference<Thread> asker = new AtomicReference<>();

  private ActorRef<Actor> askingItself() {
    return Actors.start(
        runtime,
        (self, message) -> {
          if (message.equals("ask yourself")) {
            asker.set(Thread.currentThread());
            return self.actorRef().ask("hi");
          }
          return message;
        });
  }

  @Test
  void aDeadlockThrownIsRecordedWithTheExceptionsMessageAsItsCycle() {
    try (EventRecorder recorder = EventRecorder.enabling(DEADLOCK)) {
      ActorRef<Actor> ref = askingItself();
      Throwable thrown = catchThrowable(() -> ref.ask("ask yourself"));
      assertThat(thrown).isExactlyInstanceOf(DeadlockException.class);

      RecordedEvent deadlock =
          recorder.await(DEADLOCK, e -> e.getString("cycle").contains(ref.actorUrn()));
      assertThat(deadlock.getString("cycle")).isEqualTo(thrown.getMessage());
      assertThat(deadlock.getStackTrace()).isNotNull();
      assertThat(deadlock.getThread().getJavaThreadId()).isEqualTo(asker.get().threadId());
    }
  }

  @Test
  void aDeadlockLoggedIsRecordedWithTheLoggedTextAsItsCycle() throws InterruptedException {
    DeadlockDetection.setMode(DeadlockDetection.LOG);
    try (EventRecorder recorder = EventRecorder.enabling(DEADLOCK)) {
      ActorRef<Actor> ref = askingItself();
      RecordingLogProvider.clear();
      Future<Object> reply = ref.askAsync("ask yourself");
      LogRecord logged = RecordingLogProvider.poll(BOUND);
      assertThat(logged).isNotNull();

      RecordedEvent deadlock =
          recorder.await(DEADLOCK, e -> e.getString("cycle").contains(ref.actorUrn()));
      assertThat(deadlock.getString("cycle")).isEqualTo(logged.message());
      RunningActors.find(ref).orElseThrow().thread().interrupt(); // ends the endless wait
      assertThatThrownBy(() -> reply.get(BOUND)).isInstanceOf(PykkaException.class);
    }
  }

  @Test
  void noDeadlockIsRecordedWhileTheEventIsDisabled() {
    try (EventRecorder recorder = EventRecorder.enabling("pykka.ActorStopped")) {
      ActorRef<Actor> ref = askingItself();
      assertThatThrownBy(() -> ref.ask("ask yourself")).isInstanceOf(DeadlockException.class);
      ref.stop(BOUND);

      recorder.await("pykka.ActorStopped", ref);
      assertThat(recorder.events(DEADLOCK, e -> true)).isEmpty();
    }
  }
}
