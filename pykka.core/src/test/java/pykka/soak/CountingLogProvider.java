package pykka.soak;

import java.util.concurrent.atomic.LongAdder;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.NOPMDCAdapter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * An SLF4J provider for the soak: keeps no records, only counts what pykka logs at INFO and above,
 * by the message's opening words, so the soak can check that each injected failure was logged once.
 * Chosen with the system property {@code slf4j.provider}, which {@link SoakRunner} sets.
 */
@SuppressWarnings("exports") // SLF4J's types are what a provider is made of
public final class CountingLogProvider implements SLF4JServiceProvider {

  /** {@code ERROR Unhandled exception in <actor>:}, the record of a failure that stops an actor. */
  static final LongAdder UNHANDLED = new LongAdder();

  /** {@code INFO Exception returned from <actor> to caller:}, the record of a failed ask. */
  static final LongAdder RETURNED = new LongAdder();

  /** Any other record at INFO or above from any logger. */
  static final LongAdder OTHER = new LongAdder();

  private final IMarkerFactory markers = new BasicMarkerFactory();
  private final MDCAdapter mdc = new NOPMDCAdapter();
  private final ILoggerFactory loggers = CountingLogger::new;

  /** Called by SLF4J through reflection. */
  public CountingLogProvider() {}

  @Override
  public ILoggerFactory getLoggerFactory() {
    return loggers;
  }

  @Override
  public IMarkerFactory getMarkerFactory() {
    return markers;
  }

  @Override
  public MDCAdapter getMDCAdapter() {
    return mdc;
  }

  @Override
  public String getRequestedApiVersion() {
    return "2.0.99";
  }

  @Override
  public void initialize() {}

  private static final class CountingLogger extends LegacyAbstractLogger {
    private static final long serialVersionUID = 1L;

    CountingLogger(String name) {
      this.name = name;
    }

    @Override
    protected String getFullyQualifiedCallerName() {
      return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(
        Level level, Marker marker, String pattern, Object[] arguments, Throwable throwable) {
      if ("pykka".equals(name)
          && level == Level.ERROR
          && pattern.startsWith("Unhandled exception in")) {
        UNHANDLED.increment();
      } else if ("pykka".equals(name)
          && level == Level.INFO
          && pattern.startsWith("Exception returned from")) {
        RETURNED.increment();
      } else {
        OTHER.increment();
      }
    }

    @Override
    public boolean isTraceEnabled() {
      return false;
    }

    @Override
    public boolean isDebugEnabled() {
      return false;
    }

    @Override
    public boolean isInfoEnabled() {
      return true;
    }

    @Override
    public boolean isWarnEnabled() {
      return true;
    }

    @Override
    public boolean isErrorEnabled() {
      return true;
    }
  }
}
