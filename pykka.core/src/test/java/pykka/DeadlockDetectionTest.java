package pykka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.event.Level;
import pykka.testfixtures.ActorRuntime;
import pykka.testfixtures.Await;
import pykka.testfixtures.LogRecord;
import pykka.testfixtures.RecordingLogProvider;

final class DeadlockDetectionTest {

  @AfterEach
  void stopActorsAndRestoreTheMode() {
    ActorRegistry.stopAll();
    DeadlockDetection.setMode(DeadlockDetection.FAIL);
    Actors.clear();
  }

  // Regression: WaitGraph took the edge of an actor that had just been answered, but had not yet
  // woken up to clear it, for a live wait, and reported a deadlock that was not there.
  @ParameterizedTest
  @EnumSource(ActorRuntime.class)
  void anActorThatAsksBackRightAfterAnsweringIsNotReportedAsDeadlocked(ActorRuntime runtime)
      throws Exception {
    for (int round = 0; round < 200; round++) {
      CountDownLatch followUpQueued = new CountDownLatch(1);
      AtomicReference<ActorRef<?>> bRef = new AtomicReference<>(); // a and b ask each other
      ActorRef<?> a =
          Actors.start(
              runtime,
              (self, message) -> {
                if (message.equals("ping")) {
                  followUpQueued.await();
                  return "pong"; // wakes b, whose edge to a is still written for a moment
                }
                return bRef.get().ask("hello"); // the follow-up, handled right after the pong
              });
      ActorRef<?> b =
          Actors.start(
              runtime,
              (self, message) -> message.equals("start") ? a.askAsync("ping").get() : "hi");
      bRef.set(b);

      Future<Object> started = b.askAsync("start");
      Await.until(() -> running(b).waitingFor() == a);
      Future<Object> followUp = a.askAsync("follow-up");
      followUpQueued.countDown();

      assertThat(started.get()).isEqualTo("pong");
      assertThat(followUp.get()).isEqualTo("hi");
      a.stop();
      b.stop();
    }
  }

  @ParameterizedTest
  @EnumSource(ActorRuntime.class)
  void anActorAskingItselfAndWaitingGetsADeadlockExceptionNamingItWithItsUrn(ActorRuntime runtime) {
    ActorRef<?> a = ring(runtime, 1, Future::get).get(0);

    assertThatThrownBy(() -> a.ask(1))
        .isExactlyInstanceOf(DeadlockException.class)
        .isInstanceOf(PykkaException.class)
        .hasMessage("Deadlock: " + a + " is waiting for a reply from itself")
        .hasMessageContaining(a.actorUrn());
    assertThat(a.ask(0)).isEqualTo("done"); // the actor keeps running
  }

  @ParameterizedTest
  @EnumSource(ActorRuntime.class)
  void twoActorsWaitingForEachOtherGetADeadlockExceptionNamingBoth(ActorRuntime runtime) {
    List<ActorRef<?>> pair = ring(runtime, 2, Future::get);

    assertThatThrownBy(() -> pair.get(0).ask(2))
        .isExactlyInstanceOf(DeadlockException.class)
        .message()
        .isIn(cycleMessages(pair));
    assertThat(pair.get(1).ask(0)).isEqualTo("done");
  }

  @ParameterizedTest
  @EnumSource(ActorRuntime.class)
  void threeActorsInACycleGetADeadlockExceptionNamingEachInOrder(ActorRuntime runtime) {
    List<ActorRef<?>> three = ring(runtime, 3, Future::get);

    assertThatThrownBy(() -> three.get(0).ask(3))
        .isExactlyInstanceOf(DeadlockException.class)
        .message()
        .isIn(cycleMessages(three));
  }

  /** The ways an actor can block on another's reply besides a plain get(). */
  enum Waiting {
    MAP(f -> f.map(value -> value).get()),
    JOIN(f -> f.join(answered("other")).get()),
    GET_ALL(f -> Future.getAll(List.of(f))),
    GET_WITH_TIMEOUT(f -> f.get(Duration.ofMinutes(5)));

    final Function<Future<Object>, Object> wait;

    Waiting(Function<Future<Object>, Object> wait) {
      this.wait = wait;
    }
  }

  static Stream<Arguments> runtimesAndWaitings() {
    return Stream.of(ActorRuntime.values())
        .flatMap(r -> Stream.of(Waiting.values()).map(w -> Arguments.of(r, w)));
  }

  @ParameterizedTest
  @MethodSource("runtimesAndWaitings")
  void aCycleClosedThroughDerivedFuturesOrGetAllOrATimedGetIsDetected(
      ActorRuntime runtime, Waiting waiting) {
    List<ActorRef<?>> pair = ring(runtime, 2, waiting.wait);

    assertThatThrownBy(() -> pair.get(0).ask(2))
        .isExactlyInstanceOf(DeadlockException.class)
        .message()
        .isIn(cycleMessages(pair));
  }

