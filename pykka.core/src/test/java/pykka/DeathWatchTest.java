package pykka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pykka.Script.script;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.event.Level;
import pykka.testfixtures.ActorRuntime;
import pykka.testfixtures.Await;
import pykka.testfixtures.BothRuntimes;
import pykka.testfixtures.LogCapture;

/** Rules S1 to S5 of docs/supervision.md: an actor's termination, and watching it. */
@BothRuntimes
final class DeathWatchTest {

  private static final Duration BOUND = Duration.ofSeconds(Await.SECONDS);

  private final ActorRuntime runtime;

  DeathWatchTest(ActorRuntime runtime) {
    this.runtime = runtime;
  }

  @AfterEach
  void stopEveryActor() {
    ActorRegistry.stopAll(BOUND);
  }

  private ActorRef<Actor> echo() {
    return Actors.start(runtime, (self, message) -> message);
  }

  private static Termination ended(ActorRef<?> ref) {
    return ref.termination().get(BOUND);
  }

  // Rule S1.
  @Test
  void terminationCompletesOnlyOnceOnStopHasRunAndTheActorHasLeftTheRegistry() {
    CountDownLatch inOnStop = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ActorRef<Actor> ref =
        Actors.start(
            runtime,
            script()
                .onStop(
                    self -> {
                      inOnStop.countDown();
                      release.await();
                    }));
    Future<Termination> termination = ref.termination();
    Future<Boolean> stopped = ref.stopAsync();
    Await.on(inOnStop);
    assertThat(((ThreadingFuture<Termination>) termination).isDone()).isFalse();
    release.countDown();
    assertThat(termination.get(BOUND).actor()).isSameAs(ref);
    assertThat(((ThreadingFuture<Boolean>) stopped).isDone()).isTrue();
    assertThat(ActorRegistry.getByUrn(ref.actorUrn())).isEmpty();
    assertThat(RunningActors.find(ref)).isEmpty();
  }

  // Rule S1: asks left in the inbox of a failed actor are answered first.
  @Test
  void asksLeftInTheInboxAreAnsweredBeforeTheTerminationCompletes() {
    CountDownLatch release = new CountDownLatch(1);
    ActorRef<Actor> ref =
        Actors.start(
            runtime,
            (self, message) -> {
              if ("block".equals(message)) {
                release.await();
              } else if ("fail".equals(message)) {
                throw new IllegalStateException("fail");
              }
              return message;
            });
    ref.tell("block");
    ref.tell("fail");
    ThreadingFuture<Object> left = (ThreadingFuture<Object>) ref.askAsync("left");
    try (LogCapture log = LogCapture.start()) {
      release.countDown();
      ended(ref);
      assertThat(left.isDone()).isTrue();
    }
    assertThatThrownBy(left::get).isInstanceOf(ActorDeadException.class);
  }

  // Rule S1.
  @Test
  void theTerminationOfADeadActorIsCompleteAtOnceAndEveryCallReturnsTheSameFuture() {
    ActorRef<Actor> ref = echo();
    ref.stop();
    Await.until(() -> RunningActors.find(ref).isEmpty());
    Future<Termination> first = ref.termination();
    assertThat(first.get(Duration.ZERO).failure()).isNull();
    assertThat(ref.termination()).isSameAs(first);
  }

