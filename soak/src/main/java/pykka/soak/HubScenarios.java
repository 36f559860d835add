package pykka.soak;

import static pykka.soak.SoakChecks.BOUND;
import static pykka.soak.SoakChecks.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import pykka.Actor;
import pykka.ActorRef;
import pykka.ActorRegistry;
import pykka.Future;
import pykka.ThreadingFuture;

/**
 * The scenarios on the long-lived hubs: bursts of numbered messages by every route, futures derived
 * from their replies, and registry lookups that must agree with them. Each checks its invariants as
 * it goes, throwing {@link AssertionError} when one breaks.
 */
final class HubScenarios {

  private final List<Hub> hubs;
  private final SoakStats stats;

  HubScenarios(List<Hub> hubs, SoakStats stats) {
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
          hub.ref.tell(new Hub.Numbered(me.id, seq));
          stats.count("messages: tell");
        }
        case 1 -> {
          replies.add(hub.ref.askAsync(new Hub.Numbered(me.id, seq)));
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
              Integer.valueOf(seq).equals(hub.ref.ask(new Hub.Numbered(me.id, seq), BOUND)),
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
}