  // An actor that waits for another thread to finish running a derived future's hook waits, through
  // that hook, for the reply the future derives from: the wait is checked too.
  @ParameterizedTest
  @EnumSource(ActorRuntime.class)
  void aCycleClosedByWaitingForAnotherThreadRunningTheHookOfAFutureDerivedFromAReplyIsDetected(
      ActorRuntime runtime) {
    AtomicReference<ActorRef<?>> aRef = new AtomicReference<>();
    ActorRef<?> b =
        Actors.start(
            runtime, (self, message) -> message.equals("ask a") ? aRef.get().ask("x") : "b");
    ActorRef<?> a =
        Actors.start(
            runtime,
            (self, message) -> {
              if (!message.equals("start")) {
                return "a";
              }
              b.tell("ask a"); // b blocks on our reply, which waits for this handler
              Await.until(() -> running(b).waitingFor() == self.actorRef());
              Future<Object> mapped = b.askAsync("queued behind b's wait").map(v -> v);
              Thread hookRunner =
                  Thread.ofPlatform()
                      .daemon()
                      .start(() -> mapped.get(Duration.ofSeconds(Await.SECONDS * 6)));
              Await.until(() -> hookRunner.getState() == Thread.State.TIMED_WAITING);
              return mapped.get(); // waits for the hook runner's lock
            });
    aRef.set(a);

    assertThatThrownBy(() -> a.askAsync("start").get(Duration.ofSeconds(Await.SECONDS)))
        .isExactlyInstanceOf(DeadlockException.class)
        .message()
        .isIn(cycleMessages(List.of(a, b)));
  }

  /** The documentation's deadlock example, through proxies. */
  public static class DeadlockActorA extends ProxyTestActor {
    public String foo(BApi b) {
      return b.bar(); // a blocking typed-proxy method
    }

    public Object fooUntyped(ActorProxy b) {
      return b.call("barUntyped").get();
    }

    public String ping() {
      return "pong";
    }
  }

  /** Calls back the actor that called it; its ref is given at construction. */
  public static class DeadlockActorB extends ProxyTestActor {
    private final ActorRef<?> a;

    public DeadlockActorB(ActorRef<?> a) {
      this.a = a;
    }

    public String bar() {
      return a.proxy(AApi.class).ping();
    }

    public Object barUntyped() {
      return a.proxy().call("ping").get();
    }
  }

  interface AApi {
    String foo(BApi b);

    String ping();
  }

  interface BApi {
    String bar();
  }

  @ParameterizedTest
  @EnumSource(ActorRuntime.class)
  void aCycleThroughBlockingTypedProxyMethodsIsDetected(ActorRuntime runtime) {
    Actors.use(runtime);
    ActorRef<DeadlockActorA> a = new DeadlockActorA().start();
    ActorRef<DeadlockActorB> b = new DeadlockActorB(a).start();

    assertThatThrownBy(() -> a.proxy(AApi.class).foo(b.proxy(BApi.class)))
        .isExactlyInstanceOf(DeadlockException.class)
        .message()
        .isIn(cycleMessages(List.of(a, b)));
    assertThat(a.proxy(AApi.class).ping()).isEqualTo("pong");
  }

  @ParameterizedTest
  @EnumSource(ActorRuntime.class)
  void aCycleThroughUntypedProxyCallsIsDetected(ActorRuntime runtime) {
    Actors.use(runtime);
    ActorRef<DeadlockActorA> a = new DeadlockActorA().start();
    ActorRef<DeadlockActorB> b = new DeadlockActorB(a).start();

    assertThatThrownBy(() -> a.proxy().call("fooUntyped", b.proxy()).get())
        .isExactlyInstanceOf(DeadlockException.class)
        .message()
        .isIn(cycleMessages(List.of(a, b)));
  }

  @ParameterizedTest
  @EnumSource(ActorRuntime.class)
  void inLogModeTheCycleIsLoggedAtErrorAndTheActorsKeepWaiting(ActorRuntime runtime)
      throws InterruptedException {
    DeadlockDetection.setMode(DeadlockDetection.LOG);
    List<ActorRef<?>> pair = ring(runtime, 2, Future::get);
    ActorRef<?> a = pair.get(0);
    ActorRef<?> b = pair.get(1);
    RecordingLogProvider.clear();

    Future<Object> reply = a.askAsync(2);
    LogRecord logged = RecordingLogProvider.poll(Duration.ofSeconds(30));

    assertThat(logged).isNotNull();
    assertThat(logged.logger()).isEqualTo("pykka");
    assertThat(logged.level()).isEqualTo(Level.ERROR);
    assertThat(logged.message()).isIn(cycleMessages(pair));
    assertThat(running(a).waitingFor()).isSameAs(b);
    assertThat(running(b).waitingFor()).isSameAs(a);
    assertThatThrownBy(() -> reply.get(Duration.ZERO)).isInstanceOf(TimeoutException.class);
    running(b).thread().interrupt(); // ends the wait, as a timeout would
    assertThatThrownBy(reply::get)
        .isInstanceOf(PykkaException.class)
        .isNotInstanceOf(DeadlockException.class)
        .hasMessageContaining("Interrupted");
  }

