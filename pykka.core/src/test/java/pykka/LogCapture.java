package pykka;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.event.Level;

/**
 * Collects the log records made while it is open, at every level (see {@link
 * RecordingLogProvider}, which publishes them). Records made while no capture is open are not
 * kept here, so long tests keep no memory.
 *
 * <p>Thread-safe: actors log from their own threads. A record logged by an actor before something
 * the test waits for (a reply, a latch) is visible once the wait returns.
 */
final class LogCapture implements AutoCloseable {

  /** One log call. */
  record LogRecord(String logger, Level level, String message, Throwable throwable, String thread) {}

  private static final List<LogCapture> OPEN = new CopyOnWriteArrayList<>();

  private final Queue<LogRecord> records = new ConcurrentLinkedQueue<>();

  private LogCapture() {}

  /**
   * Starts capturing.
   *
   * @return the open capture; close it when done
   */
  static LogCapture start() {
    LogCapture capture = new LogCapture();
    OPEN.add(capture);
    return capture;
  }

  static void publish(LogRecord record) {
    for (LogCapture capture : OPEN) {
      capture.records.add(record);
    }
  }

  /** Every record so far, in the order they were logged. */
  List<LogRecord> records() {
    return List.copyOf(records);
  }

  /** The records of the {@code pykka} logger whose message mentions {@code actorOrRef}. */
  List<LogRecord> about(Object actorOrRef) {
    String name = String.valueOf(actorOrRef);
    return records.stream()
        .filter(r -> r.logger().equals("pykka") && r.message().contains(name))
        .toList();
  }

  /** The messages of {@link #about}, each prefixed with its level, e.g. {@code "DEBUG Stopped X"}. */
  List<String> linesAbout(Object actorOrRef) {
    return about(actorOrRef).stream().map(r -> r.level() + " " + r.message()).toList();
  }

  @Override
  public void close() {
    OPEN.remove(this);
  }
}
