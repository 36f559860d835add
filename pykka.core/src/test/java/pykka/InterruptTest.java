package pykka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pykka.Script.script;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pykka.testfixtures.ActorRuntime;
import pykka.testfixtures.Await;
import pykka.testfixtures.BothRuntimes;

/**
 * Interrupts and actors (rule 45 of docs/behaviour.md): an interrupt never stops an actor and
 * reaches only the hook running when it comes. The interrupt flag is cleared before each hook, so
 * one left set by a hook (the usual {@code Thread.currentThread().interrupt()} after catching
 * {@link InterruptedException}) cannot make the next hook's blocking calls fail. Probes: the flag
 * left by every kind of hook, interrupts from outside while the actor is idle, handling a message,
 * in {@code onStart} and in {@code onStop}, and interrupts of threads blocked in {@code ask}.
 */
@BothRuntimes
final class InterruptTest {

  private static final Duration BOUND = Duration.ofSeconds(Await.SECONDS);

  private final ActorRuntime runtime;

  /** Released at the end of each test, for actors that wait on it. */
  private final CountDownLatch gate = new CountDownLatch(1);

  /** An actor that answers every ask with the message: what the actor under test asks. */
  private ActorRef<Actor> echo;

  InterruptTest(ActorRuntime runtime) {
    this.runtime = runtime;
  }

  @BeforeEach
  void startAnEcho() {
    echo = Actors.start(runtime, (self, message) -> message);
  }

  @AfterEach
  void stopEveryActor() {
    gate.countDown();
    ActorRegistry.stopAll(BOUND);
  }

  /**
   * The probes' common messages: "interrupt myself" sets the flag as a handler that restores it
   * does; "flag?" reports it; "ask the echo" makes a blocking ask, which fails if the flag is set;
   * "block" waits for the gate.
   */
  private Object probe(Actor self, Object message) throws InterruptedException {
    return switch (String.valueOf(message)) {
      case "interrupt myself" -> {
        Thread.currentThread().interrupt();
        yield "set";
      }
      case "flag?" -> Thread.currentThread().isInterrupted();
      case "ask the echo" -> echo.ask("echoed");
      case "block" -> {
        gate.await();
        yield "unblocked";
      }
      default -> message;
    };
  }

  // Regression: a handler that restored the interrupt flag made the next message's ask fail with
  // "Interrupted while waiting for a future".
  @Test
  void aHandlerThatRestoresTheInterruptFlagDoesNotSpoilTheNextMessagesAsk() {
    CountDownLatch blocked = new CountDownLatch(1);
    ActorRef<Actor> ref =
        Actors.start(
            runtime,
            (self, message) -> {
              if ("hold".equals(message)) {
                blocked.countDown();
                Await.on(gate);
                return "held";
              }
              return probe(self, message);
            });
    // Queue the messages behind one that holds the actor, so that they run back to back on the
    // same thread, with no park in between to clear the flag.
    Future<Object> held = ref.askAsync("hold");
    Await.on(blocked);
    Future<Object> interrupt = ref.askAsync("interrupt myself");
    Future<Object> ask = ref.askAsync("ask the echo");
    Future<Object> interruptAgain = ref.askAsync("interrupt myself");
    Future<Object> flag = ref.askAsync("flag?");

    gate.countDown();

    assertThat(held.get(BOUND)).isEqualTo("held");
    assertThat(interrupt.get(BOUND)).isEqualTo("set");
    assertThat(ask.get(BOUND)).isEqualTo("echoed");
    assertThat(interruptAgain.get(BOUND)).isEqualTo("set");
    assertThat(flag.get(BOUND)).isEqualTo(false);
  }

  @Test
  void aMessageToldBehindAnotherThatSetTheFlagIsNotInterruptedEither() {
    CompletableFuture<Object> asked = new CompletableFuture<>();
    ActorRef<Actor> ref =
        Actors.start(
            runtime,
            (self, message) -> {
              if ("ask the echo".equals(message)) {
                try {
                  asked.complete(echo.ask("echoed"));
                } catch (Throwable t) {
                  asked.complete(t);
                }
                return null;
              }
              return probe(self, message);
            });

    ref.tell("interrupt myself");
    ref.tell("ask the echo");

    assertThat(asked.join()).isEqualTo("echoed");
    assertThat(ref.isAlive()).isTrue();
  }

  @Test
  void anInterruptFlagLeftByOnStartDoesNotReachTheFirstMessage() {
    ActorRef<Actor> ref =
        Actors.start(
            runtime,
            script().onStart(self -> Thread.currentThread().interrupt()).onReceive(this::probe));

    assertThat(ref.ask("flag?", BOUND)).isEqualTo(false);
    assertThat(ref.ask("ask the echo", BOUND)).isEqualTo("echoed");
  }

