package pykka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static pykka.Script.script;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import pykka.testfixtures.ActorRuntime;
import pykka.testfixtures.Await;
import pykka.testfixtures.BothRuntimes;

/**
 * Rule 15 of docs/behaviour.md under contention: several threads tell and ask an actor while it is
 * stopped, round after round. Every ask and every stop must complete (none may time out), and every
 * message enqueued before the stop must be handled.
 *
 * <p>How "enqueued before the stop" is known: each sender numbers its messages 1, 2, 3, ... and,
 * after each send returns, publishes the number in {@code sent}. A stopping sender reads all of
 * {@code sent} (its snapshot) and only then stops the actor, and goes on sending. So every message
 * up to the snapshot's number was enqueued before that stop was requested and must be handled. The
 * actor records, per sender, the highest number it handled, and checks that each sender's numbers
 * arrive one by one, with no gap: so the handled messages of a sender are exactly 1..k, and each
 * ask's outcome follows: its reply for a number up to k, {@link ActorDeadException} above it.
 * Senders go on until a tell throws {@link ActorDeadException}, so sends race the actor's death.
 */
@BothRuntimes
final class StopRaceStressTest {

  private static final Duration BOUND = Duration.ofSeconds(Await.SECONDS);
  private static final int SENDERS = 3;

  /** A stopping sender stops the actor after 1 to this many of its own messages. */
  private static final int MAX_BEFORE_STOP = 100;

  /** Senders stop at the first tell that finds the actor dead, or after this many messages. */
  private static final int MAX_MESSAGES = 5_000;

  private static final int MIN_ROUNDS = 100;
  private static final int MAX_ROUNDS = 400;
  private static final long BUDGET_NANOS = TimeUnit.MILLISECONDS.toNanos(700);
  private static final String STOP_YOURSELF = "stop yourself";

  /** How the actor is stopped. */
  enum StopBy {
    /** One sender calls {@code ref.stop()} and waits, another {@code ref.stopAsync()}. */
    REF_STOP,
    /** A sender tells the actor to call {@code Actor.stop()} on itself. */
    ACTOR_STOP_FROM_INSIDE,
    /** A sender calls {@code ActorRegistry.stopAll()} and waits. */
    STOP_ALL
  }

  private record Message(int sender, int seq) {}

  /** What a stopping sender saw of {@code sent} before it stopped the actor, and the outcome. */
  private record Stop(int[] snapshot, Object result) {}

  /** A sender's outcome. */
  private record Sent(
      List<Future<Object>> asks, List<Integer> askSeqs, int lastSent, int deadAt, Stop stop) {}

  private final ActorRuntime runtime;
  private ExecutorService pool;

  StopRaceStressTest(ActorRuntime runtime) {
    this.runtime = runtime;
  }

  @BeforeEach
  void startFromAnEmptyRegistryAndAPool() {
    ActorRegistry.stopAll(BOUND);
    pool = Executors.newFixedThreadPool(SENDERS);
  }

  @AfterEach
  void stopThePoolAndEveryActor() {
    pool.shutdownNow();
    ActorRegistry.stopAll(BOUND);
  }

  @ParameterizedTest(name = "stopped by {0}")
  @EnumSource(StopBy.class)
  void everyAskAndStopCompletesAndEverythingEnqueuedBeforeTheStopIsHandled(StopBy how)
      throws Exception {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    long deadline = System.nanoTime() + BUDGET_NANOS;
    int rounds = 0;
    while (rounds < MAX_ROUNDS && (rounds < MIN_ROUNDS || System.nanoTime() < deadline)) {
      try {
        oneRound(how, random);
      } catch (AssertionError e) {
        throw new AssertionError(
            "round "
                + rounds
                + " (seed "
                + seed
                + ", "
                + runtime
                + ", "
                + how
                + "): "
                + e.getMessage(),
            e);
      }
      rounds++;
    }
    assertThat(rounds).isGreaterThanOrEqualTo(MIN_ROUNDS);
  }

