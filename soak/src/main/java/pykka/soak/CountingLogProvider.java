package pykka.soak;

import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import pykka.testfixtures.AbstractLogProvider;

/**
 * An SLF4J provider for the soak: keeps no records, only counts what is logged at INFO and above,
 * by the message's opening words, so the soak can check that each injected failure was logged once.
 * Chosen with the system property {@code slf4j.provider}, which {@link SoakRunner} sets.
 */
public final class CountingLogProvider extends AbstractLogProvider {

  /** {@code ERROR Unhandled exception in <actor>:}, the record of a failure that stops an actor. */
  static final LongAdder UNHANDLED = new LongAdder();

  /** {@code INFO Exception returned from <actor> to caller:}, the record of a failed ask. */
  static final LongAdder RETURNED = new LongAdder();

  /** Any other record at INFO or above from any logger. */
  static final LongAdder OTHER = new LongAdder();

  /** Called by SLF4J through reflection. */
  public CountingLogProvider() {
    super(Level.INFO);
  }

  @Override
  protected void log(
      String logger,
      Level level,
      Marker marker,
      String pattern,
      Object[] arguments,
      Throwable throwable) {
    if ("pykka".equals(logger)
        && level == Level.ERROR
        && pattern.startsWith("Unhandled exception in")) {
      UNHANDLED.increment();
    } else if ("pykka".equals(logger)
        && level == Level.INFO
        && pattern.startsWith("Exception returned from")) {
      RETURNED.increment();
    } else {
      OTHER.increment();
    }
  }
}
