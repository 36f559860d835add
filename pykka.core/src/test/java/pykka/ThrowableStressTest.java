package pykka;

import static org.assertj.core.api.Assertions.assertThat;
import static pykka.Script.script;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pykka.testfixtures.ActorRuntime;
import pykka.testfixtures.Await;
import pykka.testfixtures.BothRuntimes;

/**
 * Rule 19 of docs/behaviour.md under contention: every {@link Throwable} thrown by actor code,
 * {@link Error}s, raw {@code Throwable}s and throwables that cannot be printed included, completes
 * the reply; none leaves an ask pending, whether it is thrown while handling an ask, a tell, or in
 * {@code onStart}.
 */
@BothRuntimes
final class ThrowableStressTest {

  private static final Duration BOUND = Duration.ofSeconds(Await.SECONDS);
  private static final int SENDERS = 3;
  private static final int MIN_ROUNDS = 50;
  private static final int MAX_ROUNDS = 300;
  private static final long BUDGET_NANOS = TimeUnit.MILLISECONDS.toNanos(500);

  /** Every kind of throwable, built fresh for each message so that identity can be checked. */
  private static final List<IntFunction<Throwable>> KINDS =
      List.of(
          i -> new IllegalStateException("unchecked " + i),
          i -> new IOException("checked " + i),
          i -> new AssertionError("error " + i),
          i -> new OutOfMemoryError("simulated " + i),
          i -> new StackOverflowError("simulated " + i),
          i -> new Throwable("raw " + i),
          // Unprintable ones: logging them once left a zombie (see HostileCodeTest).
          i -> new HostileCodeTest.MessageThrows(),
          i -> new HostileCodeTest.CheckedMessageThrows());

  private final ActorRuntime runtime;
  private ExecutorService pool;

  ThrowableStressTest(ActorRuntime runtime) {
    this.runtime = runtime;
  }

  @BeforeEach
  void startAPool() {
    pool = Executors.newFixedThreadPool(SENDERS);
  }

  @AfterEach
  void stopThePoolAndEveryActor() {
    pool.shutdownNow();
    ActorRegistry.stopAll(BOUND);
  }

  /** Throws the message if it is a Throwable; otherwise replies with it. */
  private static Object throwOrEcho(Actor self, Object message) {
    if (message instanceof Throwable t) {
      throw Script.sneakyThrow(t);
    }
    return message;
  }

  @Test
  void everyThrowableFromAnAskCompletesItsReplyAndTheActorKeepsRunning() throws Exception {
    ActorRef<Actor> ref = Actors.start(runtime, ThrowableStressTest::throwOrEcho);
    int perSender = 400;
    List<CompletableFuture<Void>> senders = new ArrayList<>();
    for (int s = 0; s < SENDERS; s++) {
      int sender = s;
      senders.add(
          CompletableFuture.runAsync(
              () -> {
                Random random = new Random(sender);
                List<Object> messages = new ArrayList<>();
                List<Future<Object>> replies = new ArrayList<>();
                for (int i = 0; i < perSender; i++) {
                  int kind = random.nextInt(KINDS.size() + 1);
                  Object message =
                      kind == KINDS.size() ? "value " + sender + "/" + i : KINDS.get(kind).apply(i);
                  messages.add(message);
                  replies.add(ref.askAsync(message));
                  if (i % 16 == 0) {
                    Thread.yield();
                  }
                }
                for (int i = 0; i < perSender; i++) {
                  assertCompletedWith(replies.get(i), messages.get(i));
                }
              },
              pool));
    }

    for (CompletableFuture<Void> s : senders) {
      s.get(Await.SECONDS * 3, TimeUnit.SECONDS);
    }
    assertThat(ref.isAlive()).isTrue();
    assertThat(ref.ask("still here", BOUND)).isEqualTo("still here");
  }

  @Test
  void aThrowableFromATellStopsTheActorAndEveryAskSentMeanwhileStillCompletes() throws Exception {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    long deadline = System.nanoTime() + BUDGET_NANOS;
    int rounds = 0;
    while (rounds < MAX_ROUNDS && (rounds < MIN_ROUNDS || System.nanoTime() < deadline)) {
      Throwable fatal = KINDS.get(random.nextInt(KINDS.size())).apply(rounds);
      int fatalAfter = random.nextInt(100);
      try {
        tellRound(fatal, fatalAfter);
      } catch (AssertionError e) {
        throw new AssertionError("round " + rounds + " (seed " + seed + "): " + e.getMessage(), e);
      }
      rounds++;
    }
  }