  @ParameterizedTest
  @ValueSource(strings = {"fail", "FAIL", " Log ", "off"})
  void theSystemPropertyNamesTheModeInAnyCase(String value) {
    assertThat(DeadlockDetection.fromProperty(value).name())
        .isEqualTo(value.trim().toUpperCase(Locale.ROOT));
  }

  @Test
  void anUnsetOrUnknownSystemPropertyMeansFailAndAnUnknownOneIsWarnedAbout() {
    RecordingLogProvider.clear();
    assertThat(DeadlockDetection.fromProperty(null)).isEqualTo(DeadlockDetection.FAIL);
    assertThat(DeadlockDetection.fromProperty(" ")).isEqualTo(DeadlockDetection.FAIL);
    assertThat(RecordingLogProvider.drain()).isEmpty();

    assertThat(DeadlockDetection.fromProperty("loud")).isEqualTo(DeadlockDetection.FAIL);
    assertThat(RecordingLogProvider.drain())
        .singleElement()
        .satisfies(r -> assertThat(r.level()).isEqualTo(Level.WARN))
        .satisfies(r -> assertThat(r.message()).contains(DeadlockDetection.PROPERTY, "'loud'"));
  }

  @ParameterizedTest
  @EnumSource(ActorRuntime.class)
  void nonActorThreadsWaitingOnAChainOfWaitingActorsSeeNoDeadlock(ActorRuntime runtime)
      throws Exception {
    List<ActorRef<?>> chain = ring(runtime, 4, Future::get); // 3 hops from actor 0 never wrap
    int askers = 8;
    CountDownLatch go = new CountDownLatch(1);
    List<CompletableFuture<Object>> replies = new ArrayList<>();
    for (int i = 0; i < askers; i++) {
      CompletableFuture<Object> reply = new CompletableFuture<>();
      replies.add(reply);
      Thread.Builder builder = i % 2 == 0 ? Thread.ofPlatform().daemon() : Thread.ofVirtual();
      builder.start(
          () -> {
            try {
              go.await();
              for (int n = 0; n < 50; n++) {
                chain.get(0).ask(3);
              }
              reply.complete(chain.get(0).ask(3));
            } catch (Throwable t) {
              reply.completeExceptionally(t);
            }
          });
    }
    go.countDown();

    for (CompletableFuture<Object> reply : replies) {
      assertThat(reply.get()).isEqualTo("done");
    }
    assertThat(chain).allSatisfy(ref -> assertThat(running(ref).waitingFor()).isNull());
  }

  @ParameterizedTest
  @EnumSource(ActorRuntime.class)
  void aLongChainOfActorsEachWaitingForTheNextIsNoDeadlock(ActorRuntime runtime) {
    int length = 50;
    List<ActorRef<?>> actors = ring(runtime, length, Future::get);

    // From each actor, a chain through all the others, stopping just before it comes back.
    for (ActorRef<?> start : actors) {
      assertThat(start.ask(length - 1)).isEqualTo("done");
    }
  }

  /**
   * A ring of actors that ask their neighbours, both ways round, in rounds: in each round the
   * actors of one parity ask a neighbour and wait, the others answer. The next round starts as soon
   * as every question of this one is answered, before the askers have woken up, so the askers'
   * stale edges meet new waits pointing back at them. No cycle of live waits ever exists.
   */
  @ParameterizedTest
  @EnumSource(ActorRuntime.class)
  void actorsAskingTheirNeighboursBothWaysRoundARingInRoundsNeverSeeADeadlock(ActorRuntime runtime)
      throws InterruptedException {
    int size = 8;
    int rounds = 400;
    List<ActorRef<?>> ring = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      int index = i;
      ring.add(
          Actors.start(
              runtime,
              (self, message) -> {
                if (message instanceof CountDownLatch answered) {
                  answered.countDown();
                  return "answer";
                }
                Question q = (Question) message;
                try {
                  ring.get(Math.floorMod(index + q.direction(), size)).ask(q.answered());
                  q.done().set(null);
                } catch (Throwable t) {
                  q.done().setException(t);
                }
                return null;
              }));
    }

