package pykka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static pykka.Script.script;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.event.Level;
import pykka.testfixtures.ActorRuntime;
import pykka.testfixtures.Await;
import pykka.testfixtures.BothRuntimes;
import pykka.testfixtures.LogCapture;
import pykka.testfixtures.LogRecord;

/** Rules 16 to 20 of docs/behaviour.md: failures in actor code. */
@BothRuntimes
final class FailureTest {

  private static final Duration BOUND = Duration.ofSeconds(Await.SECONDS);

  private final ActorRuntime runtime;

  /** What the hooks saw, in order: "onFailure", "onStop", ... */
  private final ConcurrentLinkedQueue<String> hooks = new ConcurrentLinkedQueue<>();

  /** Counted down when onFailure or onStop has run. */
  private final CountDownLatch ended = new CountDownLatch(1);

  private final CompletableFuture<Throwable> failure = new CompletableFuture<>();

  FailureTest(ActorRuntime runtime) {
    this.runtime = runtime;
  }

  @AfterEach
  void stopEveryActor() {
    ActorRegistry.stopAll(BOUND);
  }

  /** Throws {@code thrown} for the message "fail", echoes anything else; records its hooks. */
  private Script failingWith(Throwable thrown) {
    return script()
        .onReceive(
            (self, message) -> {
              if ("fail".equals(message)) {
                throw Script.sneakyThrow(thrown);
              }
              return message;
            })
        .onStop(
            self -> {
              hooks.add("onStop");
              ended.countDown();
            })
        .onFailure(
            (self, t) -> {
              hooks.add("onFailure");
              hooks.add("alive in onFailure: " + self.actorRef().isAlive());
              hooks.add(
                  "registered in onFailure: "
                      + ActorRegistry.getByUrn(self.actorUrn()).isPresent());
              failure.complete(t);
              ended.countDown();
            });
  }

  // Rule 16 and the logging table.
  @Test
  void anExceptionFromAnAskIsLoggedAtInfoAndSetOnTheReplyAndTheActorKeepsRunning() {
    try (LogCapture logs = LogCapture.start()) {
      IllegalStateException boom = new IllegalStateException("boom");
      ActorRef<Actor> ref = Actors.start(runtime, failingWith(boom));

      assertThatThrownBy(() -> ref.ask("fail", BOUND)).isSameAs(boom);

      assertThat(ref.isAlive()).isTrue();
      assertThat(ref.ask("still here", BOUND)).isEqualTo("still here");
      assertThat(logs.about(ref))
          .filteredOn(r -> r.level() == Level.INFO)
          .singleElement()
          .satisfies(
              r -> {
                assertThat(r.message()).isEqualTo("Exception returned from " + ref + " to caller:");
                assertThat(r.throwable()).isSameAs(boom);
              });
      assertThat(ref.stop(BOUND)).isTrue();
      assertThat(hooks).containsExactly("onStop");
    }
  }

  // Rule 17 and the logging table.
  @Test
  void anExceptionFromATellIsLoggedAtErrorStopsTheActorAndRunsOnFailureButNotOnStop() {
    try (LogCapture logs = LogCapture.start()) {
      IllegalStateException boom = new IllegalStateException("boom");
      ActorRef<Actor> ref = Actors.start(runtime, failingWith(boom));

      ref.tell("fail");

      assertThat(failure.join()).isSameAs(boom);
      assertThat(hooks)
          .containsExactly(
              "onFailure", "alive in onFailure: false", "registered in onFailure: false");
      assertThat(ref.stop(BOUND)).isFalse();
      assertThat(hooks).doesNotContain("onStop");
      List<LogRecord> errors =
          logs.about(ref).stream().filter(r -> r.level() == Level.ERROR).toList();
      assertThat(errors)
          .singleElement()
          .satisfies(
              r -> {
                assertThat(r.message()).isEqualTo("Unhandled exception in " + ref + ":");
                assertThat(r.throwable()).isSameAs(boom);
              });
      assertThat(logs.linesAbout(ref)).contains("DEBUG Unregistered " + ref);
    }
  }

  // Rule 17.
  @Test
  void asksQueuedBehindAFailingTellGetActorDeadException() {
    CountDownLatch gate = new CountDownLatch(1);
    CountDownLatch blocked = new CountDownLatch(1);
    ActorRef<Actor> ref =
        Actors.start(
            runtime,
            (self, message) -> {
              if ("block".equals(message)) {
                blocked.countDown();
                Await.on(gate);
                return null;
              }
              throw new IllegalStateException("fails on purpose");
            });
    ref.tell("block");
    Await.on(blocked);
    ref.tell("fail");
    Future<Object> queued = ref.askAsync("queued");
    Future<Boolean> stop = ref.stopAsync();

    gate.countDown();

    assertThatThrownBy(() -> queued.get(BOUND))
        .isInstanceOf(ActorDeadException.class)
        .hasMessage(ref + " stopped before handling the message");
    assertThat(stop.get(BOUND)).isTrue();
  }

