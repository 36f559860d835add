package pykka;

import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Logger;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.helpers.NOPMDCAdapter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * A test-only SLF4J provider that hands every record, at every level, to the open {@link
 * LogCapture}s. The build selects it with the system property {@code slf4j.provider} (see this
 * module's pom), so the tests can check what pykka logs without a logging framework.
 *
 * <p>It must be public, with a public constructor, in a package the module exports: SLF4J
 * instantiates it reflectively from the {@code org.slf4j} module. Only the test class path holds it.
 */
@SuppressWarnings("exports") // its signatures name SLF4J's types; only SLF4J calls it
public final class CapturingLogProvider implements SLF4JServiceProvider {

  private final IMarkerFactory markers = new BasicMarkerFactory();
  private final MDCAdapter mdc = new NOPMDCAdapter();
  private final ILoggerFactory loggers = CapturingLogger::new;

  /** Called by SLF4J. */
  public CapturingLogProvider() {}

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

  /** Enabled at every level; formats with SLF4J's own formatter and publishes the record. */
  private static final class CapturingLogger extends LegacyAbstractLogger implements Logger {
    private static final long serialVersionUID = 1L;

    CapturingLogger(String name) {
      this.name = name;
    }

    @Override
    public boolean isTraceEnabled() {
      return true;
    }

    @Override
    public boolean isDebugEnabled() {
      return true;
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

    @Override
    protected String getFullyQualifiedCallerName() {
      return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(
        Level level, Marker marker, String pattern, Object[] arguments, Throwable throwable) {
      String message = MessageFormatter.basicArrayFormat(pattern, arguments);
      LogCapture.publish(
          new LogCapture.LogRecord(
              name, level, message, throwable, Thread.currentThread().getName()));
    }
  }
}
