package pykka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pykka.Script.script;
import static pykka.SupervisorTest.BOUND;
import static pykka.SupervisorTest.MINUTE;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.event.Level;
import pykka.testfixtures.ActorRuntime;
import pykka.testfixtures.Await;
import pykka.testfixtures.BothRuntimes;
import pykka.testfixtures.LogCapture;
import pykka.testfixtures.LogRecord;

/** Rules S10 to S13 of docs/supervision.md: handles, stopping, trees, logging. */
@BothRuntimes
final class SupervisedTest {

  private final ActorRuntime runtime;
  private final ConcurrentLinkedQueue<String> events = new ConcurrentLinkedQueue<>();

  SupervisedTest(ActorRuntime runtime) {
    this.runtime = runtime;
  }

  @AfterEach
  void stopEveryActor() {
    ActorRegistry.stopAll(BOUND);
  }

  /**
   * A child whose incarnations are numbered from 1: each records "n:message", throws on "crash",
   * blocks on {@code blockOn} for "block", and, from the second incarnation on, waits for {@code
   * restartGate} in its onStart.
   */
  private Supplier<Actor> numbered(
      AtomicInteger incarnations, CountDownLatch restartGate, CountDownLatch blockOn) {
    return () -> {
      int n = incarnations.incrementAndGet();
      return Actors.create(
          runtime,
          script()
              .onStart(
                  self -> {
                    if (n > 1) {
                      restartGate.await();
                    }
                  })
              .onReceive(
                  (self, message) -> {
                    if ("crash".equals(message)) {
                      throw new IllegalStateException("crash");
                    }
                    if ("block".equals(message)) {
                      blockOn.await();
                    }
                    events.add(n + ":" + message);
                    return message;
                  }));
    };
  }

  // Rule S10: held during the restart, passed on in order, and tell/askAsync do not wait.
  @Test
  void messagesSentWhileTheChildRestartsReachTheNewIncarnationInOrder() {
    AtomicInteger incarnations = new AtomicInteger();
    CountDownLatch restartGate = new CountDownLatch(1);
    try (LogCapture log = LogCapture.start()) {
      Supervisor supervisor =
          Supervisor.builder()
              .child("w", numbered(incarnations, restartGate, new CountDownLatch(0)))
              .start();
      Supervised<Actor> w = supervisor.child("w", Actor.class);
      ActorRef<Actor> first = w.ref();
      w.tell("crash");
      first.termination().get(BOUND);
      for (int i = 0; i < 10; i++) {
        w.tell("m" + i);
      }
      ThreadingFuture<Object> reply = (ThreadingFuture<Object>) w.askAsync("ask");
      assertThat(reply.isDone()).isFalse(); // the new incarnation is still in its onStart
      restartGate.countDown();
      assertThat(reply.get(BOUND)).isEqualTo("ask");
      assertThat(events)
          .containsExactly(
              "2:m0", "2:m1", "2:m2", "2:m3", "2:m4", "2:m5", "2:m6", "2:m7", "2:m8", "2:m9",
              "2:ask");
      assertThat(w.restarts()).isEqualTo(1);
    }
  }

  // Rule S10: nothing from the dead incarnation's inbox is replayed.
  @Test
  void messagesLeftInTheDeadIncarnationsInboxAreNotReplayed() {
    AtomicInteger incarnations = new AtomicInteger();
    CountDownLatch release = new CountDownLatch(1);
    try (LogCapture log = LogCapture.start()) {
      Supervisor supervisor =
          Supervisor.builder()
              .child("w", numbered(incarnations, new CountDownLatch(0), release))
              .start();
      Supervised<Actor> w = supervisor.child("w", Actor.class);
      w.tell("block");
      w.tell("crash");
      w.tell("lost tell");
      Future<Object> lostAsk = w.askAsync("lost ask");
      release.countDown();
      assertThatThrownBy(() -> lostAsk.get(BOUND)).isInstanceOf(ActorDeadException.class);
      assertThat(w.ask("after", BOUND)).isEqualTo("after");
      assertThat(events).containsExactly("1:block", "2:after");
    }
  }

