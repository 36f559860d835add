package pykka;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** Bounded waits for tests, so that a bug fails a test instead of hanging it. */
final class Await {

  /** How long any single wait in a test may take before it counts as hung. */
  static final long SECONDS = 10;

  private Await() {}

  /** Waits for {@code latch}, failing with {@link AssertionError} after {@link #SECONDS}. */
  static void on(CountDownLatch latch) {
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
   * Waits until {@code condition} holds, yielding the processor meanwhile, failing with {@link
   * AssertionError} after {@link #SECONDS}. For conditions that no latch can signal, such as
   * another thread having parked.
   */
  static void until(BooleanSupplier condition) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() - deadline > 0) {
        throw new AssertionError("condition not met within " + SECONDS + " s");
      }
      Thread.yield();
    }
  }
}
