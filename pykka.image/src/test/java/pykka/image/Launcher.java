package pykka.image;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the image's {@code bin/pykka-demo} launcher in a process of its own. */
final class Launcher {

  /** The image directory, from the system property failsafe sets. */
  static Path image() {
    String dir = System.getProperty("pykka.image");
    if (dir == null) {
      throw new IllegalStateException("the system property pykka.image must name the jlink image");
    }
    return Path.of(dir);
  }

  static Path executable() {
    return image().resolve("bin").resolve("pykka-demo");
  }

  static ProcessBuilder command(String... args) {
    List<String> command = new ArrayList<>();
    command.add(executable().toString());
    command.addAll(List.of(args));
    return new ProcessBuilder(command);
  }

  /** A finished run: its exit code, standard output and standard error. */
  record Result(int exitCode, String out, String err) {
    List<String> outLines() {
      return out.lines().toList();
    }
  }

  /** Runs the launcher to completion; gives up (and fails) if it has not ended within a minute. */
  static Result run(String... args) throws IOException, InterruptedException {
    return run(command(args));
  }

  /**
   * Runs {@code command} to completion; gives up (and fails) if it has not ended within a minute,
   * killing it with SIGKILL, which no JVM can ignore.
   */
  static Result run(ProcessBuilder command) throws IOException, InterruptedException {
    Path out = Files.createTempFile("pykka-demo", ".out");
    Path err = Files.createTempFile("pykka-demo", ".err");
    try {
      Process process = command.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      process.getOutputStream().close();
      if (!process.waitFor(1, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new AssertionError(String.join(" ", command.command()) + " did not end");
      }
      return new Result(
          process.exitValue(),
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  private Launcher() {}
}
