package pykka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pykka.Script.script;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import pykka.testfixtures.ActorRuntime;
import pykka.testfixtures.Await;
import pykka.testfixtures.BothRuntimes;
import pykka.testfixtures.LogCapture;

/** Rules S6 to S9 of docs/supervision.md: starting, restarting, strategies, intensity. */
@BothRuntimes
final class SupervisorTest {

  static final Duration BOUND = Duration.ofSeconds(Await.SECONDS);
  static final Duration MINUTE = Duration.ofMinutes(1);

  private final ActorRuntime runtime;

  /** What the children did, in order: "start a", "stop a", ... */
  private final ConcurrentLinkedQueue<String> events = new ConcurrentLinkedQueue<>();

  SupervisorTest(ActorRuntime runtime) {
    this.runtime = runtime;
  }

  @AfterEach
  void stopEveryActor() {
    ActorRegistry.stopAll(BOUND);
  }

  /**
   * A child that records its start and stop, throws on "crash", stops itself on "stop", and echoes
   * anything else.
   */
  static Supplier<Actor> child(
      ActorRuntime runtime, String name, ConcurrentLinkedQueue<String> events) {
    return () ->
        Actors.create(
            runtime,
            script()
                .onStart(self -> events.add("start " + name))
                .onStop(self -> events.add("stop " + name))
                .onReceive(
                    (self, message) -> {
                      if ("crash".equals(message)) {
                        throw new IllegalStateException("crash " + name);
                      }
                      if ("stop".equals(message)) {
                        self.stop();
                      }
                      return message;
                    }));
  }

  private Supplier<Actor> child(String name) {
    return child(runtime, name, events);
  }

  /** Crashes a child through its current ref and waits until the supervisor has restarted it. */
  static ActorRef<Actor> crashAndAwaitRestart(Supervised<Actor> handle, Object message) {
    ActorRef<Actor> old = handle.ref();
    int restarts = handle.restarts();
    old.tell(message);
    old.termination().get(BOUND);
    Await.until(() -> handle.restarts() > restarts);
    return handle.ref();
  }

  private Supervised<Actor> handle(Supervisor supervisor, String id) {
    return supervisor.child(id, Actor.class);
  }

  // Rule S6.
  @Test
  void childrenStartInTheOrderListedAndStartReturnsOnceAllHaveStarted() {
    Supervisor supervisor =
        Supervisor.builder()
            .child("a", child("a"))
            .child("b", child("b"))
            .child("c", child("c"))
            .start();
    assertThat(events).containsExactly("start a", "start b", "start c");
    assertThat(supervisor.children()).extracting(Supervised::id).containsExactly("a", "b", "c");
    assertThat(supervisor.children()).allSatisfy(h -> assertThat(h.ref().isAlive()).isTrue());
    assertThat(supervisor.ref().isAlive()).isTrue();
  }

  // Rule S6: onStart of the third child throws.
  @Test
  void aChildFailingToStartStopsThoseStartedInReverseAndStartThrowsWithItsException() {
    IllegalStateException thrown = new IllegalStateException("no start");
    try (LogCapture log = LogCapture.start()) {
      Supervisor.Builder builder =
          Supervisor.builder()
              .child("a", child("a"))
              .child("b", child("b"))
              .child(
                  "c",
                  () ->
                      Actors.create(
                          runtime,
                          script()
                              .onStart(
                                  self -> {
                                    throw thrown;
                                  })));
      assertThatThrownBy(builder::start).isInstanceOf(PykkaException.class).hasCause(thrown);
    }
    assertThat(events).containsExactly("start a", "start b", "stop b", "stop a");
    assertThat(ActorRegistry.getAll()).isEmpty();
  }

  // Rule S6: the factory of the second child throws.
  @Test
  void aChildWhoseFactoryThrowsFailsTheStartToo() {
    RuntimeException thrown = new RuntimeException("no actor");
    try (LogCapture log = LogCapture.start()) {
      Supervisor.Builder builder =
          Supervisor.builder()
              .child("a", child("a"))
              .child(
                  "b",
                  () -> {
                    throw thrown;
                  });
      assertThatThrownBy(builder::start).isInstanceOf(PykkaException.class).hasCause(thrown);
    }
    assertThat(events).containsExactly("start a", "stop a");
  }

