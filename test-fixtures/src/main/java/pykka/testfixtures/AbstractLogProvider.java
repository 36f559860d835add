package pykka.testfixtures;

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
 * The parts of an SLF4J provider that a provider for tests or tools does not vary: its loggers hand
 * every enabled call, unformatted, to {@link #log}. A subclass says from which level up calls are
 * enabled, and what a call does ({@link RecordingLogProvider} keeps records; a counting one counts
 * them).
 *
 * <p>A provider is chosen with the system property {@code slf4j.provider} (the subclass's binary
 * name), which works on the class path and on the module path alike. None is declared as a service
 * here, so that a module that puts these fixtures on its test path keeps the provider it chose.
 *
 * <p>Thread-safety: loggers call {@link #log} on whatever thread logs, concurrently; a subclass
 * must be thread-safe.
 */
public abstract class AbstractLogProvider implements SLF4JServiceProvider {

  private final IMarkerFactory markers = new BasicMarkerFactory();
  private final MDCAdapter mdc = new NOPMDCAdapter();
  private final ILoggerFactory loggers = name -> new Logger(name, this);
  private final int lowest;

  /**
   * For subclasses, which SLF4J creates through their public no-argument constructor.
   *
   * @param lowest the lowest level enabled, for every logger; calls below it never reach {@link
   *     #log} (nor, with SLF4J's parameterised messages, format anything)
   */
  protected AbstractLogProvider(Level lowest) {
    this.lowest = lowest.toInt();
  }

  private boolean isEnabled(Level level) {
    return level.toInt() >= lowest;
  }

  /**
   * Handles one enabled log call, on the thread that made it. What this throws, the log call
   * throws, as with a provider whose appender fails.
   *
   * @param logger the logger's name
   * @param level the level
   * @param marker the marker, or {@code null}
   * @param pattern the message pattern, not yet formatted
   * @param arguments the pattern's arguments, or {@code null}
   * @param throwable the throwable logged with the call, or {@code null}
   */
  protected abstract void log(
      String logger,
      Level level,
      Marker marker,
      String pattern,
      Object[] arguments,
      Throwable throwable);

  @Override
  public final ILoggerFactory getLoggerFactory() {
    return loggers;
  }

  @Override
  public final IMarkerFactory getMarkerFactory() {
    return markers;
  }

  @Override
  public final MDCAdapter getMDCAdapter() {
    return mdc;
  }

  @Override
  public final String getRequestedApiVersion() {
    return "2.0.99";
  }

  @Override
  public void initialize() {}

  private static final class Logger extends LegacyAbstractLogger {
    private static final long serialVersionUID = 1L;

    private final transient AbstractLogProvider provider;

    Logger(String name, AbstractLogProvider provider) {
      this.name = name;
      this.provider = provider;
    }

    @Override
    protected String getFullyQualifiedCallerName() {
      return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(
        Level level, Marker marker, String pattern, Object[] arguments, Throwable throwable) {
      provider.log(name, level, marker, pattern, arguments, throwable);
    }

    @Override
    public boolean isTraceEnabled() {
      return provider.isEnabled(Level.TRACE);
    }

    @Override
    public boolean isDebugEnabled() {
      return provider.isEnabled(Level.DEBUG);
    }

    @Override
    public boolean isInfoEnabled() {
      return provider.isEnabled(Level.INFO);
    }

    @Override
    public boolean isWarnEnabled() {
      return provider.isEnabled(Level.WARN);
    }

    @Override
    public boolean isErrorEnabled() {
      return provider.isEnabled(Level.ERROR);
    }
  }
}
