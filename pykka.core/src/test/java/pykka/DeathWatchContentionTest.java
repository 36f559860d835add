package pykka;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import pykka.testfixtures.ActorRuntime;
import pykka.testfixtures.Await;
import pykka.testfixtures.BothRuntimes;

/** Rules S3 and S4 of docs/supervision.md under contention: many watchers, many deaths, races. */
@BothRuntimes
final class DeathWatchContentionTest {

  private static final Duration BOUND = Duration.ofSeconds(Await.SECONDS);

  private final ActorRuntime runtime;

  DeathWatchContentionTest(ActorRuntime runtime) {
    this.runtime = runtime;
  }

  @AfterEach
  void stopEveryActor() {
    ActorRegistry.stopAll(BOUND);
  }

  private ActorRef<Actor> echo() {
    return Actors.start(runtime, (self, message) -> message);
  }

  // Rule S3: each of many watchers hears of one death exactly once.
  @Test
  void manyWatchersOfOneActorEachHearOfItsDeathExactlyOnce() {
    ActorRef<Actor> watched = echo();
    List<Watching> watchers = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      Watching watcher = Watching.start(runtime);
      watcher.watch(watched);
      watchers.add(watcher);
    }
    watched.stop();
    watched.termination().get(BOUND);
    for (Watching watcher : watchers) {
      assertThat(watcher.handled()).hasSize(1);
    }
  }

  // Rule S3: one watcher hears of each of many deaths, stopped from several threads, once.
  @Test
  void oneWatcherOfManyActorsHearsOfEachDeathExactlyOnce() throws Exception {
    Watching watcher = Watching.start(runtime);
    List<ActorRef<Actor>> watched = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      ActorRef<Actor> ref = echo();
      watcher.watch(ref);
      watched.add(ref);
    }
    ExecutorService stoppers = Executors.newFixedThreadPool(4);
    try {
      List<CompletableFuture<Void>> done = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int first = t;
        done.add(
            CompletableFuture.runAsync(
                () -> {
                  for (int i = first; i < watched.size(); i += 4) {
                    watched.get(i).stop();
                  }
                },
                stoppers));
      }
      for (CompletableFuture<Void> f : done) {
        f.join();
      }
    } finally {
      stoppers.shutdown();
    }
    for (ActorRef<Actor> ref : watched) {
      ref.termination().get(BOUND);
    }
    List<Watching.Notice> notices = watcher.handled();
    Set<ActorRef<?>> heardOf = new HashSet<>();
    notices.forEach(n -> heardOf.add(n.termination().actor()));
    assertThat(notices).hasSize(watched.size());
    assertThat(heardOf).containsExactlyInAnyOrderElementsOf(watched);
  }

  // Rule S3: a watch racing the watched actor's death is notified exactly once, never twice.
  @Test
  void aWatchRacingTheDeathOfTheWatchedActorIsNotifiedExactlyOnce() {
    Watching watcher = Watching.start(runtime);
    for (int round = 0; round < 300; round++) {
      ActorRef<Actor> watched = echo();
      CountDownLatch go = new CountDownLatch(1);
      Thread stopper =
          Thread.ofPlatform()
              .start(
                  () -> {
                    Await.on(go);
                    watched.stop();
                  });
      Future<Object> watchDone =
          watcher.ref.askAsync(
              (Watching.Step)
                  self -> {
                    go.countDown();
                    self.watch(watched);
                    return null;
                  });
      // The watch has run (a notice it queued is queued), and so has the death (its notices are).
      watchDone.get(BOUND);
      watched.termination().get(BOUND);
      Await.until(() -> !stopper.isAlive());
      List<Watching.Notice> notices = watcher.handled();
      assertThat(notices).as("round %d", round).hasSize(1);
      watcher.notices.clear();
    }
  }

  // Rule S4: an unwatch after a watch racing the death leaves no notice, even one already queued.
  @Test
  void anUnwatchAfterAWatchRacingTheDeathLeavesNoNotice() {
    Watching watcher = Watching.start(runtime);
    for (int round = 0; round < 300; round++) {
      ActorRef<Actor> watched = echo();
      CountDownLatch go = new CountDownLatch(1);
      boolean waitForTheNotice = round % 2 == 0;
      Thread.ofPlatform()
          .start(
              () -> {
                Await.on(go);
                watched.stop();
              });
      Future<Object> stepDone =
          watcher.ref.askAsync(
              (Watching.Step)
                  self -> {
                    self.watch(watched);
                    go.countDown();
                    if (waitForTheNotice) {
                      watched.termination().get(BOUND); // the notice is surely queued
                    }
                    self.unwatch(watched);
                    return null;
                  });
      stepDone.get(BOUND);
      watched.termination().get(BOUND);
      assertThat(watcher.handled()).as("round %d", round).isEmpty();
    }
  }

  // Rule S4: many short-lived watchers of one long-lived actor, dying while it lives, leak nothing.
  @Test
  void shortLivedWatchersOfALongLivedActorLeaveNoReferenceToThemselvesBehind() {
    ActorRef<Actor> watched = echo();
    for (int batch = 0; batch < 10; batch++) {
      List<Watching> watchers = new ArrayList<>();
      for (int i = 0; i < 30; i++) {
        Watching watcher = Watching.start(runtime);
        watcher.watch(watched);
        watchers.add(watcher);
      }
      assertThat(DeathWatch.watchersOf(watched.actor())).isEqualTo(30);
      for (Watching watcher : watchers) {
        watcher.ref.stopAsync();
      }
      for (Watching watcher : watchers) {
        watcher.ref.termination().get(BOUND);
      }
      assertThat(DeathWatch.watchersOf(watched.actor())).isZero();
    }
  }
}