  // Rule S10.
  @Test
  void anUnknownIdOrAWrongTypeIsRefused() {
    Supervisor supervisor =
        Supervisor.builder()
            .child("w", numbered(new AtomicInteger(), new CountDownLatch(0), null))
            .start();
    assertThatThrownBy(() -> supervisor.child("nobody", Actor.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("No child with id 'nobody' in SupervisorActor (urn:uuid:");
    assertThatThrownBy(() -> supervisor.child("w", ProxyTestActor.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Child 'w' of SupervisorActor (urn:uuid:")
        .hasMessageEndingWith(", not a pykka.ProxyTestActor");
    assertThat(supervisor.child("w", Actors.actorClass(runtime)).ref().isAlive()).isTrue();
  }

  // Rule S10: a typed proxy through a handle follows the current incarnation.
  @Test
  void aTypedProxyThroughAHandleFollowsTheCurrentIncarnation() {
    try (LogCapture log = LogCapture.start()) {
      Supervisor supervisor =
          Supervisor.builder().child("c", SupervisedCounter.factory(runtime)).start();
      Supervised<SupervisedCounter> c = supervisor.child("c", SupervisedCounter.class);
      SupervisedCounter.Api counter = c.proxy(SupervisedCounter.Api.class);
      assertThat(counter.next()).isEqualTo(1);
      assertThat(counter.next()).isEqualTo(2);
      ActorRef<?> first = counter.actorRef();
      counter.crash();
      first.termination().get(BOUND);
      assertThat(counter.next()).isEqualTo(1); // waits for the new incarnation if need be
      assertThat(counter.actorRef()).isNotSameAs(first).isSameAs(c.ref());
      assertThat(c.restarts()).isEqualTo(1);
    }
  }

  // Rule S11: reverse start order, each onStop done before the next stop; no restart meanwhile.
  @Test
  void stopStopsTheChildrenInReverseEachOnStopBeforeTheNextThenTheSupervisor() {
    AtomicInteger made = new AtomicInteger();
    Supervisor.Builder builder = Supervisor.builder();
    for (String name : List.of("a", "b", "c")) {
      builder.child(
          name,
          () -> {
            made.incrementAndGet();
            return Actors.create(
                runtime,
                script()
                    .onStop(
                        self -> {
                          events.add("begin " + name);
                          Thread.yield();
                          events.add("end " + name);
                        }));
          });
    }
    Supervisor supervisor = builder.start();
    List<ActorRef<Actor>> refs =
        supervisor.children().stream().map(h -> (ActorRef<Actor>) h.ref()).toList();
    assertThat(supervisor.stop()).isTrue();
    assertThat(events).containsExactly("begin c", "end c", "begin b", "end b", "begin a", "end a");
    assertThat(refs).allSatisfy(r -> assertThat(r.isAlive()).isFalse());
    assertThat(made).hasValue(3);
    assertThat(supervisor.stop()).isFalse();
    assertThat(supervisor.ref().termination().get(BOUND).failed()).isFalse();
  }

  // Rule S12: a nested supervisor that gives up is a failed child of its parent.
  @Test
  void aNestedSupervisorThatGivesUpIsRestartedByItsParent() {
    AtomicInteger workers = new AtomicInteger();
    try (LogCapture log = LogCapture.start()) {
      Supervisor parent =
          Supervisor.builder()
              .supervisor(
                  "inner",
                  () ->
                      Supervisor.builder()
                          .maxRestarts(0, MINUTE)
                          .child(
                              "w", numbered(workers, new CountDownLatch(0), new CountDownLatch(0))))
              .start();
      Supervised<Actor> inner = parent.child("inner", Actor.class);
      ActorRef<Actor> firstInner = inner.ref();
      ActorRef<?> firstWorker = ActorRegistry.getByClass(Actors.actorClass(runtime)).get(0);
      firstWorker.tell("crash");
      Termination gaveUp = firstInner.termination().get(BOUND);
      assertThat(gaveUp.failed()).isTrue();
      Await.until(() -> inner.restarts() == 1);
      assertThat(workers).hasValue(2);
      assertThat(inner.ref().isAlive()).isTrue();
    }
  }

  // Rule S13: INFO per restart naming the child, its old ref and what ended it.
  @Test
  void eachRestartIsLoggedAtInfoNamingTheChildItsOldRefAndWhatEndedIt() {
    try (LogCapture log = LogCapture.start()) {
      Supervisor supervisor =
          Supervisor.builder()
              .child("worker", numbered(new AtomicInteger(), new CountDownLatch(0), null))
              .start();
      Supervised<Actor> w = supervisor.child("worker", Actor.class);
      ActorRef<Actor> old = w.ref();
      SupervisorTest.crashAndAwaitRestart(w, "crash");
      List<LogRecord> restarts =
          log.about(supervisor.ref()).stream().filter(r -> r.level() == Level.INFO).toList();
      assertThat(restarts).hasSize(1);
      assertThat(restarts.get(0).message())
          .contains("'worker'")
          .contains(old.toString())
          .contains("java.lang.IllegalStateException: crash");
    }
  }

  // Rule S13: ERROR when a supervisor gives up, naming it, with the failure as the exception.
  @Test
  void givingUpIsLoggedAtErrorNamingTheSupervisorWithTheFailureAsTheException() {
    try (LogCapture log = LogCapture.start()) {
      Supervisor supervisor =
          Supervisor.builder()
              .maxRestarts(0, MINUTE)
              .child("w", numbered(new AtomicInteger(), new CountDownLatch(0), null))
              .start();
      ActorRef<Actor> w = supervisor.child("w", Actor.class).ref();
      w.tell("crash");
      Throwable failure = supervisor.ref().termination().get(BOUND).failure();
      assertThat(log.about(supervisor.ref()))
          .anySatisfy(
              r -> {
                assertThat(r.level()).isEqualTo(Level.ERROR);
                assertThat(r.message()).contains("gave up").contains("more than 0 restarts");
                assertThat(r.throwable()).isSameAs(failure);
              });
    }
  }

  // Rule S13: a child and a failure whose toString() throw do not break the supervisor.
  @Test
  void aThrowingToStringNeverBreaksASupervisor() {
    RuntimeException hostile =
        new RuntimeException() {
          @Override
          public String toString() {
            throw new IllegalStateException("no text");
          }

          @Override
          public String getMessage() {
            throw new IllegalStateException("no message");
          }
        };
    try (LogCapture log = LogCapture.start()) {
      Supervisor supervisor =
          Supervisor.builder()
              .maxRestarts(10, MINUTE)
              .child(
                  "w",
                  () ->
                      Actors.create(
                          runtime,
                          script()
                              .describedAs(
                                  () -> {
                                    throw new IllegalStateException("no name");
                                  })
                              .onReceive(
                                  (self, message) -> {
                                    throw hostile;
                                  })))
              .start();
      Supervised<Actor> w = supervisor.child("w", Actor.class);
      SupervisorTest.crashAndAwaitRestart(w, "x");
      SupervisorTest.crashAndAwaitRestart(w, "x");
      assertThat(w.restarts()).isEqualTo(2);
      assertThat(supervisor.ref().isAlive()).isTrue();
    }
  }
}