    List<Future<Void>> done = new ArrayList<>();
    for (int round = 0; round < rounds; round++) {
      int parity = round % 2;
      int direction = (round / 2) % 2 == 0 ? 1 : -1;
      CountDownLatch answered = new CountDownLatch(size / 2);
      for (int i = parity; i < size; i += 2) {
        ThreadingFuture<Void> asked = new ThreadingFuture<>();
        done.add(asked);
        ring.get(i).tell(new Question(direction, answered, asked));
      }
      answered.await();
    }

    assertThat(Future.getAll(done)).hasSize(rounds * size / 2);
  }

  private record Question(int direction, CountDownLatch answered, ThreadingFuture<Void> done) {}

  /**
   * Tokens travel round a ring, each asking the next actor and waiting before passing itself on:
   * one token fewer than actors, so chains of waiting actors wrap round the ring, but never close.
   */
  @ParameterizedTest
  @EnumSource(ActorRuntime.class)
  void tokensPassedRoundARingWithBlockingAsksNeverSeeADeadlock(ActorRuntime runtime) {
    int size = 6;
    int hops = 300;
    List<ActorRef<?>> ring = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      int next = (i + 1) % size;
      ring.add(
          Actors.start(
              runtime,
              (self, message) -> {
                if (!(message instanceof Token token)) {
                  return "ready";
                }
                try {
                  if (token.hops() == 0) {
                    token.done().set(null);
                  } else {
                    ring.get(next).ask("ready?");
                    ring.get(next).tell(new Token(token.hops() - 1, token.done()));
                  }
                } catch (Throwable t) {
                  token.done().setException(t);
                }
                return null;
              }));
    }

    List<Future<Void>> done = new ArrayList<>();
    for (int i = 0; i < size - 1; i++) {
      ThreadingFuture<Void> arrived = new ThreadingFuture<>();
      done.add(arrived);
      ring.get(i).tell(new Token(hops, arrived));
    }

    assertThat(Future.getAll(done)).hasSize(size - 1);
  }

  private record Token(int hops, ThreadingFuture<Void> done) {}

  @ParameterizedTest
  @EnumSource(ActorRuntime.class)
  void withDetectionOffACycleIsNeitherThrownNorLoggedButTheWaitsAreStillRecorded(
      ActorRuntime runtime) {
    DeadlockDetection.setMode(DeadlockDetection.OFF);
    List<ActorRef<?>> pair = ring(runtime, 2, Future::get);
    ActorRef<?> a = pair.get(0);
    ActorRef<?> b = pair.get(1);
    RecordingLogProvider.clear();

    Future<Object> reply = a.askAsync(2);
    Await.until(() -> running(a).waitingFor() == b && running(b).waitingFor() == a);

    assertThatThrownBy(() -> reply.get(Duration.ZERO)).isInstanceOf(TimeoutException.class);
    assertThat(RecordingLogProvider.drain()).isEmpty();
    running(b).thread().interrupt(); // ends the hang that Pykka would keep forever
    assertThatThrownBy(reply::get)
        .isInstanceOf(PykkaException.class)
        .hasMessageContaining("Interrupted");
  }

  /**
   * Starts {@code size} actors in a ring. Each handles an {@code Integer} count of hops: at zero it
   * answers {@code "done"}, otherwise it asks the next actor with one hop less and waits for that
   * reply with {@code wait}. A ring of one actor asks itself.
   */
  private static List<ActorRef<?>> ring(
      ActorRuntime runtime, int size, Function<Future<Object>, Object> wait) {
    List<ActorRef<?>> actors = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      int next = (i + 1) % size;
      actors.add(
          Actors.start(
              runtime,
              (self, message) -> {
                int hops = (Integer) message;
                return hops == 0 ? "done" : wait.apply(actors.get(next).askAsync(hops - 1));
              }));
    }
    return actors;
  }

  /** The message of a DeadlockException for this cycle, starting from any of its actors. */
  private static List<String> cycleMessages(List<ActorRef<?>> cycle) {
    List<String> messages = new ArrayList<>();
    for (int start = 0; start < cycle.size(); start++) {
      StringBuilder sb =
          new StringBuilder("Deadlock: actors are waiting for each other's replies in a cycle: ");
      for (int i = 0; i <= cycle.size(); i++) {
        sb.append(cycle.get((start + i) % cycle.size()));
        if (i < cycle.size()) {
          sb.append(" waits for ");
        }
      }
      messages.add(sb.toString());
    }
    return messages;
  }

  private static Future<Object> answered(Object value) {
    ThreadingFuture<Object> future = new ThreadingFuture<>();
    future.set(value);
    return future;
  }

  private static RunningActor running(ActorRef<?> ref) {
    return RunningActors.find(ref).orElseThrow();
  }
}
