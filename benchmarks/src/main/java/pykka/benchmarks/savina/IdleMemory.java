package pykka.benchmarks.savina;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import pykka.benchmarks.runtime.ActorRuntime;

/**
 * Starts {@code size} idle actors, measures the heap they hold (used heap after {@code System.gc()}
 * before and after, divided by their number), then stops them all. Also reports how fast they
 * started and stopped. Run once per fresh JVM.
 */
final class IdleMemory implements Workload {

  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

  private final String label;

  IdleMemory(String label) {
    this.label = label;
  }

  @Override
  public String name() {
    return "idle";
  }

  @Override
  public boolean repeatable() {
    return false;
  }

  @Override
  public List<Metric> metrics() {
    return List.of(
        new Metric("heap per idle actor, " + label + " actors", "B", false),
        new Metric("start " + label + " idle actors", "actors/s", true),
        new Metric("stop " + label + " idle actors", "actors/s", true));
  }

  @Override
  public double[] run(ActorRuntime runtime, long size) throws Exception {
    int n = Math.toIntExact(size);
    Object[] handles = new Object[n];
    CountDownLatch started = new CountDownLatch(n);
    CountDownLatch stopped = new CountDownLatch(n);
    long before = settledHeap();
    long t0 = System.nanoTime();
    for (int i = 0; i < n; i++) {
      handles[i] = runtime.spawnIdle(started, stopped);
    }
    await(started);
    long startNanos = System.nanoTime() - t0;
    long after = settledHeap();
    long t1 = System.nanoTime();
    for (Object h : handles) {
      runtime.stopIdle(h);
    }
    await(stopped);
    long stopNanos = System.nanoTime() - t1;
    return new double[] {
      (after - before) / (double) n, Signal.perSecond(n, startNanos), Signal.perSecond(n, stopNanos)
    };
  }

  private static void await(CountDownLatch latch) throws Exception {
    if (!latch.await(Signal.TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      throw new IllegalStateException(latch.getCount() + " actors did not report in time");
    }
  }

  /** Used heap after full collections, once it has stopped shrinking (threads finishing bursts). */
  private static long settledHeap() throws InterruptedException {
    long previous = Long.MAX_VALUE;
    for (int i = 0; i < 10; i++) {
      System.gc();
      long used = MEMORY.getHeapMemoryUsage().getUsed();
      if (used >= previous - 1024) {
        return Math.min(used, previous);
      }
      previous = used;
      // Let actor threads that are finishing their start-up burst exit before the next look.
      Thread.sleep(50);
    }
    return previous;
  }
}
