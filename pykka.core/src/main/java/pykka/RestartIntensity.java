package pykka;

import java.time.Duration;
import java.util.ArrayDeque;

/**
 * A supervisor's restart intensity (rule S9): at most {@code max} restarts within {@code within}. A
 * restart counts while it lies within {@code within} of the newest one, bounds included.
 *
 * <p>Thread safety: none; the supervisor's thread only.
 */
final class RestartIntensity {

  final int max;
  final Duration within;
  private final long withinNanos;
  private final ArrayDeque<Long> restarts = new ArrayDeque<>();

  RestartIntensity(int max, Duration within) {
    this.max = max;
    this.within = within;
    long nanos;
    try {
      nanos = within.toNanos();
    } catch (ArithmeticException tooLong) {
      nanos = Long.MAX_VALUE;
    }
    this.withinNanos = nanos;
  }

  /**
   * Records a restart at {@code now}.
   *
   * @param now the time of the restart, from {@link System#nanoTime()}
   * @return whether it is allowed: {@code false} once more than {@code max} restarts lie within
   *     {@code within} of it
   */
  boolean record(long now) {
    restarts.addLast(now);
    while (now - restarts.peekFirst() > withinNanos) {
      restarts.pollFirst();
    }
    return restarts.size() <= max;
  }
}
