package pykka;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Captures what is printed to {@code System.err} while it is open: SLF4J's own complaints ({@code
 * SLF4J(E): Failed toString() invocation ...}) and the stack traces of uncaught exceptions, which a
 * test can then require to be absent. Tests run one at a time, so swapping the global stream is
 * safe; what is captured is echoed to the real stream on close, so nothing is lost from the build
 * output.
 */
final class StderrCapture implements AutoCloseable {

  private final PrintStream original;
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

  private StderrCapture() {
    original = System.err;
    System.setErr(new PrintStream(bytes, true, StandardCharsets.UTF_8));
  }

  /**
   * Starts capturing.
   *
   * @return the open capture; close it when done
   */
  static StderrCapture start() {
    return new StderrCapture();
  }

  /** Everything printed so far. */
  String text() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    System.setErr(original);
    String text = text();
    if (!text.isEmpty()) {
      original.print(text);
    }
  }
}
