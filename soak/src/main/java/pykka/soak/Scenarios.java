package pykka.soak;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import pykka.Actor;
import pykka.ActorDeadException;
import pykka.ActorProxy;
import pykka.ActorRef;
import pykka.ActorRegistry;
import pykka.DeadlockException;
import pykka.Future;
import pykka.ThreadingFuture;
import pykka.TimeoutException;
import pykka.testfixtures.ActorRuntime;

/**
 * The soak's workload: each scenario does one piece of mixed work and checks its invariants as it
 * goes, throwing {@link AssertionError} when one breaks. Scenarios run on many worker threads at
 * once; each worker is one sender with its own numbers.
 */
final class Scenarios {

  /** No reply, stop or get may take longer than this: past it, something hangs. */
  static final Duration BOUND = Duration.ofSeconds(30);

  /** A numbered message to a hub. */
  record Numbered(int sender, int seq) {}

  /** A message that makes a mortal actor throw {@code thrown}. */
  record Fail(Throwable thrown) {}

  /** A hub's counter, typed, asking. */
  interface CounterAsking {
    Future<Integer> take(int sender, int seq);
  }

  /** A hub's counter, typed, telling. */
  interface CounterTelling {
    void take(int sender, int seq);
  }

  /** A hub, typed: its counter as a nested typed proxy. */
  interface HubAsking {
    CounterAsking counter();
  }

  /** A hub, typed, for telling. */
  interface HubTelling {
    CounterTelling counter();
  }

  /** A long-lived actor that every worker sends numbered messages to, by every route. */
  static final class Hub {
    final ActorRuntime runtime;
    final ActorRef<Actor> ref;
    final ActorProxy counter;
    final CounterAsking asking;
    final CounterTelling telling;

    Hub(ActorRuntime runtime) {
      this.runtime = runtime;
      this.ref =
          SoakActors.create(
                  runtime,
                  new SoakActors.Hooks() {
                    @Override
                    public Object onReceive(Actor self, Object message) {
                      if (message instanceof Numbered n) {
                        return SoakActors.counterOf(self).take(n.sender(), n.seq());
                      }
                      if ("report".equals(message)) {
                        return SoakActors.counterOf(self).report();
                      }
                      return message;
                    }
                  })
              .start();
      this.counter = ref.proxy().traverse("counter");
      this.asking = ref.proxy(HubAsking.class).counter();
      this.telling = ref.proxy(HubTelling.class).counter();
    }
  }

  /** One worker: a sender with its own next number for each hub. */
  static final class Sender {
    final int id;
    final int[] next;

    Sender(int id, int hubs) {
      this.id = id;
      this.next = new int[hubs];
    }
  }

  /** The hooks of a short-lived actor: echo, fail, stop itself, ask itself, hang; hooks counted. */
  static final class Mortal implements SoakActors.Hooks {
    final AtomicInteger onStops = new AtomicInteger();
    final AtomicInteger onFailures = new AtomicInteger();
    final CountDownLatch ended = new CountDownLatch(1);
    final CountDownLatch hanging = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);
    volatile Throwable failure;

    @Override
    public Object onReceive(Actor self, Object message) throws Exception {
      if (message instanceof Fail f) {
        throw sneaky(f.thrown());
      }
      switch (String.valueOf(message)) {
        case "stop yourself" -> self.stop();
        case "ask yourself" -> {
          return self.actorRef().ask("inner");
        }
        case "hang" -> {
          hanging.countDown();
          release.await();
        }
        default -> {}
      }
      return message;
    }

    @Override
    public void onStop(Actor self) {
      onStops.incrementAndGet();
      ended.countDown();
    }

