package pykka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import pykka.testfixtures.ActorRuntime;
import pykka.testfixtures.Await;
import pykka.testfixtures.BothRuntimes;

/**
 * Deadlock detection for waits on the {@link CompletableFuture} of a reply (hardening defect 8: an
 * actor blocking in {@code b.askAsync(m).toCompletableFuture().get()} while {@code b} asked it back
 * hung both forever), and no false alarm for waits that are not deadlocks.
 */
@BothRuntimes
final class CompletableFutureDeadlockTest {

  private static final Duration BOUND = Duration.ofSeconds(Await.SECONDS);

  private final ActorRuntime runtime;

  CompletableFutureDeadlockTest(ActorRuntime runtime) {
    this.runtime = runtime;
  }

  @AfterEach
  void stopActorsAndRestoreTheMode() {
    ActorRegistry.stopAll(BOUND);
    DeadlockDetection.setMode(DeadlockDetection.FAIL);
  }

  /** A blocking wait on a reply through a completable future. */
  @FunctionalInterface
  interface Wait {
    Object on(Future<Object> reply) throws Exception;
  }

  /** The completable-future forms of waiting that are detected. */
  enum Form {
    GET(f -> f.toCompletableFuture().get()),
    TIMED_GET(f -> f.toCompletableFuture().get(5, TimeUnit.MINUTES)),
    JOIN(f -> f.toCompletableFuture().join()),
    THEN_APPLY(f -> f.toCompletableFuture().thenApply(v -> v).get()),
    THEN_COMPOSE(
        f -> f.toCompletableFuture().thenCompose(CompletableFuture::completedFuture).join()),
    HANDLE_ASYNC(f -> f.toCompletableFuture().handleAsync((v, e) -> v).join()),
    WHEN_COMPLETE_THEN_COPY(f -> f.toCompletableFuture().whenComplete((v, e) -> {}).copy().join()),
    THEN_COMBINE(
        f ->
            f.toCompletableFuture()
                .thenCombine(CompletableFuture.completedFuture("x"), (v, x) -> v)
                .join()),
    OF_A_MAPPED_REPLY(f -> f.map(v -> v).toCompletableFuture().get()),
    OF_A_JOINED_REPLY(f -> f.join().toCompletableFuture().thenApply(v -> v).join());

    final Wait wait;

    Form(Wait wait) {
      this.wait = wait;
    }
  }