  @Test
  void anInterruptFlagLeftByAHandlerDoesNotReachOnStop() {
    CompletableFuture<Object> inOnStop = new CompletableFuture<>();
    ActorRef<Actor> ref =
        Actors.start(
            runtime,
            script()
                .onReceive(this::probe)
                .onStop(
                    self -> {
                      boolean interrupted = Thread.currentThread().isInterrupted();
                      inOnStop.complete(List.of(interrupted, echo.ask("echoed")));
                    }));

    ref.tell("interrupt myself");

    assertThat(ref.stop(BOUND)).isTrue();
    assertThat(inOnStop.join()).isEqualTo(List.of(false, "echoed"));
  }

  @Test
  void anInterruptFlagLeftByAFailingTellDoesNotReachOnFailure() {
    CompletableFuture<Object> inOnFailure = new CompletableFuture<>();
    IllegalStateException boom = new IllegalStateException("interrupted myself, then failed");
    ActorRef<Actor> ref =
        Actors.start(
            runtime,
            script()
                .onReceive(
                    (self, message) -> {
                      Thread.currentThread().interrupt();
                      throw boom;
                    })
                .onFailure(
                    (self, t) -> {
                      boolean interrupted = Thread.currentThread().isInterrupted();
                      inOnFailure.complete(List.of(interrupted, t, echo.ask("echoed")));
                    }));

    ref.tell("fail");

    assertThat(inOnFailure.join()).isEqualTo(List.of(false, boom, "echoed"));
    assertThat(ref.isAlive()).isFalse();
  }

  @Test
  void anInterruptFlagLeftByAFailingAskDoesNotReachTheNextMessage() {
    ActorRef<Actor> ref =
        Actors.start(
            runtime,
            (self, message) -> {
              if ("fail".equals(message)) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted myself, then failed");
              }
              return probe(self, message);
            });

