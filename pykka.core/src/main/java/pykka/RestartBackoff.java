package pykka;

import java.time.Duration;

/**
 * A supervisor's backoff between restarts: the first restart after a quiet period waits {@code
 * initial}, each further one twice as long as the one before, at most {@code max}. A period of
 * twice {@code max} without a restart is quiet: the next restart waits {@code initial} again.
 *
 * <p>Thread safety: none; the supervisor's thread only.
 */
final class RestartBackoff {

  private final long initial;
  private final long max;
  private long next;
  private long last;
  private boolean any;

  RestartBackoff(Duration initial, Duration max) {
    this.initial = nanos(initial);
    this.max = nanos(max);
    this.next = this.initial;
  }

  /**
   * The delay of a restart decided at {@code now}.
   *
   * @param now from {@link System#nanoTime()}
   * @return how long to wait before starting the new incarnation, in nanoseconds
   */
  long delay(long now) {
    if (any && now - last > 2 * max) {
      next = initial;
    }
    any = true;
    last = now;
    long delay = next;
    next = delay > max / 2 ? max : delay * 2;
    return delay;
  }

  private static long nanos(Duration d) {
    try {
      return d.toNanos();
    } catch (ArithmeticException tooLong) {
      return Long.MAX_VALUE / 4;
    }
  }
}
