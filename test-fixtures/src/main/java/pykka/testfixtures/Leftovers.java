package pykka.testfixtures;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What starting and ending many actors may leave behind in the JVM: platform threads and heap. For
 * the tests and soaks that check that nothing is left.
 *
 * <p>Thread-safe: every method may be called from any thread.
 */
public final class Leftovers {

  private Leftovers() {}

  /**
   * The platform threads alive now, but for those the JDK starts on demand for virtual threads: the
   * scheduler's carrier threads ({@code ForkJoinPool-1-worker-1}, ...) and its helpers ({@code
   * VirtualThread-unparker}, {@code VirtualThread-unblocker}).
   *
   * @return a new set of those threads
   */
  public static Set<Thread> platformThreads() {
    Set<Thread> threads = new HashSet<>();
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      if (t.isAlive() && !isJdkVirtualThreadSupport(t)) {
        threads.add(t);
      }
    }
    return threads;
  }

  /**
   * The names of the {@link #platformThreads} alive now that were not in {@code before}, waiting
   * until there are none or {@code deadline} passes: a thread that has run its last line of code
   * ends a moment later.
   *
   * @param before the threads to leave out, such as those alive before a test
   * @param deadline when to stop waiting, in {@link System#nanoTime()}'s terms
   * @param ignored threads to leave out as well, such as a soak's own workers
   * @return the names of the new threads still alive at the deadline; empty if none
   */
  public static Set<String> newPlatformThreads(
      Set<Thread> before, long deadline, Predicate<? super Thread> ignored) {
    while (true) {
      Set<String> extra = new HashSet<>();
      for (Thread t : platformThreads()) {
        if (!before.contains(t) && !ignored.test(t)) {
          extra.add(t.getName());
        }
      }
      if (extra.isEmpty() || System.nanoTime() - deadline > 0) {
        return extra;
      }
      Thread.yield();
    }
  }

  /**
   * The heap in use after garbage collection: the least of a few readings.
   *
   * @return bytes in use
   */
  public static long usedHeapAfterGc() {
    Runtime rt = Runtime.getRuntime();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      System.gc();
      used = Math.min(used, rt.totalMemory() - rt.freeMemory());
    }
    return used;
  }

  private static boolean isJdkVirtualThreadSupport(Thread t) {
    String name = t.getName();
    return t.isDaemon() && (name.startsWith("ForkJoinPool-") || name.startsWith("VirtualThread-"));
  }
}