    assertThatThrownBy(() -> ref.ask("fail", BOUND)).isInstanceOf(IllegalStateException.class);
    assertThat(ref.ask("flag?", BOUND)).isEqualTo(false);
    assertThat(ref.ask("ask the echo", BOUND)).isEqualTo("echoed");
  }

  @Test
  void anInterruptFromOutsideWhileTheActorIsIdleIsDroppedAndTheActorKeepsWorking() {
    CompletableFuture<Thread> thread = new CompletableFuture<>();
    ActorRef<Actor> ref =
        Actors.start(
            runtime,
            (self, message) -> {
              thread.complete(Thread.currentThread());
              return probe(self, message);
            });
    assertThat(ref.ask("anything", BOUND)).isEqualTo("anything");

    // Idle now: a platform thread parked for the next message, a virtual one parked or ended.
    for (int i = 0; i < 100; i++) {
      thread.join().interrupt();
      Thread.yield();
    }

    assertThat(ref.ask("flag?", BOUND)).isEqualTo(false);
    assertThat(ref.ask("ask the echo", BOUND)).isEqualTo("echoed");
    assertThat(ref.isAlive()).isTrue();
  }

  @Test
  void anInterruptFromOutsideWhileHandlingReachesThatHandlerOnly() throws Exception {
    CountDownLatch waiting = new CountDownLatch(1);
    CompletableFuture<Thread> thread = new CompletableFuture<>();
    ActorRef<Actor> ref =
        Actors.start(
            runtime,
            (self, message) -> {
              if ("wait".equals(message)) {
                thread.complete(Thread.currentThread());
                waiting.countDown();
                try {
                  new CountDownLatch(1).await();
                  return "never";
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt(); // the usual idiom
                  return "interrupted";
                }
              }
              if ("wait and let it through".equals(message)) {
                waiting.countDown();
                new CountDownLatch(1).await();
                return "never";
              }
              return probe(self, message);
            });

    Future<Object> reply = ref.askAsync("wait");
    Await.on(waiting);
    thread.join().interrupt();

    assertThat(reply.get(BOUND)).isEqualTo("interrupted");
    assertThat(ref.ask("flag?", BOUND)).isEqualTo(false);
    assertThat(ref.ask("ask the echo", BOUND)).isEqualTo("echoed");
    assertThat(ref.isAlive()).isTrue();
  }

  @Test
  void anInterruptedExceptionThatEscapesAnAskGoesToTheCallerAndTheActorKeepsRunning() {
    CountDownLatch waiting = new CountDownLatch(1);
    CompletableFuture<Thread> thread = new CompletableFuture<>();
    ActorRef<Actor> ref =
        Actors.start(
            runtime,
            (self, message) -> {
              if ("wait".equals(message)) {
                thread.complete(Thread.currentThread());
                waiting.countDown();
                new CountDownLatch(1).await();
                return "never";
              }
              return probe(self, message);
            });

    Future<Object> reply = ref.askAsync("wait");
    Await.on(waiting);
    thread.join().interrupt();

    assertThatThrownBy(() -> reply.get(BOUND))
        .isInstanceOf(CompletionException.class)
        .hasCauseInstanceOf(InterruptedException.class);
    assertThat(ref.ask("flag?", BOUND)).isEqualTo(false);
    assertThat(ref.ask("ask the echo", BOUND)).isEqualTo("echoed");
  }

  @Test
  void anInterruptOfAnActorBlockedInAnAskOfAnotherActorFailsOnlyThatAsk() throws Exception {
    CountDownLatch holding = new CountDownLatch(1);
    ActorRef<Actor> holder =
        Actors.start(
            runtime,
            (self, message) -> {
              holding.countDown();
              Await.on(gate);
              return "released";
            });
    Future<Object> held = holder.askAsync("hold");
    Await.on(holding);
    CompletableFuture<Thread> thread = new CompletableFuture<>();
    ActorRef<Actor> ref =
        Actors.start(
            runtime,
            (self, message) -> {
              if ("ask the holder".equals(message)) {
                thread.complete(Thread.currentThread());
                return holder.ask("are you free?");
              }
              return probe(self, message);
            });

    Future<Object> reply = ref.askAsync("ask the holder");
    Thread actorThread = thread.join();
    Await.until(() -> ref.actor().cell().waitingFor() == holder);
    actorThread.interrupt();

    assertThatThrownBy(() -> reply.get(BOUND))
        .isInstanceOf(PykkaException.class)
        .hasMessage("Interrupted while waiting for a future")
        .hasCauseInstanceOf(InterruptedException.class);
    assertThat(ref.ask("flag?", BOUND)).isEqualTo(false);
    assertThat(ref.ask("ask the echo", BOUND)).isEqualTo("echoed");
    gate.countDown();
    assertThat(held.get(BOUND)).isEqualTo("released");
  }

  @Test
  void anInterruptDuringOnStartThatOnStartLetsThroughStopsTheActorAndAnswersEverything() {
    CountDownLatch inOnStart = new CountDownLatch(1);
    CompletableFuture<Thread> thread = new CompletableFuture<>();
    Actor actor =
        Actors.create(
            runtime,
            script()
                .onStart(
                    self -> {
                      thread.complete(Thread.currentThread());
                      inOnStart.countDown();
                      new CountDownLatch(1).await();
                    }));
    ActorRef<Actor> ref = actor.actorRef();
    Future<Object> queued = ref.askAsync("sent before the start");
    Future<Boolean> stop = ref.stopAsync();
    actor.start();
    Await.on(inOnStart);

    thread.join().interrupt();

    assertThatThrownBy(() -> queued.get(BOUND)).isInstanceOf(ActorDeadException.class);
    assertThat(stop.get(BOUND)).isTrue();
    Await.until(() -> actor.mailbox.isClosed());
    assertThat(ref.isAlive()).isFalse();
    assertThat(ActorRegistry.getByUrn(ref.actorUrn())).isEmpty();
  }

  @Test
  void anInterruptDuringOnStartThatOnStartRestoresDoesNotReachTheFirstMessage() {
    CountDownLatch inOnStart = new CountDownLatch(1);
    CompletableFuture<Thread> thread = new CompletableFuture<>();
    Actor actor =
        Actors.create(
            runtime,
            script()
                .onStart(
                    self -> {
                      thread.complete(Thread.currentThread());
                      inOnStart.countDown();
                      try {
                        new CountDownLatch(1).await();
                      } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                      }
                    })
                .onReceive(this::probe));
    Future<Object> flag = actor.actorRef().askAsync("flag?");
    Future<Object> ask = actor.actorRef().askAsync("ask the echo");
    ActorRef<Actor> ref = actor.start();
    Await.on(inOnStart);

    thread.join().interrupt();

    assertThat(flag.get(BOUND)).isEqualTo(false);
    assertThat(ask.get(BOUND)).isEqualTo("echoed");
    assertThat(ref.isAlive()).isTrue();
  }

  @Test
  void anInterruptDuringOnStopEndsOnStopAndTheStopIsStillAnswered() {
    CountDownLatch inOnStop = new CountDownLatch(1);
    CompletableFuture<Thread> thread = new CompletableFuture<>();
    ConcurrentLinkedQueue<Object> seen = new ConcurrentLinkedQueue<>();
    ActorRef<Actor> ref =
        Actors.start(
            runtime,
            script()
                .onStop(
                    self -> {
                      thread.complete(Thread.currentThread());
                      inOnStop.countDown();
                      try {
                        new CountDownLatch(1).await();
                      } catch (InterruptedException e) {
                        seen.add(e);
                        throw e;
                      }
                    }));
    Future<Boolean> stop = ref.stopAsync();
    Future<Object> after = ref.askAsync("queued behind the stop");
    Await.on(inOnStop);

    thread.join().interrupt();

    assertThat(stop.get(BOUND)).isTrue();
    assertThatThrownBy(() -> after.get(BOUND)).isInstanceOf(ActorDeadException.class);
    assertThat(seen).singleElement().isInstanceOf(InterruptedException.class);
    Await.until(() -> ref.actor().mailbox.isClosed());
    assertThat(ref.isAlive()).isFalse();
    assertThat(ActorRegistry.getByUrn(ref.actorUrn())).isEmpty();
  }

  @Test
  void aThreadInterruptedWhileBlockedInAnAskIsReleasedKeepsItsFlagAndTheActorStillAnswersLater()
      throws Exception {
    CountDownLatch blocked = new CountDownLatch(1);
    ActorRef<Actor> ref =
        Actors.start(
            runtime,
            (self, message) -> {
              if ("block".equals(message)) {
                blocked.countDown();
              }
              return probe(self, message);
            });
    ref.tell("block");
    Await.on(blocked);
    CompletableFuture<List<Object>> outcome = new CompletableFuture<>();
    CompletableFuture<Future<Object>> pending = new CompletableFuture<>();
    Thread asker =
        Thread.ofPlatform()
            .daemon()
            .start(
                () -> {
                  Future<Object> reply = ref.askAsync("asked, then interrupted");
                  pending.complete(reply);
                  try {
                    outcome.complete(List.of(reply.get()));
                  } catch (Throwable t) {
                    outcome.complete(List.of(t, Thread.currentThread().isInterrupted()));
                  }
                });
    ThreadingFutureTest.awaitParked(asker);

    asker.interrupt();

    List<Object> result = outcome.get(Await.SECONDS, TimeUnit.SECONDS);
    assertThat(result.get(0))
        .isInstanceOf(PykkaException.class)
        .extracting(t -> ((Throwable) t).getCause())
        .isInstanceOf(InterruptedException.class);
    assertThat(result.get(1)).isEqualTo(true);
    gate.countDown();
    assertThat(pending.join().get(BOUND)).isEqualTo("asked, then interrupted");
    assertThat(ref.ask("ask the echo", BOUND)).isEqualTo("echoed");
  }

  // Interrupts at any point, under contention: while idle, parked, spinning, handling, between
  // messages. None may lose a message, answer one wrongly, or stop the actor.
  @Test
  void aStormOfInterruptsFromOutsideNeverLosesOrSpoilsAMessage() throws Exception {
    ActorRef<Actor> ref = Actors.start(runtime, this::probe);
    AtomicBoolean storming = new AtomicBoolean(true);
    Thread interrupter =
        Thread.ofPlatform()
            .daemon()
            .start(
                () -> {
                  while (storming.get()) {
                    Thread t = ref.actor().cell().thread();
                    if (t != null) {
                      t.interrupt();
                    }
                    Thread.yield();
                  }
                });
    List<CompletableFuture<Void>> senders = new ArrayList<>();
    try {
      for (int s = 0; s < 3; s++) {
        int sender = s;
        senders.add(
            CompletableFuture.runAsync(
                () -> {
                  List<Future<Object>> replies = new ArrayList<>();
                  for (int i = 0; i < 2_000; i++) {
                    replies.add(ref.askAsync(sender + "/" + i));
                    if (i % 64 == 0) {
                      Thread.yield();
                    }
                  }
                  for (int i = 0; i < replies.size(); i++) {
                    assertThat(replies.get(i).get(BOUND)).isEqualTo(sender + "/" + i);
                  }
                }));
      }
      for (CompletableFuture<Void> sender : senders) {
        sender.get(Await.SECONDS * 3, TimeUnit.SECONDS);
      }
    } finally {
      storming.set(false);
      interrupter.join();
    }
    assertThat(ref.isAlive()).isTrue();
    assertThat(ref.ask("ask the echo", BOUND)).isEqualTo("echoed");
  }
}