  private void oneRound(StopBy how, Random random) throws Exception {
    int[] handled = new int[SENDERS]; // the actor's thread only
    ConcurrentLinkedQueue<String> gaps = new ConcurrentLinkedQueue<>();
    AtomicReference<int[]> handledAtStop = new AtomicReference<>();
    CountDownLatch stopped = new CountDownLatch(1);
    ActorRef<Actor> ref =
        Actors.start(
            runtime,
            script()
                .onReceive(
                    (self, m) -> {
                      if (STOP_YOURSELF.equals(m)) {
                        self.stop();
                        return null;
                      }
                      Message msg = (Message) m;
                      if (msg.seq() != handled[msg.sender()] + 1) {
                        gaps.add(msg + " after " + handled[msg.sender()]);
                      }
                      handled[msg.sender()] = msg.seq();
                      return msg.seq();
                    })
                .onStop(
                    self -> {
                      handledAtStop.set(handled.clone());
                      stopped.countDown();
                    }));

    // Who stops the actor, and with what; everyone else only sends.
    List<Supplier<Object>> stopActions = new ArrayList<>();
    switch (how) {
      case REF_STOP -> {
        stopActions.add(() -> ref.stop(BOUND));
        stopActions.add(ref::stopAsync);
      }
      case ACTOR_STOP_FROM_INSIDE ->
          stopActions.add(
              () -> {
                ref.tell(STOP_YOURSELF);
                return true;
              });
      case STOP_ALL -> stopActions.add(() -> ActorRegistry.stopAll(BOUND));
    }
    AtomicIntegerArray sent = new AtomicIntegerArray(SENDERS);
    CountDownLatch go = new CountDownLatch(1);
    CountDownLatch allSending = new CountDownLatch(SENDERS);
    List<CompletableFuture<Sent>> senders = new ArrayList<>();
    for (int s = 0; s < SENDERS; s++) {
      int sender = s;
      Supplier<Object> stopAction = s < stopActions.size() ? stopActions.get(s) : null;
      int stopAfter = 1 + random.nextInt(MAX_BEFORE_STOP);
      senders.add(
          CompletableFuture.supplyAsync(
              () -> {
                Await.on(go);
                return send(ref, sender, sent, allSending, stopAction, stopAfter);
              },
              pool));
    }
    go.countDown();

    List<Sent> outcomes = new ArrayList<>();
    for (CompletableFuture<Sent> s : senders) {
      outcomes.add(s.get(Await.SECONDS, TimeUnit.SECONDS));
    }
    Await.on(stopped);

    List<Object> results = new ArrayList<>();
    for (Sent out : outcomes) {
      if (out.stop() != null) {
        Object result = out.stop().result();
        results.add(result instanceof Future<?> f ? f.get(BOUND) : result);
      }
    }
    switch (how) {
      case REF_STOP -> assertThat(results).isNotEmpty().contains(true);
      case ACTOR_STOP_FROM_INSIDE -> assertThat(ref.stop(BOUND)).isFalse();
      case STOP_ALL -> assertThat(results).containsExactly(List.of(true));
    }
    assertThat(ref.isAlive()).isFalse();
    assertThat(ActorRegistry.getByUrn(ref.actorUrn())).isEmpty();
    assertThat(gaps).as("messages handled out of order or skipped").isEmpty();

    int[] k = handledAtStop.get();
    for (int s = 0; s < SENDERS; s++) {
      int floor = Integer.MAX_VALUE;
      for (Sent out : outcomes) {
        if (out.stop() != null) {
          floor = Math.min(floor, out.stop().snapshot()[s]);
        }
      }
      Sent out = outcomes.get(s);
      if (k[s] < floor) {
        fail(
            "sender %d: %d messages were enqueued before the stop but only %d handled (%s)",
            s, floor, k[s], Arrays.toString(k));
      }
      assertThat(k[s])
          .as("sender %d handled more than sent", s)
          .isLessThanOrEqualTo(out.lastSent());
      if (out.deadAt() > 0) {
        assertThat(out.deadAt())
            .as("sender %d: a tell that threw was handled", s)
            .isGreaterThan(k[s]);
      }
      for (int i = 0; i < out.asks().size(); i++) {
        int seq = out.askSeqs().get(i);
        Object outcome;
        try {
          outcome = out.asks().get(i).get(BOUND);
        } catch (ActorDeadException e) {
          outcome = e;
        } catch (TimeoutException e) {
          throw new AssertionError("sender " + s + ": ask " + seq + " was left pending", e);
        }
        if (seq <= k[s]) {
          assertThat(outcome).as("sender %d: reply to handled ask %d", s, seq).isEqualTo(seq);
        } else {
          assertThat(outcome)
              .as("sender %d: reply to ask %d, not handled (handled up to %d)", s, seq, k[s])
              .isInstanceOf(ActorDeadException.class);
        }
      }
    }
  }

  /**
   * Sends numbered tells and asks, alternately, until a tell finds the actor dead. A sender with a
   * stop action runs it after {@code stopAfter} messages, once every sender is sending, having
   * first read {@code sent}; it does not if another stop killed the actor first.
   */
  private static Sent send(
      ActorRef<Actor> ref,
      int sender,
      AtomicIntegerArray sent,
      CountDownLatch allSending,
      Supplier<Object> stopAction,
      int stopAfter) {
    List<Future<Object>> asks = new ArrayList<>();
    List<Integer> askSeqs = new ArrayList<>();
    Stop stop = null;
    int deadAt = 0;
    int seq;
    for (seq = 1; seq <= MAX_MESSAGES; seq++) {
      if (stopAction != null && seq - 1 == stopAfter) {
        Await.on(allSending);
        int[] snapshot = new int[SENDERS];
        for (int s = 0; s < SENDERS; s++) {
          snapshot[s] = sent.get(s);
        }
        stop = new Stop(snapshot, stopAction.get());
      }
      Message message = new Message(sender, seq);
      if (seq % 2 == 0) {
        asks.add(ref.askAsync(message));
        askSeqs.add(seq);
      } else {
        try {
          ref.tell(message);
        } catch (ActorDeadException dead) {
          deadAt = seq;
          break;
        }
      }
      sent.set(sender, seq);
      if (seq % 16 == 0) {
        Thread
            .yield(); // on few cores, lets the other senders and the actor interleave with this one
      }
      if (seq == 1) {
        allSending.countDown();
      }
    }
    if (seq == 1) {
      allSending.countDown(); // the first tell found the actor dead already
    }
    return new Sent(asks, askSeqs, deadAt > 0 ? deadAt - 1 : MAX_MESSAGES, deadAt, stop);
  }
}
