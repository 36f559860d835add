package pykka;

import static org.assertj.core.api.Assertions.assertThat;
import static pykka.Script.script;

import java.lang.ref.WeakReference;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import pykka.testfixtures.ActorRuntime;
import pykka.testfixtures.Await;
import pykka.testfixtures.BothRuntimes;
import pykka.testfixtures.Leftovers;
import pykka.testfixtures.RecordingLogProvider;

/**
 * Thousands of actors started, used and stopped in a loop, by every way an actor can end ({@code
 * ref.stop()}, {@code stopAsync()}, {@code Actor.stop()} from inside, a failing tell): nothing is
 * left behind. Every thread an actor ran on terminates, the platform threads are back to those that
 * were there before (the JDK's carrier threads for virtual threads aside), the registry is empty,
 * no actor stays reachable, and the heap is back near where it started.
 *
 * <p>Each actor holds a payload, so that leaked actors would show in the heap; the weak references
 * are the precise check, the heap the coarse one, with a generous bound.
 */
@BothRuntimes
final class ActorChurnTest {

  private static final Duration BOUND = Duration.ofSeconds(Await.SECONDS);
  private static final int ACTORS = 2_000;
  private static final int BATCH = 100;
  private static final int PAYLOAD_BYTES = 16 * 1024;

  /** A quarter of what the payloads alone would take if every actor leaked. */
  private static final long HEAP_GROWTH_BOUND = (long) ACTORS * PAYLOAD_BYTES / 4;

  private final ActorRuntime runtime;

  ActorChurnTest(ActorRuntime runtime) {
    this.runtime = runtime;
  }

  @AfterEach
  void stopEveryActor() {
    ActorRegistry.stopAll(BOUND);
  }

  @Test
  void thousandsOfActorsStartedAndStoppedLeaveNoThreadNoRegistryEntryAndNoHeapBehind()
      throws Exception {
    ActorRegistry.stopAll(BOUND);
    RecordingLogProvider.clear(); // it keeps records at INFO and above; the failures below add some
    Set<Thread> platformBefore = Leftovers.platformThreads();
    long heapBefore = Leftovers.usedHeapAfterGc();

    Set<Thread> actorThreads = ConcurrentHashMap.newKeySet();
    List<WeakReference<Actor>> actors = new ArrayList<>();
    for (int first = 0; first < ACTORS; first += BATCH) {
      churnOneBatch(first, actorThreads, actors);
    }

    assertThat(ActorRegistry.getAll()).isEmpty();
    long deadline = System.nanoTime() + BOUND.toNanos();
    for (Thread t : actorThreads) {
      t.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
    }
    assertThat(actorThreads).as("actor threads still alive").noneMatch(Thread::isAlive);
    int actorThreadCount = actorThreads.size();
    actorThreads.clear();
    assertThat(Leftovers.newPlatformThreads(platformBefore, deadline, t -> false))
        .as("platform threads started since the first actor and still alive")
        .isEmpty();
    assertThat(actorThreadCount).isGreaterThanOrEqualTo(ACTORS);

    RecordingLogProvider.clear();
    long heapAfter = Leftovers.usedHeapAfterGc();
    for (int gc = 0; gc < 10 && actors.stream().anyMatch(w -> w.get() != null); gc++) {
      System.gc();
    }
    assertThat(actors).as("actors still reachable").allMatch(w -> w.get() == null);
    assertThat(heapAfter - heapBefore)
        .as("heap growth in bytes (before %d, after %d)", heapBefore, heapAfter)
        .isLessThan(HEAP_GROWTH_BOUND);
  }

  /**
   * Starts {@link #BATCH} actors, sends each a tell and an ask, and ends each in one of four ways.
   */
  private void churnOneBatch(
      int first, Set<Thread> actorThreads, List<WeakReference<Actor>> actors) {
    CountDownLatch ended = new CountDownLatch(BATCH);
    List<ActorRef<Actor>> refs = new ArrayList<>();
    for (int i = 0; i < BATCH; i++) {
      byte[] payload = new byte[PAYLOAD_BYTES];
      Actor actor =
          Actors.create(
              runtime,
              script()
                  .onStart(self -> actorThreads.add(Thread.currentThread()))
                  .onReceive(
                      (self, message) -> {
                        actorThreads.add(Thread.currentThread());
                        switch (String.valueOf(message)) {
                          case "fail" -> throw new IllegalStateException("ends this actor");
                          case "stop yourself" -> self.stop();
                          default -> {}
                        }
                        return payload.length;
                      })
                  .onStop(
                      self -> {
                        actorThreads.add(Thread.currentThread());
                        ended.countDown();
                      })
                  .onFailure(
                      (self, failure) -> {
                        actorThreads.add(Thread.currentThread());
                        ended.countDown();
                      }));
      actors.add(new WeakReference<>(actor));
      refs.add(actor.start());
    }
    List<Future<Object>> asks = new ArrayList<>();
    for (ActorRef<Actor> ref : refs) {
      ref.tell("hello");
      asks.add(ref.askAsync("how big"));
    }
    assertThat(Future.getAll(asks, BOUND)).containsOnly(PAYLOAD_BYTES).hasSize(BATCH);
    List<Future<Boolean>> stops = new ArrayList<>();
    for (int i = 0; i < BATCH; i++) {
      ActorRef<Actor> ref = refs.get(i);
      switch ((first + i) % 4) {
        case 0 -> assertThat(ref.stop(BOUND)).isTrue();
        case 1 -> stops.add(ref.stopAsync());
        case 2 -> ref.tell("stop yourself");
        default -> ref.tell("fail");
      }
    }
    Await.on(ended);
    for (Future<Boolean> stop : stops) {
      assertThat(stop.get(BOUND)).isTrue();
    }
    for (ActorRef<Actor> ref : refs) {
      assertThat(ref.isAlive()).isFalse();
      assertThat(ActorRegistry.getByUrn(ref.actorUrn())).isEmpty();
    }
  }
}
