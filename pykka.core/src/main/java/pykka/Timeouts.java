package pykka;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Objects;

/** Checking and formatting timeouts, shared by futures, refs and the registry. */
final class Timeouts {
  private Timeouts() {}

  /**
   * Rejects a {@code null} or negative timeout with a clear message.
   *
   * @param timeout the timeout to check
   * @return the timeout
   */
  static Duration check(Duration timeout) {
    Objects.requireNonNull(
        timeout, "timeout must not be null; call the method without a timeout to wait forever");
    if (timeout.isNegative()) {
      throw new IllegalArgumentException("timeout must not be negative, but was " + timeout);
    }
    return timeout;
  }

  /**
   * {@code future.get(timeout)}, or {@code future.get()} for a {@code null} timeout.
   *
   * @param <T> the value type
   * @param future the future to read
   * @param timeout the timeout, or {@code null} to wait forever
   * @return the value
   */
  static <T> T get(Future<T> future, Duration timeout) {
    return timeout == null ? future.get() : future.get(timeout);
  }

  /**
   * The exception for a timeout that ran out, its message in Pykka's words ({@code "0.25
   * seconds"}).
   *
   * @param timeout the timeout
   * @return the exception to throw
   */
  static TimeoutException timedOut(Duration timeout) {
    BigDecimal seconds =
        BigDecimal.valueOf(timeout.getSeconds())
            .add(BigDecimal.valueOf(timeout.getNano(), 9))
            .stripTrailingZeros();
    if (seconds.scale() < 0) {
      seconds = seconds.setScale(0);
    }
    return new TimeoutException(seconds.toPlainString() + " seconds");
  }
}
