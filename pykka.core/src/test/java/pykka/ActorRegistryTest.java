package pykka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pykka.Script.script;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pykka.testfixtures.ActorRuntime;
import pykka.testfixtures.Await;
import pykka.testfixtures.BothRuntimes;

/** Rules 26 to 29 of docs/behaviour.md: the registry. */
@BothRuntimes
final class ActorRegistryTest {

  private static final Duration BOUND = Duration.ofSeconds(Await.SECONDS);

  private final ActorRuntime runtime;

  /** Released at the end of each test, for actors that block in onStop. */
  private final CountDownLatch gate = new CountDownLatch(1);

  ActorRegistryTest(ActorRuntime runtime) {
    this.runtime = runtime;
  }

  @BeforeEach
  void startFromAnEmptyRegistry() {
    ActorRegistry.stopAll(BOUND);
    assertThat(ActorRegistry.getAll()).isEmpty();
  }

  @AfterEach
  void stopEveryActor() {
    gate.countDown();
    ActorRegistry.stopAll(BOUND);
  }

  // Rule 26.
  @Test
  void theRegistryIsSafeToUseFromManyThreadsAtOnceAndFromInsideActors() throws Exception {
    int threads = 4;
    int actorsPerThread = 50;
    Set<String> foundThemselves = ConcurrentHashMap.newKeySet();
    ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
    Script script =
        script()
            .onStart(
                self -> {
                  if (ActorRegistry.getByUrn(self.actorUrn()).orElseThrow() == self.actorRef()
                      && ActorRegistry.getAll().contains(self.actorRef())
                      && ActorRegistry.getByClass(Actors.actorClass(runtime))
                          .contains(self.actorRef())) {
                    foundThemselves.add(self.actorUrn());
                  }
                })
            .onReceive((self, message) -> null);
    CountDownLatch go = new CountDownLatch(1);
    List<Thread> workers = new ArrayList<>();
    List<List<ActorRef<Actor>>> started = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      List<ActorRef<Actor>> mine = new ArrayList<>();
      started.add(mine);
      workers.add(
          Thread.ofPlatform()
              .start(
                  () -> {
                    try {
                      Await.on(go);
                      for (int i = 0; i < actorsPerThread; i++) {
                        mine.add(Actors.start(runtime, script));
                        ActorRegistry.getByClassName(Actors.actorClass(runtime).getSimpleName());
                        ActorRegistry.broadcast("hello", Actors.actorClass(runtime));
                        if (i % 2 == 1) {
                          mine.get(i - 1).stop(BOUND);
                        }
                      }
                    } catch (Throwable e) {
                      failures.add(e);
                    }
                  }));
    }
    go.countDown();
    for (Thread w : workers) {
      w.join();
    }