    @Override
    public void onFailure(Actor self, Throwable t) {
      failure = t;
      onFailures.incrementAndGet();
      ended.countDown();
    }
  }

  /** How a lifecycle scenario ends its actor. */
  enum End {
    STOP,
    STOP_ASYNC,
    STOP_FROM_INSIDE,
    FAILING_TELL,
    FAILING_DEFER,
    FAILING_ASK_THEN_STOP,
    FAILING_PROXY_CALL_THEN_STOP
  }

  private final List<Hub> hubs;
  private final SoakStats stats;

  Scenarios(List<Hub> hubs, SoakStats stats) {
    this.hubs = hubs;
    this.stats = stats;
  }

  /** A hundred numbered messages to a hub by every route; every ask gets its own number back. */
  void burst(Sender me, Random random) {
    int h = random.nextInt(hubs.size());
    Hub hub = hubs.get(h);
    List<Future<?>> replies = new ArrayList<>();
    List<Integer> expected = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      int seq = ++me.next[h];
      switch (random.nextInt(7)) {
        case 0 -> {
          hub.ref.tell(new Numbered(me.id, seq));
          stats.count("messages: tell");
        }
        case 1 -> {
          replies.add(hub.ref.askAsync(new Numbered(me.id, seq)));
          expected.add(seq);
          stats.count("messages: ask");
        }
        case 2 -> {
          replies.add(hub.counter.call("take", me.id, seq));
          expected.add(seq);
          stats.count("messages: proxy call");
        }
        case 3 -> {
          hub.counter.method("take").defer(me.id, seq);
          stats.count("messages: proxy defer");
        }
        case 4 -> {
          replies.add(hub.asking.take(me.id, seq));
          expected.add(seq);
          stats.count("messages: typed-proxy call");
        }
        case 5 -> {
          hub.telling.take(me.id, seq);
          stats.count("messages: typed-proxy tell");
        }
        default -> {
          check(
              Integer.valueOf(seq).equals(hub.ref.ask(new Numbered(me.id, seq), BOUND)),
              "blocking ask reply");
          stats.count("messages: blocking ask");
        }
      }
    }
    for (int i = 0; i < replies.size(); i++) {
      Object reply = replies.get(i).get(BOUND);
      check(expected.get(i).equals(reply), "reply " + reply + " to message " + expected.get(i));
    }
  }

  /** An actor started, used and ended one of seven ways; its hooks run once, nothing is left. */
  void lifecycle(Sender me, Random random) {
    ActorRuntime runtime = randomRuntime(random);
    Mortal mortal = new Mortal();
    ActorRef<Actor> ref = start(runtime, mortal);
    List<Future<Object>> replies = new ArrayList<>();
    int k = random.nextInt(20);
    for (int i = 0; i < k; i++) {
      if (i % 2 == 0) {
        ref.tell(i);
        stats.count("messages: tell");
      } else {
        replies.add(ref.askAsync(i));
        stats.count("messages: ask");
      }
    }
    End end = End.values()[random.nextInt(End.values().length)];
    Throwable thrown = randomThrowable(random);
    switch (end) {
      case STOP -> check(ref.stop(BOUND), "stop() of a live actor returned false");
      case STOP_ASYNC ->
          check(ref.stopAsync().get(BOUND), "stopAsync() of a live actor gave false");
      case STOP_FROM_INSIDE -> ref.tell("stop yourself");
      case FAILING_TELL -> {
        stats.count("failures injected: tell");
        ref.tell(new Fail(thrown));
      }
      case FAILING_DEFER -> {
        stats.count("failures injected: tell");
        ref.proxy().traverse("counter").method("fail").defer(thrown);
      }
      case FAILING_ASK_THEN_STOP -> {
        stats.count("failures injected: ask");
        checkFailedWith(ref.askAsync(new Fail(thrown)), thrown);
        check(ref.isAlive(), "an actor died of a failed ask");
        check(ref.stop(BOUND), "stop() of a live actor returned false");
      }
      case FAILING_PROXY_CALL_THEN_STOP -> {
        stats.count("failures injected: ask");
        checkFailedWith(ref.proxy().traverse("counter").call("fail", thrown), thrown);
        check(ref.isAlive(), "an actor died of a failed proxy call");
        check(ref.stop(BOUND), "stop() of a live actor returned false");
      }
    }
    await(mortal.ended, "the actor's end (" + end + ")");
    boolean failed = end == End.FAILING_TELL || end == End.FAILING_DEFER;
    check(
        mortal.onStops.get() == (failed ? 0 : 1),
        "onStop ran " + mortal.onStops + " times, " + end);
    check(
        mortal.onFailures.get() == (failed ? 1 : 0),
        "onFailure ran " + mortal.onFailures + " times, " + end);
    if (failed) {
      check(mortal.failure == thrown, "onFailure got " + mortal.failure + ", not " + thrown);
    }
    checkGone(ref);
    for (int i = 0; i < replies.size(); i++) {
      Object reply = replies.get(i).get(BOUND); // all were sent before the end: all answered
      check(Integer.valueOf(2 * i + 1).equals(reply), "reply " + reply + " to " + (2 * i + 1));
    }
    stats.count("actors ended: " + end);
  }

  /** Asks before and after a stop: those before are answered, those after fail as dead. */
  void stopRace(Sender me, Random random) {
    Mortal mortal = new Mortal();
    ActorRef<Actor> ref = start(randomRuntime(random), mortal);
    List<Future<Object>> before = new ArrayList<>();
    int n = random.nextInt(30);
    for (int i = 0; i < n; i++) {
      before.add(ref.askAsync(i));
    }
    Future<Boolean> stop = ref.stopAsync();
    List<Future<Object>> after = new ArrayList<>();
    int m = random.nextInt(30);
    for (int i = 0; i < m; i++) {
      after.add(ref.askAsync("after the stop " + i));
      try {
        ref.tell("after the stop");
      } catch (ActorDeadException dead) {
        stats.count("stop race: tells after the stop that threw ActorDeadException");
      }
    }
    stats.add("messages: ask", n + m);
    for (int i = 0; i < n; i++) {
      Object reply = before.get(i).get(BOUND);
      check(
          Integer.valueOf(i).equals(reply),
          "reply " + reply + " to ask " + i + " sent before the stop");
    }
    for (Future<Object> late : after) {
      try {
        Object reply = late.get(BOUND);
        throw new AssertionError("an ask sent after the stop was answered: " + reply);
      } catch (ActorDeadException expected) {
        stats.count("stop race: asks after the stop answered with ActorDeadException");
      }
    }
    check(stop.get(BOUND), "the stop of a live actor gave false");
    check(!ref.stop(BOUND), "a stop of a dead actor gave true");
    check(mortal.onStops.get() == 1, "onStop ran " + mortal.onStops + " times");
    checkGone(ref);
    stats.count("actors ended: STOP_ASYNC");
  }

  /**
   * Three threads send to an actor while it is stopped: every ask completes, and each sender's
   * answered asks come before its dead ones, since a sender's messages are handled in order.
   */
  void crowdedStop(Sender me, Random random) {
    Mortal mortal = new Mortal();
    ActorRef<Actor> ref = start(randomRuntime(random), mortal);
    List<CompletableFuture<List<Future<Object>>>> crowd = new ArrayList<>();
    for (int s = 0; s < 3; s++) {
      CompletableFuture<List<Future<Object>>> sent = new CompletableFuture<>();
      crowd.add(sent);
      Thread.ofVirtual()
          .start(
              () -> {
                List<Future<Object>> replies = new ArrayList<>();
                try {
                  for (int i = 0; i < 200; i++) {
                    replies.add(ref.askAsync(i));
                    if (i % 3 == 0) {
                      ref.tell(i);
                    }
                  }
                } catch (ActorDeadException dead) {
                  // a tell found the actor dead: this sender is done
                }
                sent.complete(replies);
              });
    }
    for (int i = random.nextInt(50); i > 0; i--) {
      Thread.yield();
    }
    Future<Boolean> stop = null;
    if (random.nextBoolean()) {
      stop = ref.stopAsync();
    } else {
      ref.tell("stop yourself");
    }
    long answered = 0;
    long dead = 0;
    for (CompletableFuture<List<Future<Object>>> sent : crowd) {
      List<Future<Object>> replies = sent.join();
      boolean deadYet = false;
      for (int i = 0; i < replies.size(); i++) {
        try {
          Object reply = replies.get(i).get(BOUND);
          check(
              !deadYet,
              "ask " + i + " was answered after an earlier ask of its sender failed as dead");
          check(Integer.valueOf(i).equals(reply), "reply " + reply + " to ask " + i);
          answered++;
        } catch (ActorDeadException e) {
          deadYet = true;
          dead++;
        }
      }
    }
    if (stop != null) {
      check(stop.get(BOUND), "the stop of a live actor gave false");
    }
    await(mortal.ended, "the crowded actor's end");
    check(mortal.onStops.get() == 1, "onStop ran " + mortal.onStops + " times");
    checkGone(ref);
    stats.add("messages: ask", answered + dead);
    stats.add("crowded stop: asks answered", answered);
    stats.add("crowded stop: asks answered with ActorDeadException", dead);
    stats.count("actors ended: " + (stop != null ? "STOP_ASYNC" : "STOP_FROM_INSIDE"));
  }

  /**
   * An actor stuck in a message: a timed ask times out, the stop waits, and all completes later.
   */
  void hang(Sender me, Random random) {
    Mortal mortal = new Mortal();
    ActorRef<Actor> ref = start(randomRuntime(random), mortal);
    ref.tell("hang");
    await(mortal.hanging, "the hanging message to begin");
    try {
      ref.ask("are you there?", Duration.ofMillis(2));
      throw new AssertionError("an ask of a hanging actor was answered");
    } catch (TimeoutException expected) {
      stats.count("timeouts seen (expected)");
    }
    Future<Object> later = ref.askAsync("later");
    Future<Boolean> stop = ref.stopAsync();
    try {
      stop.get(Duration.ZERO);
      throw new AssertionError("a hanging actor stopped");
    } catch (TimeoutException expected) {
      stats.count("timeouts seen (expected)");
    }
    mortal.release.countDown();
    check(stop.get(BOUND), "the stop of a live actor gave false");
    check("later".equals(later.get(BOUND)), "an ask queued behind the hang was not answered");
    checkGone(ref);
    stats.count("actors ended: STOP_ASYNC");
  }

  /** A blocking ask of an actor to itself fails with DeadlockException; the actor lives on. */
  void selfAsk(Sender me, Random random) {
    Mortal mortal = new Mortal();
    ActorRef<Actor> ref = start(randomRuntime(random), mortal);
    stats.count("failures injected: ask");
    try {
      ref.ask("ask yourself", BOUND);
      throw new AssertionError("an actor's ask of itself was answered");
    } catch (DeadlockException expected) {
      stats.count("deadlocks detected (expected)");
    }
    check(ref.isAlive(), "a self-ask killed the actor");
    check(ref.stop(BOUND), "stop() of a live actor returned false");
    checkGone(ref);
    stats.count("actors ended: STOP");
  }

  /** Derived futures of replies, a future set from another thread, a completable future. */
  void futures(Sender me, Random random) {
    Hub hub = hubs.get(random.nextInt(hubs.size()));
    Future<Object> list = hub.ref.askAsync(List.of(1, 2, 3));
    Future<Object> word = hub.ref.askAsync("word");
    check(Integer.valueOf(3).equals(list.map(v -> ((List<?>) v).size()).get(BOUND)), "map");
    check(List.of(2, 3).equals(list.<Integer>filter(x -> x > 1).get(BOUND)), "filter");
    check(Integer.valueOf(6).equals(list.<Integer>reduce((x, y) -> x + y).get(BOUND)), "reduce");
    check(List.of(List.of(1, 2, 3), "word").equals(list.join(word).get(BOUND)), "join");
    check(
        List.of(List.of(1, 2, 3), "word").equals(Future.getAll(List.of(list, word), BOUND)),
        "getAll");
    ThreadingFuture<Integer> set = new ThreadingFuture<>();
    Thread.ofVirtual().start(() -> set.set(42));
    check(Integer.valueOf(42).equals(set.get(BOUND)), "a future set from another thread");
    ThreadingFuture<Integer> hooked = new ThreadingFuture<>();
    CompletableFuture<Integer> completable = hooked.toCompletableFuture();
    hooked.setGetHook(timeout -> 7);
    try {
      check(
          Integer.valueOf(7).equals(completable.get(BOUND.toSeconds(), TimeUnit.SECONDS)),
          "completable");
    } catch (Exception e) {
      throw new AssertionError("a completable future of a hooked future: " + e, e);
    }
    stats.add("messages: ask", 2);
    stats.count("futures: rounds");
  }

  /** Lookups agree with the hubs' refs; a broadcast to one runtime's class. */
  void registry(Sender me, Random random) {
    List<ActorRef<?>> all = ActorRegistry.getAll();
    check(new HashSet<>(all).size() == all.size(), "getAll() listed a ref twice");
    for (Hub hub : hubs) {
      check(
          ActorRegistry.getByUrn(hub.ref.actorUrn()).orElse(null) == hub.ref, "getByUrn of a hub");
      check(
          ActorRegistry.getByClass(hub.ref.actorClass()).contains(hub.ref), "getByClass of a hub");
    }
    Class<? extends Actor> target =
        random.nextBoolean() ? SoakActors.OnThreads.class : SoakActors.OnVirtualThreads.class;
    ActorRegistry.broadcast("ping", target);
    stats.count("registry: lookups and broadcasts");
    stats.max("registry: max size seen", all.size());
  }

  private ActorRef<Actor> start(ActorRuntime runtime, Mortal mortal) {
    ActorRef<Actor> ref = SoakActors.create(runtime, mortal).start();
    stats.count("actors started: " + runtime);
    return ref;
  }

  private void checkGone(ActorRef<Actor> ref) {
    check(!ref.isAlive(), ref + " is alive after its end");
    check(ActorRegistry.getByUrn(ref.actorUrn()).isEmpty(), ref + " is registered after its end");
  }

  private static ActorRuntime randomRuntime(Random random) {
    return ActorRuntime.values()[random.nextInt(ActorRuntime.values().length)];
  }

  private static Throwable randomThrowable(Random random) {
    return switch (random.nextInt(4)) {
      case 0 -> new IllegalStateException("injected");
      case 1 -> new IOException("injected, checked");
      case 2 -> new AssertionError("injected error");
      default -> new Throwable("injected raw throwable");
    };
  }

  /** The reply fails with {@code thrown}: itself if unchecked or an Error, else wrapped. */
  private static void checkFailedWith(Future<Object> reply, Throwable thrown) {
    try {
      Object value = reply.get(BOUND);
      throw new AssertionError("a failing call was answered with " + value);
    } catch (CompletionException e) {
      check(
          !(thrown instanceof RuntimeException || thrown instanceof Error),
          "an unchecked throwable came back wrapped");
      check(
          e.getCause() == thrown, "a failing call failed with " + e.getCause() + ", not " + thrown);
    } catch (RuntimeException | Error e) {
      if (e instanceof AssertionError a && a != thrown) {
        throw a;
      }
      check(e == thrown, "a failing call failed with " + e + ", not " + thrown);
    }
  }

  private static void await(CountDownLatch latch, String what) {
    try {
      check(latch.await(BOUND.toSeconds(), TimeUnit.SECONDS), "waited " + BOUND + " for " + what);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted waiting for " + what, e);
    }
  }

  static void check(boolean ok, String what) {
    if (!ok) {
      throw new AssertionError(what);
    }
  }

  @SuppressWarnings("unchecked")
  static <T extends Throwable> RuntimeException sneaky(Throwable t) throws T {
    throw (T) t;
  }
}