  // Rule 18.
  @Test
  void anExceptionFromOnStartIsLoggedAtErrorAndStopsTheActorWithoutOnFailure() {
    try (LogCapture logs = LogCapture.start()) {
      IllegalStateException boom = new IllegalStateException("cannot start");
      Actor actor =
          Actors.create(
              runtime,
              failingWith(boom)
                  .onStart(
                      self -> {
                        throw boom;
                      }));
      Future<Object> queued = actor.actorRef().askAsync("queued before start");
      ActorRef<Actor> ref = actor.start();

      assertThatThrownBy(() -> queued.get(BOUND)).isInstanceOf(ActorDeadException.class);
      assertThat(ref.isAlive()).isFalse();
      assertThat(ActorRegistry.getByUrn(ref.actorUrn())).isEmpty();
      assertThat(hooks).isEmpty();
      assertThat(logs.about(ref))
          .filteredOn(r -> r.level() == Level.ERROR)
          .singleElement()
          .satisfies(
              r -> {
                assertThat(r.message()).isEqualTo("Unhandled exception in " + ref + ":");
                assertThat(r.throwable()).isSameAs(boom);
              });
    }
  }

  // Rule 18.
  @Test
  void anExceptionFromOnStopIsLoggedAtErrorWithoutOnFailure() {
    try (LogCapture logs = LogCapture.start()) {
      IllegalStateException boom = new IllegalStateException("cannot stop");
      ActorRef<Actor> ref =
          Actors.start(
              runtime,
              failingWith(boom)
                  .onStop(
                      self -> {
                        throw boom;
                      }));

      assertThat(ref.stop(BOUND)).isTrue();

      assertThat(ref.isAlive()).isFalse();
      assertThat(hooks).isEmpty();
      assertThat(logs.about(ref))
          .filteredOn(r -> r.level() == Level.ERROR)
          .singleElement()
          .satisfies(
              r -> {
                assertThat(r.message()).isEqualTo("Unhandled exception in " + ref + ":");
                assertThat(r.throwable()).isSameAs(boom);
              });
    }
  }

  // Rule 18.
  @Test
  void anExceptionFromOnFailureIsLoggedAtErrorToo() {
    try (LogCapture logs = LogCapture.start()) {
      IllegalStateException first = new IllegalStateException("first");
      IllegalStateException second = new IllegalStateException("from onFailure");
      CountDownLatch inOnFailure = new CountDownLatch(1);
      ActorRef<Actor> ref =
          Actors.start(
              runtime,
              failingWith(first)
                  .onFailure(
                      (self, t) -> {
                        inOnFailure.countDown();
                        throw second;
                      }));

      ref.tell("fail");
      Await.on(inOnFailure);
      // The second ERROR is logged after onFailure throws; the stop future of a dead actor cannot
      // wait for it, but the inbox closes only after it, so an ask sent now is answered after it.
      awaitInboxClosed(ref);

      assertThat(logs.about(ref))
          .filteredOn(r -> r.level() == Level.ERROR)
          .extracting(LogRecord::message, LogRecord::throwable)
          .containsExactly(
              tuple("Unhandled exception in " + ref + ":", first),
              tuple("Unhandled exception in " + ref + ":", second));
    }
  }

  // Rule 19: an Error from an ask goes back to the caller, and the actor keeps running.
  @Test
  void anErrorFromAnAskIsReturnedToTheCallerAndTheActorKeepsRunning() {
    List<Throwable> throwables =
        List.of(
            new AssertionError("assertion"),
            new OutOfMemoryError("simulated"),
            new StackOverflowError("simulated"),
            new LinkageError("linkage"));
    for (Throwable thrown : throwables) {
      ActorRef<Actor> ref = Actors.start(runtime, failingWith(thrown));

      assertThatThrownBy(() -> ref.ask("fail", BOUND)).isSameAs(thrown);
      assertThat(ref.ask("still here", BOUND)).isEqualTo("still here");
      ref.stop(BOUND);
    }
    assertThat(hooks).containsOnly("onStop").hasSize(throwables.size());
  }

  // Rule 19: a Throwable that is neither an Exception nor an Error counts too.
  @Test
  void aRawThrowableFromAnAskIsReturnedToTheCallerWrappedLikeACheckedException() {
    Throwable raw = new Throwable("neither Exception nor Error");
    ActorRef<Actor> ref = Actors.start(runtime, failingWith(raw));

    assertThatThrownBy(() -> ref.ask("fail", BOUND))
        .isInstanceOf(CompletionException.class)
        .cause()
        .isSameAs(raw);
    assertThat(ref.isAlive()).isTrue();
  }