  private void tellRound(Throwable fatal, int fatalAfter) throws Exception {
    CompletableFuture<Throwable> failure = new CompletableFuture<>();
    ActorRef<Actor> ref =
        Actors.start(
            runtime,
            script()
                .onReceive(ThrowableStressTest::throwOrEcho)
                .onFailure((self, t) -> failure.complete(t)));
    List<CompletableFuture<Void>> senders = new ArrayList<>();
    for (int s = 0; s < SENDERS; s++) {
      int sender = s;
      senders.add(
          CompletableFuture.runAsync(
              () -> {
                List<Object> messages = new ArrayList<>();
                List<Future<Object>> replies = new ArrayList<>();
                for (int i = 0; i < 2_000 && ref.isAlive(); i++) {
                  if (sender == 0 && i == fatalAfter) {
                    ref.tell(fatal);
                  }
                  Object message = i % 5 == 0 ? KINDS.get(i % KINDS.size()).apply(i) : i;
                  messages.add(message);
                  replies.add(ref.askAsync(message));
                  if (i % 16 == 0) {
                    Thread.yield();
                  }
                }
                for (int i = 0; i < replies.size(); i++) {
                  assertCompletedWith(replies.get(i), messages.get(i));
                }
              },
              pool));
    }

    for (CompletableFuture<Void> s : senders) {
      s.get(Await.SECONDS * 3, TimeUnit.SECONDS);
    }
    assertThat(failure.get(Await.SECONDS, TimeUnit.SECONDS)).isSameAs(fatal);
    assertThat(ref.isAlive()).isFalse();
    assertThat(ref.stop(BOUND)).isFalse();
    assertThat(ActorRegistry.getByUrn(ref.actorUrn())).isEmpty();
  }

  @Test
  void aThrowableFromOnStartAnswersEveryAskSentBeforeAndDuringTheStart() throws Exception {
    long deadline = System.nanoTime() + BUDGET_NANOS;
    int rounds = 0;
    while (rounds < MAX_ROUNDS && (rounds < MIN_ROUNDS || System.nanoTime() < deadline)) {
      Throwable fatal = KINDS.get(rounds % KINDS.size()).apply(rounds);
      Actor actor =
          Actors.create(
              runtime,
              script()
                  .onStart(
                      self -> {
                        throw Script.sneakyThrow(fatal);
                      }));
      ActorRef<Actor> ref = actor.actorRef();
      CountDownLatch sending = new CountDownLatch(SENDERS);
      List<CompletableFuture<List<Future<Object>>>> senders = new ArrayList<>();
      for (int s = 0; s < SENDERS; s++) {
        senders.add(
            CompletableFuture.supplyAsync(
                () -> {
                  List<Future<Object>> replies = new ArrayList<>();
                  replies.add(ref.askAsync(0));
                  sending.countDown();
                  for (int i = 1; i < 300 && ref.isAlive(); i++) {
                    replies.add(ref.askAsync(i));
                    if (i % 16 == 0) {
                      Thread.yield();
                    }
                  }
                  return replies;
                },
                pool));
      }
      Await.on(sending);

      actor.start();

      for (CompletableFuture<List<Future<Object>>> s : senders) {
        for (Future<Object> reply : s.get(Await.SECONDS, TimeUnit.SECONDS)) {
          assertThatCompletesWithActorDeadException(reply, rounds);
        }
      }
      assertThat(ref.isAlive()).isFalse();
      rounds++;
    }
  }

  private static void assertThatCompletesWithActorDeadException(Future<Object> reply, int round) {
    try {
      Object value = reply.get(BOUND);
      throw new AssertionError("round " + round + ": an ask was answered with " + value);
    } catch (ActorDeadException expected) {
      // the actor died in onStart, before handling anything
    } catch (TimeoutException e) {
      throw new AssertionError("round " + round + ": an ask was left pending", e);
    }
  }

  /**
   * Checks the reply to {@code message}: its echo, or the throwable itself (unchecked and errors as
   * they are, checked and raw ones wrapped in CompletionException), or ActorDeadException if the
   * actor died first. Never a timeout.
   */
  private static void assertCompletedWith(Future<Object> reply, Object message) {
    Object outcome;
    try {
      outcome = reply.get(BOUND);
    } catch (TimeoutException e) {
      throw new AssertionError("the ask of " + message + " was left pending", e);
    } catch (ActorDeadException e) {
      return;
    } catch (CompletionException e) {
      outcome = e.getCause();
      if (message instanceof RuntimeException || message instanceof Error) {
        throw new AssertionError(message + " came back wrapped", e);
      }
    } catch (Throwable t) {
      outcome = t;
    }
    if (message instanceof Throwable) {
      assertThat(outcome).isSameAs(message);
    } else {
      assertThat(outcome).isEqualTo(message);
    }
  }
}
