package pykka.examples;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/** Captures what an example prints, line by line. Thread-safe, as {@link PrintWriter} is. */
final class Output {
  private final StringWriter buffer = new StringWriter();
  private final PrintWriter writer = new PrintWriter(buffer, true);

  PrintWriter writer() {
    return writer;
  }

  List<String> lines() {
    writer.flush();
    synchronized (buffer) {
      return buffer.toString().lines().toList();
    }
  }
}