  // Rule S6: without maxRestarts, 3 restarts are allowed (within 5 s) and a 4th gives up.
  @Test
  void theDefaultIntensityAllowsThreeRestarts() {
    try (LogCapture log = LogCapture.start()) {
      Supervisor supervisor = Supervisor.builder().child("a", child("a")).start();
      Supervised<Actor> a = handle(supervisor, "a");
      for (int i = 0; i < 3; i++) {
        crashAndAwaitRestart(a, "crash");
      }
      assertThat(a.restarts()).isEqualTo(3);
      a.ref().tell("crash");
      assertThat(supervisor.ref().termination().get(BOUND).failed()).isTrue();
    }
  }

  // Rule S7: a permanent child is restarted after a failure and after a stop, as a new actor.
  @Test
  void aPermanentChildIsRestartedAfterAFailureAndAfterAStopAsANewActor() {
    try (LogCapture log = LogCapture.start()) {
      Supervisor supervisor =
          Supervisor.builder().maxRestarts(10, MINUTE).child("a", child("a")).start();
      Supervised<Actor> a = handle(supervisor, "a");
      ActorRef<Actor> first = a.ref();
      ActorRef<Actor> second = crashAndAwaitRestart(a, "crash");
      ActorRef<Actor> third = crashAndAwaitRestart(a, "stop");
      assertThat(List.of(first, second, third)).doesNotHaveDuplicates();
      assertThat(List.of(first.actorUrn(), second.actorUrn(), third.actorUrn()))
          .doesNotHaveDuplicates();
      assertThat(third.isAlive()).isTrue();
      assertThat(a.restarts()).isEqualTo(2);
    }
  }

  // Rule S7.
  @Test
  void aTransientChildIsRestartedAfterAFailureButNotAfterAStop() {
    try (LogCapture log = LogCapture.start()) {
      Supervisor supervisor =
          Supervisor.builder()
              .child("a", child("a"), Supervisor.Restart.TRANSIENT)
              .child("b", child("b"))
              .start();
      Supervised<Actor> a = handle(supervisor, "a");
      crashAndAwaitRestart(a, "crash");
      ActorRef<Actor> second = a.ref();
      second.tell("stop");
      second.termination().get(BOUND);
      Await.until(() -> isGone(a));
      assertThat(a.restarts()).isEqualTo(1);
      assertThatThrownBy(() -> a.tell("x")).isInstanceOf(ActorDeadException.class);
      assertThat(handle(supervisor, "b").ref().isAlive()).isTrue();
    }
  }

  // Rule S7.
  @Test
  void aTemporaryChildIsNeverRestarted() {
    try (LogCapture log = LogCapture.start()) {
      Supervisor supervisor =
          Supervisor.builder().child("a", child("a"), Supervisor.Restart.TEMPORARY).start();
      Supervised<Actor> a = handle(supervisor, "a");
      a.ref().tell("crash");
      Await.until(() -> isGone(a));
      assertThat(a.restarts()).isZero();
      assertThat(supervisor.ref().isAlive()).isTrue();
    }
  }

  static boolean isGone(Supervised<?> handle) {
    try {
      handle.ref();
      return false;
    } catch (ActorDeadException gone) {
      return true;
    }
  }

  // Rule S8.
  @Test
  void oneForAllStopsTheOthersInReverseAndRestartsAllInOrderCountingOneRestart() {
    try (LogCapture log = LogCapture.start()) {
      Supervisor supervisor =
          Supervisor.builder()
              .strategy(Supervisor.Strategy.ONE_FOR_ALL)
              .maxRestarts(1, MINUTE)
              .child("a", child("a"))
              .child("b", child("b"))
              .child("c", child("c"))
              .start();
      events.clear();
      crashAndAwaitRestart(handle(supervisor, "b"), "crash");
      Await.until(() -> handle(supervisor, "c").restarts() == 1);
      assertThat(events).containsExactly("stop c", "stop a", "start a", "start b", "start c");
      assertThat(supervisor.children()).allSatisfy(h -> assertThat(h.restarts()).isEqualTo(1));
      assertThat(supervisor.ref().isAlive()).isTrue(); // one failure, one restart: within 1
    }
  }

