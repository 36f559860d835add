package pykka.testfixtures;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/**
 * Captures what code prints to the {@link PrintWriter} it is given. Thread-safe, as {@link
 * PrintWriter} is: several threads may print at once, and each {@code println} stays one line.
 */
public final class Output {
  private final StringWriter buffer = new StringWriter();
  private final PrintWriter writer = new PrintWriter(buffer, true);

  /** Creates an empty capture. */
  public Output() {}

  /**
   * The writer to print to.
   *
   * @return the writer, which flushes on every {@code println}
   */
  public PrintWriter writer() {
    return writer;
  }

  /**
   * Everything printed so far.
   *
   * @return the text, every line printed whole
   */
  public String text() {
    writer.flush();
    synchronized (buffer) { // the writer's lock: no println is half done
      return buffer.toString();
    }
  }

  /**
   * Everything printed so far, line by line.
   *
   * @return the lines, without their line terminators
   */
  public List<String> lines() {
    return text().lines().toList();
  }
}
