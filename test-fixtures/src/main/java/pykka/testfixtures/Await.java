package pykka.testfixtures;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** Bounded waits for tests, so that a bug fails a test instead of hanging it. */
public final class Await {

  /** How long any single wait in a test may take before it counts as hung, in seconds. */
  public static final long SECONDS = 10;

  private Await() {}

  /**
   * Waits for {@code latch}.
   *
   * @param latch the latch to wait for
   * @throws AssertionError if it is not released within {@link #SECONDS}, or the wait is
   *     interrupted (the interrupt flag is then set again)
   */
  public static void on(CountDownLatch latch) {
    try {
      if (!latch.await(SECONDS, TimeUnit.SECONDS)) {
        throw new AssertionError("latch not released within " + SECONDS + " s: " + latch);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while waiting for " + latch, e);
    }
  }

  /**
   * Waits until {@code condition} holds, yielding the processor meanwhile. For conditions that no
   * latch can signal, such as another thread having parked.
   *
   * @param condition checked again and again, on the calling thread
   * @throws AssertionError if it does not hold within {@link #SECONDS}
   */
  public static void until(BooleanSupplier condition) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() - deadline > 0) {
        throw new AssertionError("condition not met within " + SECONDS + " s");
      }
      Thread.yield();
    }
  }
}