  // Rule S8.
  @Test
  void restForOneRestartsTheFailedChildAndThoseAfterIt() {
    try (LogCapture log = LogCapture.start()) {
      Supervisor supervisor =
          Supervisor.builder()
              .strategy(Supervisor.Strategy.REST_FOR_ONE)
              .child("a", child("a"))
              .child("b", child("b"))
              .child("c", child("c"))
              .child("d", child("d"))
              .start();
      ActorRef<Actor> a = handle(supervisor, "a").ref();
      events.clear();
      crashAndAwaitRestart(handle(supervisor, "b"), "crash");
      Await.until(() -> handle(supervisor, "d").restarts() == 1);
      assertThat(events).containsExactly("stop d", "stop c", "start b", "start c", "start d");
      assertThat(handle(supervisor, "a").ref()).isSameAs(a);
      assertThat(handle(supervisor, "a").restarts()).isZero();
    }
  }

  // Rule S8: as in OTP, a temporary sibling stopped by the strategy is not restarted.
  @Test
  void aTemporarySiblingStoppedByTheStrategyIsNotRestarted() {
    try (LogCapture log = LogCapture.start()) {
      Supervisor supervisor =
          Supervisor.builder()
              .strategy(Supervisor.Strategy.ONE_FOR_ALL)
              .child("a", child("a"))
              .child("t", child("t"), Supervisor.Restart.TEMPORARY)
              .start();
      events.clear();
      crashAndAwaitRestart(handle(supervisor, "a"), "crash");
      assertThat(events).containsExactly("stop t", "start a");
      assertThat(isGone(handle(supervisor, "t"))).isTrue();
    }
  }

  // Rule S9: the failure that broke the limit ends the supervisor; children stop in reverse.
  @Test
  void exceedingTheIntensityStopsEveryChildInReverseThenTheSupervisorWithTheChildsFailure() {
    try (LogCapture log = LogCapture.start()) {
      Supervisor supervisor =
          Supervisor.builder()
              .maxRestarts(1, MINUTE)
              .child("a", child("a"))
              .child("b", child("b"))
              .child("c", child("c"))
              .start();
      Supervised<Actor> b = handle(supervisor, "b");
      crashAndAwaitRestart(b, "crash");
      events.clear();
      AtomicInteger failures = new AtomicInteger();
      ActorRef<Actor> last = b.ref();
      last.tell("crash");
      Termination ended = supervisor.ref().termination().get(BOUND);
      assertThat(ended.failure()).isSameAs(last.termination().get(BOUND).failure());
      assertThat(events).containsExactly("stop c", "stop a");
      assertThat(supervisor.children())
          .allSatisfy(
              h -> {
                assertThatThrownBy(() -> h.tell("x")).isInstanceOf(ActorDeadException.class);
                assertThatThrownBy(() -> h.ask("x")).isInstanceOf(ActorDeadException.class);
                assertThatThrownBy(h::ref).isInstanceOf(ActorDeadException.class);
                assertThatThrownBy(() -> h.askAsync("x").get())
                    .isInstanceOf(ActorDeadException.class);
                failures.incrementAndGet();
              });
      assertThat(failures).hasValue(3);
      assertThat(ActorRegistry.getAll()).isEmpty();
    }
  }

  // Rule S9: an end without a failure that breaks the limit gives a PykkaException.
  @Test
  void exceedingTheIntensityWithAStopEndsTheSupervisorWithAPykkaException() {
    try (LogCapture log = LogCapture.start()) {
      Supervisor supervisor =
          Supervisor.builder().maxRestarts(0, MINUTE).child("a", child("a")).start();
      handle(supervisor, "a").ref().tell("stop");
      Throwable failure = supervisor.ref().termination().get(BOUND).failure();
      assertThat(failure).isExactlyInstanceOf(PykkaException.class);
      assertThat(failure.getMessage()).contains("more than 0 restarts");
    }
  }

  // Rule S9: a restart counts while it lies within `within` of the newest one, bounds included.
  @Test
  void aRestartCountsWhileItLiesWithinThePeriodOfTheNewestBoundsIncluded() {
    RestartIntensity intensity = new RestartIntensity(2, Duration.ofNanos(100));
    assertThat(intensity.record(0)).isTrue();
    assertThat(intensity.record(50)).isTrue();
    assertThat(intensity.record(100)).isFalse(); // 0, 50 and 100 all lie within 100 of 100
    RestartIntensity later = new RestartIntensity(2, Duration.ofNanos(100));
    later.record(0);
    later.record(50);
    assertThat(later.record(101)).isTrue(); // 0 lies outside
  }
}