  // Regression, defect 8: a wait on the completable future of a reply was not recorded, so a cycle
  // closed through it was never detected and both actors hung.
  @ParameterizedTest
  @EnumSource(Form.class)
  void anActorClosingACycleByWaitingOnTheCompletableFutureOfAReplyGetsADeadlockException(
      Form form) {
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
              return form.wait.on(b.askAsync("never answered while b waits"));
            });
    aRef.set(a);

    assertThatThrownBy(() -> a.askAsync("start").get(BOUND))
        .isExactlyInstanceOf(DeadlockException.class)
        .hasMessage(
            "Deadlock: actors are waiting for each other's replies in a cycle: "
                + a
                + " waits for "
                + b
                + " waits for "
                + a);
    assertThat(a.ask("ping", BOUND)).isEqualTo("a"); // both keep running
    assertThat(b.ask("ping", BOUND)).isEqualTo("b");
  }

  // Regression, defect 8, as it was reported: A waits on the completable future of B's reply while
  // B asks A; whichever of them closes the cycle gets the DeadlockException, and nothing hangs.
  @Test
  void twoActorsAskingEachOtherOneThroughACompletableFutureNeverHang() {
    for (int round = 0; round < 50; round++) {
      AtomicReference<ActorRef<?>> aRef = new AtomicReference<>();
      ActorRef<?> b = Actors.start(runtime, (self, message) -> aRef.get().ask("x"));
      ActorRef<?> a =
          Actors.start(
              runtime,
              (self, message) ->
                  message.equals("start") ? b.askAsync("go").toCompletableFuture().get() : "x");
      aRef.set(a);

      Throwable thrown = catchThrowable(() -> a.askAsync("start").get(BOUND));

      assertThat(thrown).isNotInstanceOf(TimeoutException.class).isNotNull();
      assertThat(rootCauses(thrown)).hasAtLeastOneElementOfType(DeadlockException.class);
      a.stop(BOUND);
      b.stop(BOUND);
    }
  }

  @Test
  void aCompletableFutureWaitForAReplyThatIsAlreadyThereIsNoDeadlock() {
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
              Future<Object> answered = b.askAsync("answer now");
              answered.get(BOUND);
              b.tell("ask a"); // now b waits for us: an edge back to b would close a cycle
              Await.until(() -> running(b).waitingFor() == self.actorRef());
              CompletableFuture<Object> c = answered.toCompletableFuture();
              return List.of(
                  c.get(), c.join(), c.get(1, TimeUnit.SECONDS), c.thenApply(v -> v + "!").join());
            });
    aRef.set(a);

    assertThat(a.ask("start", BOUND)).isEqualTo(List.of("b", "b", "b", "b!"));
  }

  @Test
  void aStageThatAnotherSourceMayCompleteFirstIsNoDeadlock() throws Exception {
    AtomicReference<ActorRef<?>> aRef = new AtomicReference<>();
    ActorRef<?> b =
        Actors.start(
            runtime, (self, message) -> message.equals("ask a") ? aRef.get().ask("x") : "b");
    CompletableFuture<Object> other = new CompletableFuture<>();
    ActorRef<?> a =
        Actors.start(
            runtime,
            (self, message) -> {
              if (!message.equals("start")) {
                return "a";
              }
              b.tell("ask a");
              Await.until(() -> running(b).waitingFor() == self.actorRef());
              CompletableFuture<Object> reply = b.askAsync("later").toCompletableFuture();
              List<Object> results = new ArrayList<>();
              results.add(reply.applyToEither(other, v -> v).thenApply(v -> v + "!").get());
              results.add(reply.acceptEither(other, v -> {}).thenApply(v -> "accepted").join());
              results.add(reply.runAfterEitherAsync(other, () -> {}).thenApply(v -> "ran").join());
              return results;
            });
    aRef.set(a);
    Future<Object> started = a.askAsync("start");

    // Complete the other source once a is blocked on the first stage.
    Await.until(() -> running(b).waitingFor() == a);
    Thread aThread = awaitThreadOf(a);
    Await.until(() -> aThread.getState() == Thread.State.WAITING);
    other.complete("from elsewhere");

    assertThat(started.get(BOUND)).isEqualTo(List.of("from elsewhere!", "accepted", "ran"));
  }

  @Test
  void aCompletableFutureWaitOutsideAnyActorIsNoDeadlock() throws Exception {
    AtomicReference<ActorRef<?>> aRef = new AtomicReference<>();
    // b waits for a, which waits for b's first reply only through the test's thread.
    ActorRef<?> b =
        Actors.start(
            runtime, (self, message) -> message.equals("ask a") ? aRef.get().ask("x") : "b");
    ActorRef<?> a = Actors.start(runtime, (self, message) -> "a");
    aRef.set(a);

    for (int i = 0; i < 20; i++) {
      CompletableFuture<Object> c = b.askAsync("ask a").toCompletableFuture();
      assertThat(c.get(Await.SECONDS, TimeUnit.SECONDS)).isEqualTo("a");
      assertThat(b.askAsync("ask a").toCompletableFuture().thenApply(v -> v + "!").join())
          .isEqualTo("a!");
      assertThat(b.askAsync("ask a").map(v -> v).toCompletableFuture().join()).isEqualTo("a");
    }
  }

  @Test
  void withDetectionOffACompletableFutureWaitIsStillRecordedForThreadDumps() throws Exception {
    DeadlockDetection.setMode(DeadlockDetection.OFF);
    CompletableFuture<Object> release = new CompletableFuture<>();
    ActorRef<?> b = Actors.start(runtime, (self, message) -> release.get());
    ActorRef<?> a =
        Actors.start(runtime, (self, message) -> b.askAsync("wait").toCompletableFuture().join());

    Future<Object> reply = a.askAsync("start");
    Await.until(() -> running(a).waitingFor() == b);
    release.complete("released");

    assertThat(reply.get(BOUND)).isEqualTo("released");
    Await.until(() -> running(a).waitingFor() == null);
  }

  private static Thread awaitThreadOf(ActorRef<?> ref) {
    Await.until(() -> running(ref).thread() != null);
    return running(ref).thread();
  }

  private static RunningActor running(ActorRef<?> ref) {
    return RunningActors.find(ref).orElseThrow();
  }

  private static Throwable catchThrowable(Runnable code) {
    try {
      code.run();
      return null;
    } catch (Throwable t) {
      return t;
    }
  }

  /** The throwable and its causes, outermost first. */
  private static List<Throwable> rootCauses(Throwable t) {
    List<Throwable> chain = new ArrayList<>();
    for (Throwable c = t; c != null && !chain.contains(c); c = c.getCause()) {
      chain.add(c);
    }
    return chain;
  }
}
