package pykka;

import static org.assertj.core.api.Assertions.assertThat;
import static pykka.Script.script;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import pykka.RunningActor.State;
import pykka.testfixtures.ActorRuntime;
import pykka.testfixtures.Await;
import pykka.testfixtures.BothRuntimes;

/**
 * The public read-only view of the running actors: which actors it lists (every live actor,
 * registered or not) and what it says of each (state, thread, inbox size, the actor it waits for).
 */
@BothRuntimes
final class RunningActorsTest {

  private static final Duration BOUND = Duration.ofSeconds(Await.SECONDS);

  private final ActorRuntime runtime;

  /** Released at the end of each test, for actors that block. */
  private final CountDownLatch gate = new CountDownLatch(1);

  RunningActorsTest(ActorRuntime runtime) {
    this.runtime = runtime;
  }

  @AfterEach
  void stopEveryActor() {
    gate.countDown();
    ActorRegistry.stopAll(BOUND);
  }

  private static List<ActorRef<?>> listedRefs() {
    List<ActorRef<?>> refs = new ArrayList<>();
    RunningActors.forEach(actor -> refs.add(actor.ref()));
    assertThat(RunningActors.list())
        .map(RunningActor::ref)
        .containsExactlyInAnyOrderElementsOf(refs);
    return refs;
  }

  @Test
  void anActorIsListedFromItsStartUntilItsThreadHasFinishedWithItRegisteredOrNot() {
    Actor actor = Actors.create(runtime, script());
    ActorRef<Actor> ref = actor.actorRef();
    assertThat(RunningActors.find(ref)).isEmpty();
    assertThat(listedRefs()).doesNotContain(ref);

    actor.start();
    RunningActor running = RunningActors.find(ref).orElseThrow();
    assertThat(running.ref()).isSameAs(ref);
    assertThat(listedRefs()).containsOnlyOnce(ref);

    ActorRegistry.unregister(ref);
    assertThat(RunningActors.find(ref)).containsSame(running);
    assertThat(listedRefs()).containsOnlyOnce(ref);

    assertThat(ref.stop(BOUND)).isTrue();
    Await.until(() -> RunningActors.find(ref).isEmpty());
    assertThat(listedRefs()).doesNotContain(ref);
    assertThat(running.state()).isEqualTo(State.DEAD);
    assertThat(running.inboxSize()).isZero();
    assertThat(running.waitingFor()).isNull();
  }

  @Test
  void theStateIsStartingUntilOnStartReturnsThenHandlingWhileAMessageIsHandledAndIdleBetween() {
    CountDownLatch inOnStart = new CountDownLatch(1);
    CountDownLatch inOnReceive = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    CompletableFuture<Thread> handler = new CompletableFuture<>();
    ActorRef<Actor> ref =
        Actors.start(
            runtime,
            script()
                .onStart(
                    self -> {
                      inOnStart.countDown();
                      Await.on(release);
                    })
                .onReceive(
                    (self, message) -> {
                      if (message.equals("block")) {
                        handler.complete(Thread.currentThread());
                        inOnReceive.countDown();
                        Await.on(gate);
                      }
                      return message;
                    }));
    RunningActor running = RunningActors.find(ref).orElseThrow();
    Await.on(inOnStart);
    assertThat(running.state()).isEqualTo(State.STARTING);

    release.countDown();
    assertThat(ref.ask("hello", BOUND)).isEqualTo("hello");
    Await.until(() -> running.state() == State.IDLE);

    ref.tell("block");
    Await.on(inOnReceive);
    assertThat(running.state()).isEqualTo(State.HANDLING);
    assertThat(running.thread()).isSameAs(handler.join());
    assertThat(running.waitingFor()).isNull();
  }