  // Rule 19: a real StackOverflowError, thrown deep inside the actor's own stack.
  @Test
  void aRealStackOverflowFromAnAskIsReturnedToTheCaller() {
    ActorRef<Actor> ref = Actors.start(runtime, (self, message) -> recurse(message));

    assertThatThrownBy(() -> ref.ask(0, BOUND)).isInstanceOf(StackOverflowError.class);
    assertThat(ref.ask("still here", BOUND)).isEqualTo("still here");
  }

  private static Object recurse(Object depth) {
    if (depth instanceof Integer i) {
      return recurse(i + 1);
    }
    return depth;
  }

  // Rule 19: an Error from a tell stops the actor and runs onFailure, as an exception does.
  @Test
  void anErrorFromATellStopsTheActorAndRunsOnFailure() {
    AssertionError error = new AssertionError("from a tell");
    ActorRef<Actor> ref = Actors.start(runtime, failingWith(error));
    Future<Object> queued;

    ref.tell("fail");
    queued = ref.askAsync("queued");

    assertThat(failure.join()).isSameAs(error);
    assertThat(ref.isAlive()).isFalse();
    assertThatThrownBy(() -> queued.get(BOUND)).isInstanceOf(ActorDeadException.class);
    assertThat(hooks).doesNotContain("onStop");
  }

  // Rule 19: an Error from onStart stops the actor, and asks already queued are answered.
  @Test
  void anErrorFromOnStartStopsTheActorAndAnswersQueuedAsks() {
    Actor actor =
        Actors.create(
            runtime,
            failingWith(new AssertionError())
                .onStart(
                    self -> {
                      throw new OutOfMemoryError("simulated");
                    }));
    Future<Object> queued = actor.actorRef().askAsync("queued");
    Future<Boolean> stop = actor.actorRef().stopAsync();

    actor.start();

    assertThatThrownBy(() -> queued.get(BOUND)).isInstanceOf(ActorDeadException.class);
    assertThat(stop.get(BOUND)).isTrue();
    assertThat(hooks).isEmpty();
  }

  // Rule 20.
  @Test
  void getRethrowsTheActorsUncheckedExceptionItselfToEveryCallerEveryTime() throws Exception {
    CompletableFuture<RuntimeException> created = new CompletableFuture<>();
    ActorRef<Actor> ref =
        Actors.start(
            runtime,
            (self, message) -> {
              RuntimeException e = new IllegalStateException("boom");
              created.complete(e);
              throw e;
            });

    Future<Object> reply = ref.askAsync("fail");
    List<CompletableFuture<Throwable>> caught = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      CompletableFuture<Throwable> c = new CompletableFuture<>();
      caught.add(c);
      Thread.ofPlatform()
          .start(
              () -> {
                try {
                  reply.get(BOUND);
                  c.complete(null);
                } catch (Throwable t) {
                  c.complete(t);
                }
              });
    }

    RuntimeException thrown = created.get();
    for (CompletableFuture<Throwable> c : caught) {
      assertThat(c.get()).isSameAs(thrown);
    }
    assertThatThrownBy(() -> reply.get(BOUND)).isSameAs(thrown);
    assertThatThrownBy(reply::get).isSameAs(thrown);
    // Its stack is the actor's: it runs through the actor's message loop, not through get().
    assertThat(Arrays.stream(thrown.getStackTrace()).map(StackTraceElement::getClassName))
        .anyMatch(c -> c.equals(ActorLoop.class.getName()))
        .noneMatch(c -> c.equals(ThreadingFuture.class.getName()));
  }

  // Rule 20.
  @Test
  void getWrapsACheckedExceptionInCompletionExceptionWithItAsTheCause() {
    IOException checked = new IOException("disk on fire");
    ActorRef<Actor> ref =
        Actors.start(
            runtime,
            (self, message) -> {
              throw checked;
            });
    Future<Object> reply = ref.askAsync("fail");

    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> reply.get(BOUND))
          .isInstanceOf(CompletionException.class)
          .cause()
          .isSameAs(checked);
    }
  }

  /**
   * Waits until the actor's inbox is closed, which its thread does after handling its last message
   * (here: logging what onFailure threw). Polls, since nothing else reports that moment.
   */
  private static void awaitInboxClosed(ActorRef<?> ref) {
    long deadline = System.nanoTime() + BOUND.toNanos();
    while (!ref.actor().mailbox.isClosed()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(ref + "'s inbox never closed");
      }
      Thread.yield();
    }
  }
}
