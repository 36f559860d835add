package pykka;

import static org.assertj.core.api.Assertions.assertThat;
import static pykka.Script.script;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pykka.testfixtures.ActorRuntime;
import pykka.testfixtures.Await;
import pykka.testfixtures.BothRuntimes;

/**
 * Rules 26 to 29 of docs/behaviour.md under contention: threads start and stop actors, unregister
 * and register them again, look them up, broadcast to them and stop them all, at the same time. No
 * call throws, every lookup is consistent with what the caller itself did, each actor's {@code
 * onStop} runs once however many stops race, and the registry ends empty.
 *
 * <p>ActorRegistryTest checks starts, stops and lookups from many threads; this test adds explicit
 * register and unregister, broadcasts, snapshot consistency and concurrent {@code stopAll}s.
 */
@BothRuntimes
final class RegistryContentionTest {

  private static final Duration BOUND = Duration.ofSeconds(Await.SECONDS);

  private final ActorRuntime runtime;

  /** Everything that went wrong on a worker thread. */
  private final ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();

  /** How many times each actor's onStop ran, by URN. */
  private final Map<String, AtomicInteger> onStops = new ConcurrentHashMap<>();

  RegistryContentionTest(ActorRuntime runtime) {
    this.runtime = runtime;
  }

  @BeforeEach
  void startFromAnEmptyRegistry() {
    ActorRegistry.stopAll(BOUND);
    assertThat(ActorRegistry.getAll()).isEmpty();
  }

  @AfterEach
  void stopEveryActor() {
    ActorRegistry.stopAll(BOUND);
  }

  /** An actor that ignores messages and counts its onStop runs. */
  private Script counted() {
    return script()
        .onReceive((self, message) -> null)
        .onStop(
            self ->
                onStops
                    .computeIfAbsent(self.actorUrn(), urn -> new AtomicInteger())
                    .incrementAndGet());
  }

  /** Runs {@code body} on a new thread once {@code go} opens, recording what it throws. */
  private Thread worker(CountDownLatch go, ThrowingRunnable body) {
    return Thread.ofPlatform()
        .daemon()
        .start(
            () -> {
              try {
                Await.on(go);
                body.run();
              } catch (Throwable e) {
                failures.add(e);
              }
            });
  }

  @FunctionalInterface
  private interface ThrowingRunnable {
    void run() throws Exception;
  }

  @Test
  void registerUnregisterLookupsAndBroadcastsFromManyThreadsLeaveTheRegistryConsistent()
      throws Exception {
    int starters = 2;
    int startsEach = 120;
    // Which starter started each ref, and as its how-manieth: a starter registers its refs one
    // after another, so every snapshot must list them in that order.
    Map<ActorRef<?>, int[]> startedBy = new ConcurrentHashMap<>();
    List<ActorRef<Actor>> everyRef = new ArrayList<>();
    List<ActorRef<Actor>> reRegistered = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      reRegistered.add(Actors.start(runtime, counted()));
    }
    everyRef.addAll(reRegistered);
    List<List<ActorRef<Actor>>> startedLists = new ArrayList<>();
    AtomicInteger startersLeft = new AtomicInteger(starters);
    AtomicBoolean startersDone = new AtomicBoolean();
    CountDownLatch go = new CountDownLatch(1);
    List<Thread> threads = new ArrayList<>();

    for (int s = 0; s < starters; s++) {
      int starter = s;
      List<ActorRef<Actor>> mine = new ArrayList<>();
      startedLists.add(mine);
      threads.add(
          worker(
              go,
              () -> {
                try {
                  for (int i = 0; i < startsEach; i++) {
                    Actor actor =
                        i % 2 == 0
                            ? Actors.create(runtime, counted())
                            : Actors.createChild(runtime, counted());
                    startedBy.put(actor.actorRef(), new int[] {starter, i});
                    ActorRef<Actor> ref = actor.start();
                    mine.add(ref);
                    assertThat(ActorRegistry.getByUrn(ref.actorUrn())).containsSame(ref);
                    ref.tell("hello");
                    if (i % 3 == 2) {
                      ActorRef<Actor> earlier = mine.get(i - 1);
                      assertThat(earlier.stop(BOUND)).isTrue();
                      assertThat(ActorRegistry.getByUrn(earlier.actorUrn())).isEmpty();
                      assertThat(ActorRegistry.getAll()).doesNotContain(earlier);
                    }
                  }
                } finally {
                  if (startersLeft.decrementAndGet() == 0) {
                    startersDone.set(true);
                  }
                }
              }));
    }
    threads.add(
        worker(
            go,
            () -> {
              for (int round = 0; !startersDone.get() || round < 50; round++) {
                ActorRef<Actor> ref = reRegistered.get(round % reRegistered.size());
                ActorRegistry.unregister(ref);
                assertThat(ActorRegistry.getByUrn(ref.actorUrn())).isEmpty();
                assertThat(
                        List.<ActorRef<?>>copyOf(
                            ActorRegistry.getByClass(Actors.actorClass(runtime))))
                    .doesNotContain(ref);
                ActorRegistry.register(ref);
                ActorRegistry.register(ref); // a second register is a no-op
                assertThat(ActorRegistry.getByUrn(ref.actorUrn())).containsSame(ref);
                assertThat(ActorRegistry.getAll()).containsOnlyOnce(ref);
              }
            }));
    threads.add(
        worker(
            go,
            () -> {
              for (int round = 0; !startersDone.get() || round < 50; round++) {
                assertSnapshotIsConsistent(ActorRegistry.getAll(), startedBy);
                for (ActorRef<?> ref : ActorRegistry.getByClass(Actors.childClass(runtime))) {
                  assertThat(ref.actorClass()).isSameAs(Actors.childClass(runtime));
                }
                for (ActorRef<?> ref :
                    ActorRegistry.getByClassName(Actors.actorClass(runtime).getSimpleName())) {
                  assertThat(ref.actorClass()).isSameAs(Actors.actorClass(runtime));
                }
              }
            }));
    threads.add(
        worker(
            go,
            () -> {
              for (int round = 0; !startersDone.get() || round < 50; round++) {
                switch (round % 3) {
                  case 0 -> ActorRegistry.broadcast("to everyone");
                  case 1 -> ActorRegistry.broadcast("to the class", Actors.actorClass(runtime));
                  default ->
                      ActorRegistry.broadcast(
                          "to the name", Actors.childClass(runtime).getSimpleName());
                }
              }
            }));

