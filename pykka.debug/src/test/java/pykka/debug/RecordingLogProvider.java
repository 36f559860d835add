package pykka.debug;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.helpers.NOPMDCAdapter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * A test SLF4J provider that keeps every record at INFO and above in memory, so tests can check
 * what is logged. Chosen with the system property {@code slf4j.provider} (set in the surefire
 * configuration), which works on the module path where a test class cannot declare {@code
 * provides}; it must therefore be public, in a package the module exports. (A copy of
 * pykka.core's.)
 */
@SuppressWarnings("exports") // test-only class; SLF4J's types in its API are what a provider is
public final class RecordingLogProvider implements SLF4JServiceProvider {

  /** One logged record. */
  record LogRecord(
      String logger, Level level, String marker, String message, Throwable throwable) {}

  private static final BlockingQueue<LogRecord> RECORDS = new LinkedBlockingQueue<>();

  private final IMarkerFactory markers = new BasicMarkerFactory();
  private final MDCAdapter mdc = new NOPMDCAdapter();
  private final ILoggerFactory loggers = RecordingLogger::new;

  /** Called by SLF4J through reflection. */
  public RecordingLogProvider() {}

  /** Forgets every record so far. */
  static void clear() {
    RECORDS.clear();
  }

  /** Takes every record so far, oldest first. */
  static List<LogRecord> drain() {
    List<LogRecord> records = new ArrayList<>();
    RECORDS.drainTo(records);
    return records;
  }

  /**
   * Takes the oldest record, waiting at most {@code timeout} for one; {@code null} if none came.
   */
  static LogRecord poll(Duration timeout) throws InterruptedException {
    return RECORDS.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
  }

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

  private static final class RecordingLogger extends LegacyAbstractLogger {
    private static final long serialVersionUID = 1L;

    RecordingLogger(String name) {
      this.name = name;
    }

    @Override
    protected String getFullyQualifiedCallerName() {
      return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(
        Level level, Marker marker, String pattern, Object[] arguments, Throwable throwable) {
      String message = MessageFormatter.basicArrayFormat(pattern, arguments);
      RECORDS.add(
          new LogRecord(name, level, marker == null ? null : marker.getName(), message, throwable));
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
