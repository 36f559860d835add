package pykka.cli;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * Durations as the command's options take them: in seconds, as plain decimals without trailing
 * zeros ({@code 2}, {@code 0.5}, {@code 0.000000001}).
 *
 * <p>Thread safety: stateless.
 */
final class Seconds {

  private Seconds() {}

  /**
   * A number of seconds as a duration, to the nearest nanosecond.
   *
   * @param seconds a number of seconds, finite and not negative
   * @return the duration
   */
  static Duration toDuration(double seconds) {
    return Duration.ofNanos(Math.round(seconds * 1e9));
  }

  /**
   * A duration in seconds, as a plain decimal.
   *
   * @param duration the duration
   * @return for example {@code 2} or {@code 0.5}
   */
  static String format(Duration duration) {
    BigDecimal seconds = BigDecimal.valueOf(duration.toNanos(), 9).stripTrailingZeros();
    return seconds.scale() < 0 ? seconds.setScale(0).toPlainString() : seconds.toPlainString();
  }
}
