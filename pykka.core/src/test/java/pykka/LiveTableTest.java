package pykka;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import pykka.testfixtures.ActorRuntime;
import pykka.testfixtures.Await;
import pykka.testfixtures.BothRuntimes;

/**
 * The table of live actors behind {@link ActorRegistry} and {@link RunningActors}: pages of 16
 * actor numbers that retire when their last actor leaves. Every live actor is found by its URN and
 * listed exactly once, whatever starts and ends around it, and an actor is gone from the table once
 * its termination is known.
 */
@BothRuntimes
final class LiveTableTest {

  private static final Duration BOUND = Duration.ofSeconds(Await.SECONDS);
  private static final int PAGE = 16;

  private final ActorRuntime runtime;

  LiveTableTest(ActorRuntime runtime) {
    this.runtime = runtime;
  }

  @AfterEach
  void stopEveryActor() {
    ActorRegistry.stopAll(BOUND);
  }

  @Test
  void anActorMadeBeforeItsPageEmptiedIsFoundOnceStartedAndGoneOnceEnded() throws Exception {
    Actor early = Actors.create(runtime, Script.script());
    // Fill and empty the rest of the early actor's page and the next one: that page retires.
    List<ActorRef<Actor>> others = new ArrayList<>();
    for (int i = 0; i < 2 * PAGE; i++) {
      others.add(Actors.create(runtime, Script.script()).start());
    }
    for (ActorRef<Actor> other : others) {
      other.stopAsync();
    }
    for (ActorRef<Actor> other : others) {
      other.termination().get(BOUND);
      assertThat(ActorRegistry.getByUrn(other.actorUrn())).isEmpty();
    }

    ActorRef<Actor> ref = early.start();

    assertThat(ActorRegistry.getByUrn(ref.actorUrn())).containsSame(ref);
    assertThat(RunningActors.find(ref)).isPresent();
    assertThat(RunningActors.list().stream().filter(a -> a.ref() == ref)).hasSize(1);
    ref.stop();
    ref.termination().get(BOUND);
    assertThat(ActorRegistry.getByUrn(ref.actorUrn())).isEmpty();
    assertThat(RunningActors.find(ref)).isEmpty();
  }

  @Test
  void aUrnThatDiffersFromALiveActorsInOneDigitFindsNothing() {
    ActorRef<Actor> ref = Actors.create(runtime, Script.script()).start();
    String urn = ref.actorUrn();
    for (int i = "urn:uuid:".length(); i < urn.length(); i++) {
      char c = urn.charAt(i);
      if (c == '-') {
        continue;
      }
      char other = c == '0' ? '1' : '0';
      String forged = urn.substring(0, i) + other + urn.substring(i + 1);
      assertThat(ActorRegistry.getByUrn(forged)).as(forged).isEmpty();
    }
    assertThat(ActorRegistry.getByUrn(urn)).containsSame(ref);
  }

  @Test
  void manyThreadsStartingAndEndingActorsLeaveEveryLiveActorFoundAndListedOnce() throws Exception {
    int threads = 8;
    int perThread = 1_500;
    CountDownLatch go = new CountDownLatch(1);
    AtomicBoolean churning = new AtomicBoolean(true);
    ConcurrentLinkedQueue<ActorRef<Actor>> kept = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<ActorRef<Actor>> ended = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
    AtomicInteger passes = new AtomicInteger();
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      workers.add(
          Thread.ofPlatform()
              .start(
                  () -> {
                    try {
                      go.await();
                      List<ActorRef<Actor>> batch = new ArrayList<>();
                      for (int i = 0; i < perThread; i++) {
                        ActorRef<Actor> ref = Actors.create(runtime, Script.script()).start();
                        if (i % 10 == 0) {
                          kept.add(ref);
                        } else {
                          batch.add(ref);
                        }
                        if (batch.size() == 50) {
                          endAll(batch, ended);
                        }
                      }
                      endAll(batch, ended);
                    } catch (Throwable e) {
                      failures.add(e);
                    }
                  }));
    }
    Thread reader =
        Thread.ofPlatform()
            .start(
                () -> {
                  try {
                    go.await();
                    while (churning.get()) {
                      Set<RunningActor> seen = new HashSet<>();
                      RunningActors.forEach(
                          a -> {
                            if (!seen.add(a)) {
                              failures.add(new AssertionError("listed twice: " + a.ref()));
                            }
                          });
                      for (ActorRef<Actor> ref : kept) {
                        if (ActorRegistry.getByUrn(ref.actorUrn()).orElse(null) != ref) {
                          failures.add(new AssertionError("live actor not found: " + ref));
                        }
                      }
                      passes.incrementAndGet();
                    }
                  } catch (Throwable e) {
                    failures.add(e);
                  }
                });
    go.countDown();
    for (Thread w : workers) {
      w.join(BOUND.toMillis());
    }
    churning.set(false);
    reader.join(BOUND.toMillis());

    assertThat(failures).isEmpty();
    assertThat(passes.get()).isPositive();
    assertThat(kept).hasSize(threads * perThread / 10);
    Set<ActorRef<?>> listed = new HashSet<>();
    for (RunningActor a : RunningActors.list()) {
      assertThat(listed.add(a.ref())).as("listed twice: %s", a.ref()).isTrue();
    }
    for (ActorRef<Actor> ref : kept) {
      assertThat(ActorRegistry.getByUrn(ref.actorUrn())).containsSame(ref);
      assertThat(listed).contains(ref);
    }
    for (ActorRef<Actor> ref : ended) {
      assertThat(ActorRegistry.getByUrn(ref.actorUrn())).isEmpty();
      assertThat(listed).doesNotContain(ref);
    }
    assertThat(ActorRegistry.getAll()).containsExactlyInAnyOrderElementsOf(kept);
  }

  /** Stops every actor of the batch, waits until each has ended, and empties the batch. */
  private static void endAll(
      List<ActorRef<Actor>> batch, ConcurrentLinkedQueue<ActorRef<Actor>> ended) throws Exception {
    for (ActorRef<Actor> ref : batch) {
      ref.stopAsync();
    }
    for (ActorRef<Actor> ref : batch) {
      ref.termination().get(BOUND);
      ended.add(ref);
    }
    batch.clear();
  }
}