  // Rule S1: a pykka future, usable from CompletionStage code, which pykka alone completes.
  @Test
  void theTerminationIsUsableAsACompletableFutureAndCannotBeSetByUsers() throws Exception {
    ActorRef<Actor> ref = echo();
    CompletableFuture<Termination> stage = ref.termination().toCompletableFuture();
    assertThatThrownBy(() -> ref.termination().set(new Termination(ref, null)))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> ref.termination().setException(new RuntimeException()))
        .isInstanceOf(IllegalStateException.class);
    ref.stop();
    assertThat(stage.get(Await.SECONDS, TimeUnit.SECONDS).actor()).isSameAs(ref);
  }

  // Rule S2: a requested stop, by each of its three ways.
  @Test
  void anActorStoppedOnRequestEndsWithoutAFailure() {
    ActorRef<Actor> stopped = echo();
    stopped.stop();
    ActorRef<Actor> stoppedByAll = echo();
    ActorRegistry.stopAll(BOUND);
    ActorRef<Actor> stoppedItself =
        Actors.start(
            runtime,
            (self, message) -> {
              self.stop();
              return null;
            });
    stoppedItself.tell("stop yourself");
    assertThat(List.of(ended(stopped), ended(stoppedByAll), ended(stoppedItself)))
        .allSatisfy(t -> assertThat(t.failed()).isFalse());
  }

  // Rule S2: a failing tell; the failure is the one onFailure received, even if onFailure throws.
  @Test
  void anActorEndedByAFailingTellEndsWithWhatItThrew() {
    IllegalStateException thrown = new IllegalStateException("tell");
    CompletableFuture<Throwable> seen = new CompletableFuture<>();
    ActorRef<Actor> ref =
        Actors.start(
            runtime,
            script()
                .onReceive(
                    (self, message) -> {
                      throw thrown;
                    })
                .onFailure(
                    (self, failure) -> {
                      seen.complete(failure);
                      throw new IllegalArgumentException("onFailure");
                    }));
    try (LogCapture log = LogCapture.start()) {
      ref.tell("fail");
      Termination t = ended(ref);
      assertThat(t.failure()).isSameAs(thrown).isSameAs(seen.join());
      assertThat(t.failed()).isTrue();
    }
  }

  // Rule S2.
  @Test
  void anActorWhoseOnStartFailsEndsWithWhatOnStartThrew() {
    Error thrown = new AssertionError("onStart");
    try (LogCapture log = LogCapture.start()) {
      ActorRef<Actor> ref =
          Actors.start(
              runtime,
              script()
                  .onStart(
                      self -> {
                        throw thrown;
                      }));
      assertThat(ended(ref).failure()).isSameAs(thrown);
    }
  }

  // Rule S2.
  @Test
  void anActorWhoseOnStopFailsEndsWithWhatOnStopThrew() {
    RuntimeException thrown = new RuntimeException("onStop");
    ActorRef<Actor> ref =
        Actors.start(
            runtime,
            script()
                .onStop(
                    self -> {
                      throw thrown;
                    }));
    try (LogCapture log = LogCapture.start()) {
      ref.stop();
      assertThat(ended(ref).failure()).isSameAs(thrown);
    }
  }

  // Rule S2: start() failed, so no thread ever ran the actor.
  @Test
  void anActorWhoseThreadCouldNotStartEndsWithWhatStartThrew() {
    IllegalStateException thrown = new IllegalStateException("no thread");
    Actor actor =
        Actors.create(
            runtime,
            script()
                .useDaemonThread(
                    () -> {
                      throw thrown;
                    }));
    Future<Termination> termination = actor.actorRef().termination();
    assertThatThrownBy(actor::start).isSameAs(thrown);
    assertThat(termination.get(BOUND).failure()).isSameAs(thrown);
  }

  // Rule S3.
  @Test
  void watchOffTheWatchersOwnThreadThrowsIllegalState() {
    Actor actor = Actors.create(runtime, script());
    actor.start();
    ActorRef<Actor> other = echo();
    assertThatThrownBy(() -> actor.watch(other)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> actor.unwatch(other)).isInstanceOf(IllegalStateException.class);
  }

  // Rule S3.
  @Test
  void anActorWatchingItselfIsRefused() {
    Watching watcher = Watching.start(runtime);
    Object refused =
        watcher.run(
            self -> {
              try {
                self.watch(self.actorRef());
                return null;
              } catch (IllegalArgumentException expected) {
                return expected;
              }
            });
    assertThat(refused).isInstanceOf(IllegalArgumentException.class);
  }

  // Rule S3: once, on the watcher's thread, behind the messages already in its inbox.
  @Test
  void aWatcherHearsOfADeathOnceOnItsOwnThreadBehindTheMessagesAlreadyQueued() {
    Watching watcher = Watching.start(runtime);
    ActorRef<Actor> watched = echo();
    watcher.watch(watched);
    watcher.watch(watched); // watching twice notifies once
    CountDownLatch release = new CountDownLatch(1);
    CompletableFuture<Integer> noticesWhenQueuedMessageRan = new CompletableFuture<>();
    watcher.ref.tell(
        (Watching.Step)
            self -> {
              release.await();
              return null;
            });
    watcher.ref.tell(
        (Watching.Step)
            self -> {
              noticesWhenQueuedMessageRan.complete(watcher.notices.size());
              return null;
            });
    watched.stop();
    ended(watched);
    release.countDown();
    List<Watching.Notice> notices = watcher.handled();
    assertThat(noticesWhenQueuedMessageRan.join()).isZero();
    assertThat(notices).hasSize(1);
    assertThat(notices.get(0).termination().actor()).isSameAs(watched);
    assertThat(notices.get(0).onOwnThread()).isTrue();
  }

  // Rule S3.
  @Test
  void watchingAnActorThatIsAlreadyDeadNotifiesAtOnce() {
    Watching watcher = Watching.start(runtime);
    ActorRef<Actor> watched = echo();
    watched.stop();
    ended(watched);
    watcher.watch(watched);
    assertThat(watcher.handled())
        .extracting(n -> (Object) n.termination().actor())
        .containsExactly(watched);
  }

  // Rule S4: the notice is already queued behind the step that unwatches.
  @Test
  void unwatchSuppressesANoticeThatWasAlreadyQueued() {
    Watching watcher = Watching.start(runtime);
    ActorRef<Actor> watched = echo();
    watcher.watch(watched);
    CountDownLatch release = new CountDownLatch(1);
    watcher.ref.tell(
        (Watching.Step)
            self -> {
              release.await();
              self.unwatch(watched);
              return null;
            });
    watched.stop();
    ended(watched);
    release.countDown();
    assertThat(watcher.handled()).isEmpty();
  }

  // Rule S4: a watcher that dies first leaves nothing in the actor it watched.
  @Test
  void aWatcherThatDiesFirstLeavesNothingBehind() {
    ActorRef<Actor> watched = echo();
    for (int i = 0; i < 20; i++) {
      Watching watcher = Watching.start(runtime);
      watcher.watch(watched);
      watcher.ref.stop();
      ended(watcher.ref);
    }
    assertThat(DeathWatch.watchersOf(watched.actor())).isZero();
    watched.stop();
    assertThat(ended(watched).failed()).isFalse();
  }

  // Rule S5.
  @Test
  void anExceptionFromOnTerminatedIsHandledLikeAFailingTell() {
    IllegalStateException thrown = new IllegalStateException("onTerminated");
    CompletableFuture<Throwable> onFailure = new CompletableFuture<>();
    ActorRef<Actor> watcher =
        Actors.start(
            runtime,
            script()
                .onReceive(
                    (self, message) -> {
                      self.watch((ActorRef<?>) message);
                      return null;
                    })
                .onTerminated(
                    (self, termination) -> {
                      throw thrown;
                    })
                .onFailure((self, failure) -> onFailure.complete(failure)));
    ActorRef<Actor> watched = echo();
    try (LogCapture log = LogCapture.start()) {
      watcher.ask(watched);
      watched.stop();
      assertThat(ended(watcher).failure()).isSameAs(thrown);
      assertThat(onFailure.join()).isSameAs(thrown);
      assertThat(log.about(watcher))
          .anySatisfy(
              r -> {
                assertThat(r.level()).isEqualTo(Level.ERROR);
                assertThat(r.throwable()).isSameAs(thrown);
              });
    }
  }
}
