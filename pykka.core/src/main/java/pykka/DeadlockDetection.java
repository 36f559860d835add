package pykka;

import java.util.Locale;
import java.util.Objects;

/**
 * What pykka does when an actor's thread is about to block on a reply that can never come because
 * the actors form a cycle of waits (see {@link DeadlockException}).
 *
 * <p>The mode starts from the system property {@value #PROPERTY} ({@code fail}, {@code log} or
 * {@code off}; {@code fail} when unset) and can be changed at any time with {@link #setMode}. The
 * check costs nothing on {@code tell}, and one volatile write plus a walk along the chain of
 * waiting actors when an actor thread blocks on a reply that has not arrived yet.
 *
 * <p><b>Thread safety.</b> The mode is a volatile static: a change is seen by every later block.
 */
public enum DeadlockDetection {
  /** Throw {@link DeadlockException} from the {@code get} that closes the cycle. The default. */
  FAIL,
  /** Log the cycle at ERROR on the {@code pykka} logger, and keep waiting as Pykka does. */
  LOG,
  /**
   * Detect nothing; block as Pykka does. Which actor waits for which is still recorded, for the
   * thread dumps of {@code pykka.debug}.
   */
  OFF;

  /** The system property read at startup: {@code fail}, {@code log} or {@code off}. */
  public static final String PROPERTY = "pykka.deadlockDetection";

  private static volatile DeadlockDetection mode = fromProperty(System.getProperty(PROPERTY));

  /**
   * The mode in force.
   *
   * @return the current mode
   */
  public static DeadlockDetection mode() {
    return mode;
  }

  /**
   * Sets the mode for every later block.
   *
   * @param newMode the mode to use
   */
  public static void setMode(DeadlockDetection newMode) {
    mode = Objects.requireNonNull(newMode, "mode");
  }

  static DeadlockDetection fromProperty(String value) {
    if (value == null || value.isBlank()) {
      return FAIL;
    }
    try {
      return valueOf(value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      org.slf4j.LoggerFactory.getLogger("pykka")
          .warn("System property {} must be fail, log or off, but was '{}'; using fail", PROPERTY, value);
      return FAIL;
    }
  }
}
