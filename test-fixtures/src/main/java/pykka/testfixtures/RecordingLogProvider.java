package pykka.testfixtures;

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
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.MessageFormatter;

/**
 * An SLF4J provider for tests that keeps every record at INFO and above in memory, so that a test
 * can check what was logged ({@link #drain}, {@link #poll}), and hands every record, DEBUG
 * included, to the open {@link LogCapture}s. A test module chooses it with the system property
 * {@code slf4j.provider=pykka.testfixtures.RecordingLogProvider} in its surefire configuration.
 *
 * <p>Like a real provider (slf4j-simple, logback), it prints the stack trace of a record's
 * throwable (into nothing), so a throwable that cannot be printed makes the log call throw. A test
 * can also make it throw on demand, per level, with {@link #failing}.
 *
 * <p>Thread-safety: every method may be called from any thread; records are kept in the order the
 * log calls completed. A record logged before something a test waits for (a reply, a latch) is
 * visible once the wait returns.
 */
public final class RecordingLogProvider extends AbstractLogProvider {

  private static final BlockingQueue<LogRecord> RECORDS = new LinkedBlockingQueue<>();

  /** The faults injected by open {@link #failing} scopes. */
  private static final List<Fault> FAULTS = new CopyOnWriteArrayList<>();

  /** Where printed stack traces go: nowhere. */
  private static final Writer NOWHERE = Writer.nullWriter();

  /**
   * Log calls that throw, from {@link #failing} until {@link #close}.
   *
   * @param level the level whose calls throw
   * @param about text the formatted message must contain; {@code ""} for every message
   * @param thrown what to throw, built anew for each call
   */
  public record Fault(Level level, String about, Supplier<? extends Throwable> thrown)
      implements AutoCloseable {
    /** Stops failing. */
    @Override
    public void close() {
      FAULTS.remove(this);
    }
  }

  /** Called by SLF4J through reflection. */
  public RecordingLogProvider() {
    super(Level.DEBUG); // for the open LogCaptures; only INFO and above are kept for drain()
  }

  /** Forgets every record kept so far. */
  public static void clear() {
    RECORDS.clear();
  }

  /**
   * Takes every record kept so far.
   *
   * @return the records at INFO and above, oldest first; they are kept no more
   */
  public static List<LogRecord> drain() {
    List<LogRecord> records = new ArrayList<>();
    RECORDS.drainTo(records);
    return records;
  }

  /**
   * Takes the oldest record kept, waiting for one if there is none yet.
   *
   * @param timeout how long to wait at most
   * @return the record, or {@code null} if none came in time
   * @throws InterruptedException if the wait is interrupted
   */
  public static LogRecord poll(Duration timeout) throws InterruptedException {
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
  public static Fault failing(Level level, String about, Supplier<? extends Throwable> thrown) {
    Fault fault = new Fault(level, about, thrown);
    FAULTS.add(fault);
    return fault;
  }

  @Override
  protected void log(
      String logger,
      Level level,
      Marker marker,
      String pattern,
      Object[] arguments,
      Throwable throwable) {
    String message = MessageFormatter.basicArrayFormat(pattern, arguments);
    for (Fault fault : FAULTS) {
      if (fault.level() == level && message.contains(fault.about())) {
        throw RecordingLogProvider.<RuntimeException>sneaky(fault.thrown().get());
      }
    }
    if (throwable != null) {
      // As slf4j-simple does; throws if the throwable, a cause or a suppressed one cannot print.
      throwable.printStackTrace(new PrintWriter(NOWHERE));
    }
    LogRecord record =
        new LogRecord(
            logger,
            level,
            marker == null ? null : marker.getName(),
            message,
            throwable,
            Thread.currentThread().getName());
    if (level.toInt() >= Level.INFO.toInt()) {
      RECORDS.add(record);
    }
    LogCapture.publish(record);
  }

  /** Throws any throwable from code that declares none. */
  @SuppressWarnings("unchecked")
  private static <T extends Throwable> T sneaky(Throwable t) throws T {
    throw (T) t;
  }
}