    assertThat(failures).isEmpty();
    List<ActorRef<Actor>> all = started.stream().flatMap(List::stream).toList();
    for (ActorRef<Actor> ref : all) {
      if (ref.isAlive()) {
        ref.ask("onStart has run once this is answered", BOUND);
      }
    }
    assertThat(foundThemselves).hasSize(threads * actorsPerThread);
    List<ActorRef<?>> alive =
        all.stream().filter(ActorRef::isAlive).<ActorRef<?>>map(r -> r).toList();
    assertThat(alive).hasSize(threads * actorsPerThread / 2);
    assertThat(ActorRegistry.getAll()).containsExactlyInAnyOrderElementsOf(alive);
  }

  // Rule 27.
  @Test
  void getAllListsTheRefsInRegistrationOrder() {
    List<ActorRef<?>> refs = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      refs.add(
          i % 2 == 0
              ? Actors.start(runtime, script())
              : Actors.createChild(runtime, script()).start());
    }
    refs.get(2).stop();
    refs.remove(2);

    assertThat(ActorRegistry.getAll()).containsExactlyElementsOf(refs);
  }

  // Rule 27.
  @Test
  void getByClassIncludesSubclasses() {
    ActorRef<Actor> parent = Actors.start(runtime, script());
    ActorRef<Actor> child = Actors.createChild(runtime, script()).start();

    assertThat(byClass(Actors.actorClass(runtime))).containsExactly(parent, child);
    assertThat(byClass(Actors.childClass(runtime))).containsExactly(child);
    assertThat(ActorRegistry.getByClass(Actor.class)).containsExactly(parent, child);
    assertThat(ActorRegistry.getByClass(DaemonThreadTest.DefaultVirtualActor.class)).isEmpty();
  }

  // Rule 27.
  @Test
  void getByClassNameMatchesTheSimpleNameExactlyWithoutSubclasses() {
    ActorRef<Actor> parent = Actors.start(runtime, script());
    ActorRef<Actor> child = Actors.createChild(runtime, script()).start();

    assertThat(ActorRegistry.getByClassName(Actors.actorClass(runtime).getSimpleName()))
        .containsExactly(parent);
    assertThat(ActorRegistry.getByClassName(Actors.childClass(runtime).getSimpleName()))
        .containsExactly(child);
    assertThat(ActorRegistry.getByClassName(Actors.actorClass(runtime).getName())).isEmpty();
    assertThat(ActorRegistry.getByClassName("Actor")).isEmpty();
  }

  // Rule 27.
  @Test
  void getByUrnReturnsTheRefOrEmptyWhenNoActorHasThatUrn() {
    ActorRef<Actor> ref = Actors.start(runtime, script());

    assertThat(ActorRegistry.getByUrn(ref.actorUrn())).containsSame(ref);
    assertThat(ActorRegistry.getByUrn("urn:uuid:00000000-0000-4000-8000-000000000000")).isEmpty();
    ref.stop();
    assertThat(ActorRegistry.getByUrn(ref.actorUrn())).isEmpty();
  }

  // Rule 28.
  @Test
  void broadcastTellsEveryRegisteredActorOrThoseOfAClassOrClassName() {
    ConcurrentLinkedQueue<String> received = new ConcurrentLinkedQueue<>();
    List<ActorRef<Actor>> parents = new ArrayList<>();
    List<ActorRef<Actor>> children = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      String name = "parent" + i;
      parents.add(Actors.start(runtime, (self, message) -> received.add(name + " got " + message)));
      String childName = "child" + i;
      children.add(
          Actors.createChild(
                  runtime,
                  Script.receiving((self, message) -> received.add(childName + " got " + message)))
              .start());
    }

    ActorRegistry.broadcast("to all");
    ActorRegistry.broadcast("to the class", Actors.actorClass(runtime));
    ActorRegistry.broadcast("to the name", Actors.childClass(runtime).getSimpleName());
    for (ActorRef<Actor> ref : parents) {
      ref.stop(BOUND);
    }
    for (ActorRef<Actor> ref : children) {
      ref.stop(BOUND);
    }

    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      expected.addAll(List.of("parent" + i + " got to all", "parent" + i + " got to the class"));
      expected.addAll(
          List.of(
              "child" + i + " got to all",
              "child" + i + " got to the class",
              "child" + i + " got to the name"));
    }
    assertThat(received).containsExactlyInAnyOrderElementsOf(expected);
  }

  // Rule 28 (deliberately different from Pykka): a dead target does not abort the broadcast.
  @Test
  void broadcastSkipsATargetThatDiedMeanwhileAndStillTellsTheRest() {
    ConcurrentLinkedQueue<String> received = new ConcurrentLinkedQueue<>();
    ActorRef<Actor> first = Actors.start(runtime, (self, message) -> received.add("first"));
    ActorRef<Actor> dead = Actors.start(runtime, (self, message) -> received.add("dead"));
    ActorRef<Actor> last = Actors.start(runtime, (self, message) -> received.add("last"));
    // Each broadcast looks its targets up, then tells them: the target dies in between.
    List<List<? extends ActorRef<?>>> lookups =
        List.of(
            ActorRegistry.getAll(),
            ActorRegistry.getByClass(Actors.actorClass(runtime)),
            ActorRegistry.getByClassName(Actors.actorClass(runtime).getSimpleName()));
    assertThat(lookups).allSatisfy(found -> assertThat(List.<Object>copyOf(found)).contains(dead));
    dead.stop();
    for (List<? extends ActorRef<?>> targets : lookups) {
      ActorRegistry.tellEach(targets, "hello");
    }
    first.stop(BOUND);
    last.stop(BOUND);

    assertThat(received)
        .containsExactlyInAnyOrder("first", "first", "first", "last", "last", "last");
  }

  // Rule 29.
  @Test
  void stopAllStopsTheActorsLastRegisteredFirstEachAfterThePreviousHasStopped() {
    ConcurrentLinkedQueue<String> events = new ConcurrentLinkedQueue<>();
    List<ActorRef<Actor>> refs = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      int index = i;
      refs.add(
          Actors.start(
              runtime,
              script()
                  .onStop(
                      self -> {
                        boolean laterOnesAreDead =
                            refs.subList(index + 1, refs.size()).stream()
                                .noneMatch(ActorRef::isAlive);
                        events.add("onStop " + index + " later ones dead: " + laterOnesAreDead);
                        events.add("onStop " + index + " done");
                      })));
    }

    List<Boolean> results = ActorRegistry.stopAll();

    assertThat(results).containsExactly(true, true, true, true);
    assertThat(events)
        .containsExactly(
            "onStop 3 later ones dead: true",
            "onStop 3 done",
            "onStop 2 later ones dead: true",
            "onStop 2 done",
            "onStop 1 later ones dead: true",
            "onStop 1 done",
            "onStop 0 later ones dead: true",
            "onStop 0 done");
  }

  // Rule 29.
  @Test
  void stopAllAsyncSendsEveryStopAtOnceWithoutWaitingForAny() {
    CountDownLatch inOnStop = new CountDownLatch(1);
    ActorRef<Actor> first = Actors.start(runtime, script());
    ActorRef<Actor> second = Actors.start(runtime, script());
    ActorRef<Actor> slow =
        Actors.start(
            runtime,
            script()
                .onStop(
                    self -> {
                      inOnStop.countDown();
                      Await.on(gate);
                    }));

    List<Future<Boolean>> stops = ActorRegistry.stopAllAsync();

    assertThat(stops).hasSize(3);
    Await.on(inOnStop);
    // The last registered comes first and is still in onStop, yet the others stop meanwhile.
    assertThatThrownBy(() -> stops.get(0).get(Duration.ZERO)).isInstanceOf(TimeoutException.class);
    assertThat(stops.get(1).get(BOUND)).isTrue();
    assertThat(stops.get(2).get(BOUND)).isTrue();
    assertThat(second.isAlive()).isFalse();
    assertThat(first.isAlive()).isFalse();
    gate.countDown();
    assertThat(stops.get(0).get(BOUND)).isTrue();
    assertThat(slow.isAlive()).isFalse();
  }

  // Rule 29.
  @Test
  void stopAllFromInsideAnActorDoesNotWaitForThatActorsOwnStop() {
    CountDownLatch stopped = new CountDownLatch(1);
    ActorRef<Actor> before = Actors.start(runtime, script());
    ActorRef<Actor> caller =
        Actors.start(
            runtime,
            script()
                .onReceive((self, message) -> ActorRegistry.stopAll())
                .onStop(self -> stopped.countDown()));
    ActorRef<Actor> after = Actors.start(runtime, script());

    Object results = caller.ask("stop everyone", BOUND);

    assertThat(results).isEqualTo(List.of(true, true, true));
    assertThat(after.isAlive()).isFalse();
    assertThat(before.isAlive()).isFalse();
    Await.on(stopped);
    assertThat(caller.isAlive()).isFalse();
    assertThat(ActorRegistry.getAll()).isEmpty();
  }

  // Rule 29 (deliberately different from Pykka): a timeout does not abandon the other actors.
  @Test
  void stopAllWithATimeoutStillStopsTheRestAfterOneTimesOutAndThenThrows() {
    CountDownLatch inOnStop = new CountDownLatch(1);
    ActorRef<Actor> first = Actors.start(runtime, script());
    ActorRef<Actor> slow =
        Actors.start(
            runtime,
            script()
                .onStop(
                    self -> {
                      inOnStop.countDown();
                      Await.on(gate);
                    }));
    ActorRef<Actor> last = Actors.start(runtime, script());

    assertThatThrownBy(() -> ActorRegistry.stopAll(Duration.ofMillis(200)))
        .isInstanceOf(TimeoutException.class)
        .hasMessage("0.2 seconds");

    assertThat(last.isAlive()).isFalse();
    assertThat(first.isAlive()).isFalse();
    Await.on(inOnStop);
    gate.countDown();
    assertThat(slow.stop(BOUND)).isFalse();
  }

  private static List<ActorRef<?>> byClass(Class<? extends Actor> actorClass) {
    return List.copyOf(ActorRegistry.getByClass(actorClass));
  }
}
