package pykka.testfixtures;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

/**
 * Captures what is printed to {@code System.out} or {@code System.err} while it is open, by
 * swapping the global stream; {@link #close} puts the original back. Tests run one at a time, so
 * the swap is safe.
 *
 * <p>{@link #stdout()} captures what code under test prints as its result. {@link #stderr()}
 * captures what a test may require to be absent, such as SLF4J's own complaints ({@code SLF4J(E):
 * Failed toString() invocation ...}) or the stack traces of uncaught exceptions; it echoes what it
 * captured to the real stream on close, so that nothing is lost from the build's output.
 *
 * <p>Thread-safe: any thread may print while it is open.
 */
public final class StreamCapture implements AutoCloseable {

  private final PrintStream original;
  private final Consumer<PrintStream> restore;
  private final boolean echo;
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream capturing = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  private StreamCapture(PrintStream original, Consumer<PrintStream> swap, boolean echo) {
    this.original = original;
    this.restore = swap;
    this.echo = echo;
    swap.accept(capturing);
  }

  /**
   * Starts capturing {@code System.out}. What it captured is not echoed.
   *
   * @return the open capture; close it when done
   */
  public static StreamCapture stdout() {
    return new StreamCapture(System.out, System::setOut, false);
  }

  /**
   * Starts capturing {@code System.err}. What it captured is echoed to the real stream on close.
   *
   * @return the open capture; close it when done
   */
  public static StreamCapture stderr() {
    return new StreamCapture(System.err, System::setErr, true);
  }

  /**
   * Everything printed so far.
   *
   * @return the text
   */
  public String text() {
    capturing.flush();
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /**
   * Everything printed so far, line by line.
   *
   * @return the lines, without their line terminators
   */
  public List<String> lines() {
    return text().lines().toList();
  }

  /** Puts the original stream back, and for {@link #stderr()} echoes what was captured to it. */
  @Override
  public void close() {
    restore.accept(original);
    String text = text();
    if (echo && !text.isEmpty()) {
      original.print(text);
    }
  }
}
