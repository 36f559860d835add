package pykka.testfixtures;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Collects the log records made while it is open, at every level from DEBUG up (when the test
 * module's provider is {@link RecordingLogProvider}, which publishes them). Records made while no
 * capture is open are not kept here, so long tests keep no memory.
 *
 * <p>Thread-safe: code under test logs from its own threads. A record logged before something the
 * test waits for (a reply, a latch) is visible once the wait returns.
 */
public final class LogCapture implements AutoCloseable {

  private static final List<LogCapture> OPEN = new CopyOnWriteArrayList<>();

  private final Queue<LogRecord> records = new ConcurrentLinkedQueue<>();

  private LogCapture() {}

  /**
   * Starts capturing.
   *
   * @return the open capture; close it when done
   */
  public static LogCapture start() {
    LogCapture capture = new LogCapture();
    OPEN.add(capture);
    return capture;
  }

  static void publish(LogRecord record) {
    for (LogCapture capture : OPEN) {
      capture.records.add(record);
    }
  }

  /**
   * Every record so far.
   *
   * @return the records, in the order they were logged
   */
  public List<LogRecord> records() {
    return List.copyOf(records);
  }

  /**
   * The records of the {@code pykka} logger whose message mentions {@code actorOrRef}.
   *
   * @param actorOrRef an actor or a ref, compared by its {@code toString()}
   * @return those records, in the order they were logged
   */
  public List<LogRecord> about(Object actorOrRef) {
    String name = String.valueOf(actorOrRef);
    return records.stream()
        .filter(r -> r.logger().equals("pykka") && r.message().contains(name))
        .toList();
  }

  /**
   * The messages of {@link #about}, each after its level, e.g. {@code "DEBUG Stopped X"}.
   *
   * @param actorOrRef an actor or a ref, compared by its {@code toString()}
   * @return those lines, in the order they were logged
   */
  public List<String> linesAbout(Object actorOrRef) {
    return about(actorOrRef).stream().map(r -> r.level() + " " + r.message()).toList();
  }

  /** Stops capturing; what was captured stays readable. */
  @Override
  public void close() {
    OPEN.remove(this);
  }
}
