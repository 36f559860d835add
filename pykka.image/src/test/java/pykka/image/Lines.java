package pykka.image;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The lines of a running process's output stream, read on a daemon thread of their own, so that a
 * test can wait for a line with a bound instead of blocking forever in {@code readLine}. Reading
 * ends quietly when the stream fails, as it does when the test closes it or destroys the process
 * (an uncaught exception would print its stack trace into the build's output); a test still waiting
 * for a line is then told why no more came.
 */
final class Lines {
  private final BlockingQueue<String> queue = new LinkedBlockingQueue<>();
  private final List<String> seen = new ArrayList<>();
  private volatile IOException failure;

  Lines(InputStream stream, String name) {
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader in =
                  new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                  queue.add(line);
                }
              } catch (IOException e) {
                failure = e;
              }
            },
            name);
    reader.setDaemon(true);
    reader.start();
  }

  /**
   * Waits for the next line that matches, at most {@code timeout} in all.
   *
   * @return the line
   * @throws AssertionError if no such line comes in time; its message shows every line seen
   */
  String await(Predicate<String> matching, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      long left = deadline - System.nanoTime();
      String line = left > 0 ? queue.poll(left, TimeUnit.NANOSECONDS) : null;
      if (line == null) {
        AssertionError none =
            new AssertionError("no such line within " + timeout + "; lines seen:\n" + seen());
        if (failure != null) {
          none.addSuppressed(failure);
        }
        throw none;
      }
      seen.add(line);
      if (matching.test(line)) {
        return line;
      }
    }
  }

  /** Every line read so far by {@link #await}. */
  String seen() {
    return String.join("\n", seen);
  }
}
