package pykka.benchmarks.memory;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import pykka.ActorRef;
import pykka.VirtualThreadActor;

/**
 * Heap held per long-lived actor when each one is made among many short-lived ones: it keeps one
 * actor for every {@code between + 1} it makes and ends the others, then divides the used heap
 * after full collections, after against before, by the actors kept. This is the worst case of the
 * table of live actors, whose page of consecutive actor numbers lives as long as any of its actors.
 *
 * <p>Run: {@code java -cp benchmarks.jar pykka.benchmarks.memory.SparseLiveActors 2000 1023}
 * (actors kept, actors made and ended between two kept ones).
 */
public final class SparseLiveActors {

  private SparseLiveActors() {}

  /** The smallest virtual-thread actor. */
  private static final class Idle extends VirtualThreadActor {}

  /**
   * Runs it and prints the heap per kept actor.
   *
   * @param args actors kept, and actors made and ended between two kept ones
   * @throws Exception if an actor does not end
   */
  public static void main(String[] args) throws Exception {
    int kept = Integer.parseInt(args[0]);
    int between = Integer.parseInt(args[1]);
    new Idle().start().stop(); // load the classes before measuring
    List<ActorRef<?>> keep = new ArrayList<>(kept);
    long before = settledHeap();
    for (int k = 0; k < kept; k++) {
      keep.add(new Idle().start());
      List<ActorRef<?>> batch = new ArrayList<>(between);
      for (int i = 0; i < between; i++) {
        batch.add(new Idle().start());
      }
      for (ActorRef<?> ref : batch) {
        ref.stopAsync();
      }
      for (ActorRef<?> ref : batch) {
        ref.termination().get();
      }
    }
    long after = settledHeap();
    System.out.printf(
        "%d actors kept, one for every %d made: %.0f B of heap per kept actor%n",
        kept, between + 1, (after - before) / (double) kept);
    for (ActorRef<?> ref : keep) {
      ref.stop();
    }
  }

  private static long settledHeap() throws InterruptedException {
    long previous = Long.MAX_VALUE;
    for (int i = 0; i < 10; i++) {
      System.gc();
      long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
      if (used >= previous - 1024) {
        return Math.min(used, previous);
      }
      previous = used;
      Thread.sleep(50); // let ending virtual threads finish before the next look
    }
    return previous;
  }
}
