package pykka;

import static org.assertj.core.api.Assertions.assertThat;
import static pykka.Script.script;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.event.Level;
import pykka.testfixtures.ActorRuntime;
import pykka.testfixtures.Await;
import pykka.testfixtures.BothRuntimes;
import pykka.testfixtures.LogCapture;
import pykka.testfixtures.LogRecord;

/** Rules 5 to 7 of docs/behaviour.md: the message loop (rule 6 without the proxy messages). */
@BothRuntimes
final class ActorLoopTest {

  private static final Duration BOUND = Duration.ofSeconds(10);

  private final ActorRuntime runtime;

  ActorLoopTest(ActorRuntime runtime) {
    this.runtime = runtime;
  }

  @AfterEach
  void stopEveryActor() {
    ActorRegistry.stopAll(BOUND);
  }

  // Rule 5.
  @Test
  void onStartRunsInTheActorsThreadBeforeTheFirstMessageEvenOneSentBeforeStart() {
    ConcurrentLinkedQueue<String> events = new ConcurrentLinkedQueue<>();
    Actor actor =
        Actors.create(
            runtime,
            script()
                .onStart(self -> events.add("onStart on " + Thread.currentThread().getName()))
                .onReceive(
                    (self, message) -> {
                      events.add(message + " on " + Thread.currentThread().getName());
                      return null;
                    }));
    actor.actorRef().tell("early");

    ActorRef<Actor> ref = actor.start();
    ref.ask("late", BOUND);

    String thread = events.peek().substring("onStart on ".length());
    assertThat(thread).isNotEqualTo(Thread.currentThread().getName());
    assertThat(events)
        .containsExactly("onStart on " + thread, "early on " + thread, "late on " + thread);
  }

  // Rule 5.
  @Test
  void messagesFromOneSenderAreHandledInTheOrderTheyWereSent() {
    List<Object> handled = new ArrayList<>(); // touched only by the actor's thread
    ActorRef<Actor> ref =
        Actors.start(
            runtime,
            (self, message) -> {
              if (message.equals("done")) {
                return List.copyOf(handled);
              }
              handled.add(message);
              return null;
            });

    for (int i = 0; i < 1000; i++) {
      if (i % 3 == 0) {
        ref.askAsync(i);
      } else {
        ref.tell(i);
      }
    }

    assertThat(ref.ask("done", BOUND)).isEqualTo(IntStream.range(0, 1000).boxed().toList());
  }

  // Rule 5: one message at a time, in the one order in which all senders enqueued.
  @Test
  void messagesFromManySendersAreHandledOneAtATimeInTheOrderTheyWereEnqueued() throws Exception {
    AtomicInteger inside = new AtomicInteger();
    AtomicBoolean overlapped = new AtomicBoolean();
    List<Object> handled = new ArrayList<>(); // touched only by the actor's thread
    ActorRef<Actor> ref =
        Actors.start(
            runtime,
            (self, message) -> {
              if (inside.incrementAndGet() != 1) {
                overlapped.set(true);
              }
              try {
                if (message.equals("done")) {
                  return List.copyOf(handled);
                }
                handled.add(message);
                return null;
              } finally {
                inside.decrementAndGet();
              }
            });
    int senders = 4;
    int perSender = 500;
    Object order = new Object();
    AtomicInteger next = new AtomicInteger();
    CountDownLatch go = new CountDownLatch(1);
    List<Thread> threads = new ArrayList<>();
    for (int s = 0; s < senders; s++) {
      threads.add(
          Thread.ofPlatform()
              .start(
                  () -> {
                    Await.on(go);
                    for (int i = 0; i < perSender; i++) {
                      // The lock makes the enqueue order observable: it is the order of `next`.
                      synchronized (order) {
                        ref.tell(next.getAndIncrement());
                      }
                    }
                  }));
    }
    go.countDown();
    for (Thread t : threads) {
      t.join();
    }

    assertThat(ref.ask("done", BOUND))
        .isEqualTo(IntStream.range(0, senders * perSender).boxed().toList());
    assertThat(overlapped).isFalse();
  }

  // Rule 6.
  @Test
  void theReturnValueOfOnReceiveIsTheReplyToAnAsk() {
    ActorRef<Actor> ref = Actors.start(runtime, (self, message) -> "Hi there, " + message + "!");

    assertThat(ref.ask("Bob", BOUND)).isEqualTo("Hi there, Bob!");
    assertThat(ref.askAsync("Alice").get(BOUND)).isEqualTo("Hi there, Alice!");
  }

  // Rule 6 and the logging table.
  @Test
  void theDefaultOnReceiveLogsTheUnexpectedMessageAtWarnAndRepliesNull() {
    try (LogCapture logs = LogCapture.start()) {
      ActorRef<Actor> ref = Actors.start(runtime, script());

      ref.tell("a tell");
      Object reply = ref.ask("an ask", BOUND);

      assertThat(reply).isNull();
      assertThat(logs.about(ref))
          .filteredOn(r -> r.level() == Level.WARN)
          .extracting(LogRecord::message)
          .containsExactly(
              "Unexpected message received by " + ref + ": a tell",
              "Unexpected message received by " + ref + ": an ask");
      assertThat(ref.isAlive()).isTrue();
    }
  }

  // Rule 7.
  @Test
  void messagesAndRepliesArePassedByReferenceNeverCopied() {
    List<String> reply = new ArrayList<>(List.of("reply"));
    ActorRef<Actor> echo =
        Actors.start(runtime, (self, message) -> message.equals("give") ? reply : message);
    List<String> message = new ArrayList<>(List.of("message"));

    assertThat(echo.ask(message, BOUND)).isSameAs(message);
    assertThat(echo.ask("give", BOUND)).isSameAs(reply);
  }

  // Rule 7.
  @Test
  void nullIsAValidMessageAndAValidReply() {
    ConcurrentLinkedQueue<String> seen = new ConcurrentLinkedQueue<>();
    ActorRef<Actor> ref =
        Actors.start(
            runtime,
            (self, message) -> {
              seen.add(String.valueOf(message));
              return null;
            });

    ref.tell(null);
    Object reply = ref.ask(null, BOUND);

    assertThat(reply).isNull();
    assertThat(seen).containsExactly("null", "null");
  }

  // Rule 7.
  @Test
  void aReplyThatIsItselfAFutureIsNotUnwrapped() {
    ThreadingFuture<String> inner = new ThreadingFuture<>();
    ActorRef<Actor> ref = Actors.start(runtime, (self, message) -> inner);

    Object reply = ref.ask("future please", BOUND);

    assertThat(reply).isSameAs(inner);
    assertThat(inner.isDone()).isFalse();
  }
}