    go.countDown();
    for (Thread t : threads) {
      t.join();
    }

    assertThat(failures).isEmpty();
    startedLists.forEach(everyRef::addAll);
    Set<ActorRef<?>> alive = new HashSet<>();
    for (ActorRef<Actor> ref : everyRef) {
      if (ref.isAlive()) {
        alive.add(ref);
      }
    }
    assertThat(alive).hasSize(reRegistered.size() + starters * (startsEach - startsEach / 3));
    assertThat(ActorRegistry.getAll()).containsExactlyInAnyOrderElementsOf(alive);
    for (ActorRef<?> ref : alive) {
      assertThat(ActorRegistry.getByUrn(ref.actorUrn())).containsSame(ref);
    }
    ActorRegistry.stopAll(BOUND);
    assertThat(ActorRegistry.getAll()).isEmpty();
    assertThat(everyRef).noneMatch(ActorRef::isAlive);
    assertThat(onStops)
        .hasSize(everyRef.size())
        .allSatisfy((urn, runs) -> assertThat(runs).hasValue(1));
  }

  /**
   * A snapshot lists each ref once, each ref found by its URN is that ref (or gone since), and each
   * starter's refs appear in the order it started them.
   */
  private static void assertSnapshotIsConsistent(
      List<ActorRef<?>> snapshot, Map<ActorRef<?>, int[]> startedBy) {
    assertThat(new HashSet<>(snapshot)).hasSameSizeAs(snapshot);
    Map<Integer, Integer> lastIndexOfStarter = new ConcurrentHashMap<>();
    for (ActorRef<?> ref : snapshot) {
      Optional<ActorRef<?>> byUrn = ActorRegistry.getByUrn(ref.actorUrn());
      byUrn.ifPresent(found -> assertThat(found).isSameAs(ref));
      int[] origin = startedBy.get(ref);
      if (origin != null) {
        Integer before = lastIndexOfStarter.put(origin[0], origin[1]);
        if (before != null) {
          assertThat(origin[1])
              .as("starter %d's refs out of order", origin[0])
              .isGreaterThan(before);
        }
      }
    }
  }

  @Test
  void stopAllsRacingEachOtherAndNewStartsStopEveryActorOnceAndLeaveTheRegistryEmpty()
      throws Exception {
    List<ActorRef<Actor>> before = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      before.add(Actors.start(runtime, counted()));
    }
    // An actor that runs stopAll from inside, while others run it from outside.
    ActorRef<Actor> insider =
        Actors.start(runtime, counted().onReceive((self, message) -> ActorRegistry.stopAll()));
    before.add(insider);
    ConcurrentLinkedQueue<ActorRef<Actor>> startedDuring = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<Object> results = new ConcurrentLinkedQueue<>();
    CountDownLatch go = new CountDownLatch(1);
    List<Thread> threads = new ArrayList<>();
    threads.add(worker(go, () -> results.addAll(ActorRegistry.stopAll())));
    threads.add(worker(go, () -> results.addAll(ActorRegistry.stopAll(BOUND))));
    threads.add(
        worker(
            go,
            () -> {
              for (Future<Boolean> stop : ActorRegistry.stopAllAsync()) {
                results.add(stop.get(BOUND));
              }
            }));
    threads.add(worker(go, () -> results.add(insider.askAsync("stop everyone"))));
    threads.add(
        worker(
            go,
            () -> {
              for (int i = 0; i < 60; i++) {
                ActorRef<Actor> ref = Actors.start(runtime, counted());
                startedDuring.add(ref);
                try {
                  ref.tell("hello");
                } catch (ActorDeadException stoppedAlready) {
                  // a stopAll that began after this start may have stopped it: fine
                }
              }
            }));

    go.countDown();
    for (Thread t : threads) {
      t.join();
    }

    assertThat(failures).isEmpty();
    for (Object result : results) {
      Object value = result;
      if (result instanceof Future<?> fromInside) {
        try {
          value = fromInside.get(BOUND);
        } catch (ActorDeadException stoppedBeforeItsTurn) {
          continue; // another stopAll stopped the insider before it handled the message
        }
      }
      if (value instanceof List<?> list) {
        assertThat(list).allMatch(Boolean.class::isInstance);
      } else {
        assertThat(value).isInstanceOf(Boolean.class);
      }
    }
    assertThat(before).noneMatch(ActorRef::isAlive);
    ActorRegistry.stopAll(BOUND);
    assertThat(ActorRegistry.getAll()).isEmpty();
    assertThat(startedDuring).noneMatch(ActorRef::isAlive);
    assertThat(onStops)
        .hasSize(before.size() + startedDuring.size())
        .allSatisfy((urn, runs) -> assertThat(runs).hasValue(1));
  }
}