  @Test
  void anActorBlockedOnAnotherActorsReplyIsWaitingForThatActor() {
    CountDownLatch inB = new CountDownLatch(1);
    ActorRef<Actor> b =
        Actors.start(
            runtime,
            (self, message) -> {
              inB.countDown();
              Await.on(gate);
              return "b";
            });
    ActorRef<Actor> a = Actors.start(runtime, (self, message) -> b.ask("please"));
    Future<Object> reply = a.askAsync("ask b");
    Await.on(inB);
    RunningActor runningA = RunningActors.find(a).orElseThrow();
    RunningActor runningB = RunningActors.find(b).orElseThrow();

    Await.until(() -> runningA.state() == State.WAITING);
    assertThat(runningA.waitingFor()).isSameAs(b);
    assertThat(runningB.state()).isEqualTo(State.HANDLING);
    assertThat(runningB.waitingFor()).isNull();

    gate.countDown();
    assertThat(reply.get(BOUND)).isEqualTo("b");
    Await.until(() -> runningA.state() == State.IDLE);
    assertThat(runningA.waitingFor()).isNull();
  }

  // Rule 10: in onStop the actor is dead and unregistered, and still a running actor.
  @Test
  void anActorRunningOnStopIsListedAsStoppingThoughNoLongerRegistered() {
    CountDownLatch inOnStop = new CountDownLatch(1);
    ActorRef<Actor> ref =
        Actors.start(
            runtime,
            script()
                .onStop(
                    self -> {
                      inOnStop.countDown();
                      Await.on(gate);
                    }));
    Future<Boolean> stopped = ref.stopAsync();
    Await.on(inOnStop);

    RunningActor running = RunningActors.find(ref).orElseThrow();
    assertThat(running.state()).isEqualTo(State.STOPPING);
    assertThat(ActorRegistry.getByUrn(ref.actorUrn())).isEmpty();
    assertThat(listedRefs()).containsOnlyOnce(ref);

    gate.countDown();
    assertThat(stopped.get(BOUND)).isTrue();
    Await.until(() -> running.state() == State.DEAD);
  }

  @Test
  void theInboxSizeCountsTheMessagesWaitingBehindTheOneBeingHandled() {
    CountDownLatch inOnReceive = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ActorRef<Actor> ref =
        Actors.start(
            runtime,
            (self, message) -> {
              if (message.equals("block")) {
                inOnReceive.countDown();
                Await.on(release);
              }
              return message;
            });
    RunningActor running = RunningActors.find(ref).orElseThrow();
    assertThat(running.inboxSize()).isZero();

    ref.tell("block");
    Await.on(inOnReceive);
    assertThat(running.inboxSize()).isZero();
    for (int i = 0; i < 5; i++) {
      ref.tell(i);
    }
    Future<Object> last = ref.askAsync("last");
    assertThat(running.inboxSize()).isEqualTo(6);

    release.countDown();
    assertThat(last.get(BOUND)).isEqualTo("last");
    assertThat(running.inboxSize()).isZero();
  }

  // Under contention: many senders while another thread reads the size; the count never goes
  // negative nor above what was sent, and ends at zero once everything is handled.
  @Test
  void theInboxSizeStaysWithinWhatWasSentWhileManyThreadsSendAndEndsAtZero() throws Exception {
    int senders = 4;
    int each = 5_000;
    ActorRef<Actor> ref = Actors.start(runtime, (self, message) -> message);
    RunningActor running = RunningActors.find(ref).orElseThrow();
    AtomicBoolean sending = new AtomicBoolean(true);
    ConcurrentLinkedQueue<Integer> outOfRange = new ConcurrentLinkedQueue<>();
    Thread reader =
        Thread.ofPlatform()
            .daemon()
            .start(
                () -> {
                  while (sending.get()) {
                    int size = running.inboxSize();
                    if (size < 0 || size > senders * each + 1) {
                      outOfRange.add(size);
                    }
                  }
                });
    List<Thread> threads = new ArrayList<>();
    CountDownLatch go = new CountDownLatch(1);
    for (int s = 0; s < senders; s++) {
      threads.add(
          Thread.ofPlatform()
              .daemon()
              .start(
                  () -> {
                    Await.on(go);
                    for (int i = 0; i < each; i++) {
                      ref.tell(i);
                    }
                  }));
    }
    go.countDown();
    for (Thread t : threads) {
      t.join();
    }
    assertThat(ref.ask("flush", BOUND)).isEqualTo("flush");
    sending.set(false);
    reader.join();

    assertThat(outOfRange).isEmpty();
    assertThat(running.inboxSize()).isZero();
  }
}
