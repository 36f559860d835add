package pykka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pykka.Script.script;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import pykka.testfixtures.ActorRuntime;
import pykka.testfixtures.Await;
import pykka.testfixtures.BothRuntimes;

/**
 * Rules 31 and 32 of docs/behaviour.md: which thread runs what, and asks that wait on the asker.
 * Rule 30 (daemon threads) is {@link DaemonThreadTest}'s.
 */
@BothRuntimes
final class ActorThreadsTest {

  private static final Duration BOUND = Duration.ofSeconds(Await.SECONDS);

  private final ActorRuntime runtime;

  ActorThreadsTest(ActorRuntime runtime) {
    this.runtime = runtime;
  }

  @AfterEach
  void stopEveryActor() {
    ActorRegistry.stopAll(BOUND);
  }

  // Rule 31.
  @Test
  void everyHookRunsInTheActorsOwnThreadNamedAfterItsClass() {
    ConcurrentLinkedQueue<String> stopping = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<String> failing = new ConcurrentLinkedQueue<>();
    CountDownLatch failed = new CountDownLatch(1);
    ActorRef<Actor> stops = Actors.start(runtime, recordingThreads(stopping, failed));
    ActorRef<Actor> fails = Actors.start(runtime, recordingThreads(failing, failed));

    stops.ask("ask", BOUND);
    stops.tell("tell");
    stops.stop(BOUND);
    fails.tell("fail");
    Await.on(failed);

    assertThat(threadNames(stopping)).containsOnly(threadNames(stopping).get(0)).hasSize(4);
    assertThat(threadNames(failing)).containsOnly(threadNames(failing).get(0)).hasSize(2);
    for (ConcurrentLinkedQueue<String> events : List.of(stopping, failing)) {
      String thread = threadNames(events).get(0);
      assertThat(thread)
          .matches(Actors.actorClass(runtime).getSimpleName() + "-\\d+")
          .isNotEqualTo(Thread.currentThread().getName());
      assertThat(events)
          .allMatch(e -> e.endsWith(" virtual=" + (runtime == ActorRuntime.VIRTUAL_THREADS)));
    }
    assertThat(threadNames(stopping).get(0)).isNotEqualTo(threadNames(failing).get(0));
    assertThat(stopping)
        .map(e -> e.split(" ")[0])
        .containsExactly("onStart", "ask", "tell", "onStop");
    assertThat(failing).map(e -> e.split(" ")[0]).containsExactly("onStart", "onFailure");
  }

  // Rule 31: the constructor runs in the caller's thread.
  @Test
  void theConstructorRunsInTheCallersThread() {
    Thread caller = Thread.currentThread();
    Thread[] constructedOn = new Thread[1];
    Script script = script().onReceive((self, message) -> constructedOn[0]);
    constructedOn[0] = Thread.currentThread(); // a plain field: set before the actor exists
    Actor actor = Actors.create(runtime, script);
    assertThat(constructedOn[0]).isSameAs(caller);
    assertThat(actor.start().ask("where?", BOUND)).isSameAs(caller);
  }

  private static Script recordingThreads(
      ConcurrentLinkedQueue<String> events, CountDownLatch failed) {
    return script()
        .onStart(self -> events.add("onStart " + here()))
        .onReceive(
            (self, message) -> {
              if ("fail".equals(message)) {
                throw new IllegalStateException("fails on purpose");
              }
              events.add(message + " " + here());
              return null;
            })
        .onStop(self -> events.add("onStop " + here()))
        .onFailure(
            (self, failure) -> {
              events.add("onFailure " + here());
              failed.countDown();
            });
  }

  private static String here() {
    Thread t = Thread.currentThread();
    return t.getName() + " virtual=" + t.isVirtual();
  }

  private static List<String> threadNames(ConcurrentLinkedQueue<String> events) {
    return events.stream().map(e -> e.split(" ")[1]).toList();
  }

  // Rule 32, with deadlock detection in its default mode, FAIL.
  @Test
  void aBlockingAskToItselfFromInsideTheActorFailsWithDeadlockExceptionInsteadOfHanging() {
    assertThat(DeadlockDetection.mode()).isEqualTo(DeadlockDetection.FAIL);
    ActorRef<Actor> ref =
        Actors.start(
            runtime,
            (self, message) -> {
              if ("ask yourself".equals(message)) {
                return self.actorRef().ask("inner");
              }
              return "answered " + message;
            });

    assertThatThrownBy(() -> ref.ask("ask yourself", BOUND))
        .isInstanceOf(DeadlockException.class)
        .hasMessageContaining(ref.actorUrn());
    assertThat(ref.isAlive()).isTrue();
  }

  // Deadlock detection must not report a cycle that is not there: A asks B and waits; B replies,
  // then at once asks A, while A may still be waking up from its wait on B. A is not blocked on B
  // any more (its reply is set), so B's ask is safe and must succeed.
  @Test
  void twoActorsAskingEachOtherInTurnAreNeverReportedAsDeadlocked() {
    assertThat(DeadlockDetection.mode()).isEqualTo(DeadlockDetection.FAIL);
    ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
    ActorRef<?>[] a = new ActorRef<?>[1];
    ActorRef<Actor> b =
        Actors.start(
            runtime,
            (self, message) -> {
              if ("ping".equals(message)) {
                self.actorRef().tell("ask A"); // handled right after this reply is set
                return "pong";
              }
              if ("ask A".equals(message)) {
                try {
                  a[0].ask("hello", BOUND);
                } catch (Throwable t) {
                  failures.add(t);
                }
              }
              return null;
            });
    a[0] =
        Actors.start(
            runtime, (self, message) -> "go".equals(message) ? b.ask("ping", BOUND) : "hello back");

    List<Object> replies = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      replies.add(a[0].ask("go", BOUND));
      b.ask("sync", BOUND); // queued behind "ask A", so that one is done when this returns
    }

    assertThat(failures).isEmpty();
    assertThat(replies).containsOnly("pong");
  }
}
