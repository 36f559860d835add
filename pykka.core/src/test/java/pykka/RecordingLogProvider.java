package pykka;

import java.io.PrintWriter;
import java.io.Writer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
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
 * what pykka logs. It also hands every record, DEBUG included, to the open {@link LogCapture}s.
 * Chosen with the system property {@code slf4j.provider} (set in the surefire configuration), which
 * works on the module path where a test class cannot declare {@code provides}; it must therefore be
 * public, in a package the module exports.
 *
 * <p>Like a real provider (slf4j-simple, logback), it prints the stack trace of a record's
 * throwable (into nothing), so a throwable that cannot be printed makes the log call throw. A test
 * can also make it throw on demand, per level, with {@link #failing}.
 */
@SuppressWarnings("exports") // test-only class; SLF4J's types in its API are what a provider is
public final class RecordingLogProvider implements SLF4JServiceProvider {

  /** One logged record. */
  record LogRecord(
      String logger, Level level, String marker, String message, Throwable throwable) {}

  private static final BlockingQueue<LogRecord> RECORDS = new LinkedBlockingQueue<>();

  /** The faults injected by open {@link #failing} scopes. */
  private static final List<Fault> FAULTS = new CopyOnWriteArrayList<>();

  /** Where printed stack traces go: nowhere. */
  private static final Writer NOWHERE = Writer.nullWriter();

  /** A log call that throws: at {@code level}, for messages that contain {@code about}. */
  private record Fault(Level level, String about, Supplier<? extends Throwable> thrown)
      implements AutoCloseable {
    @Override
    public void close() {
      FAULTS.remove(this);
    }
  }

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

  /** Takes the oldest record, waiting at most {@code timeout} for one; {@code null} if none came. */
  static LogRecord poll(Duration timeout) throws InterruptedException {
    return RECORDS.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
  }

  /**
   * Makes every log call at {@code level} whose formatted message contains {@code about} throw what
   * {@code thrown} supplies, until the returned scope is closed. The call throws after formatting
   * and before the record is kept, as a provider whose appender fails would.
   *
   * @param level the level that fails
   * @param about text the message must contain (an actor's URN, say); {@code ""} for every message
   * @param thrown what to throw, built anew for each call
   * @return the scope; close it to stop failing
   */
  static AutoCloseable failing(Level level, String about, Supplier<? extends Throwable> thrown) {
    Fault fault = new Fault(level, about, thrown);
    FAULTS.add(fault);
    return fault;
  }

  /** Throws any throwable from code that declares none. */
  @SuppressWarnings("unchecked")
  private static <T extends Throwable> void sneakyThrow(Throwable t) throws T {
    throw (T) t;
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
      for (Fault fault : FAULTS) {
        if (fault.level() == level && message.contains(fault.about())) {
          sneakyThrow(fault.thrown().get());
        }
      }
      if (throwable != null) {
        // As slf4j-simple does; throws if the throwable, a cause or a suppressed one cannot print.
        throwable.printStackTrace(new PrintWriter(NOWHERE));
      }
      if (level.toInt() >= Level.INFO.toInt()) {
        RECORDS.add(
            new LogRecord(
                name, level, marker == null ? null : marker.getName(), message, throwable));
      }
      LogCapture.publish(
          new LogCapture.LogRecord(
              name, level, message, throwable, Thread.currentThread().getName()));
    }

    @Override
    public boolean isTraceEnabled() {
      return false;
    }

    @Override
    public boolean isDebugEnabled() {
      return true; // for LogCapture; the queue above keeps INFO and above only
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
