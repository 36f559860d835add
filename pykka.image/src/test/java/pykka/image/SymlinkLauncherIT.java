package pykka.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The image's launcher run through symbolic links, as from a directory on the PATH. A regression
 * test: the launcher used to look for {@code java} beside the link, and failed with "java: not
 * found" (exit 127).
 */
final class SymlinkLauncherIT {

  /** Directories with the tools the launcher uses, and no {@code java}. */
  private static final String SYSTEM_PATH = "/usr/bin:/bin";

  @TempDir Path dir;

  /** Removes the links to the image first, which JUnit would otherwise warn about. */
  @AfterEach
  void removeTheLinks() throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.filter(Files::isSymbolicLink).toList()) {
        Files.delete(path);
      }
    }
  }

  private static Path launcher() {
    String image = System.getProperty("pykka.image");
    if (image == null) {
      throw new IllegalStateException("the system property pykka.image must name the jlink image");
    }
    return Path.of(image, "bin", "pykka-demo");
  }

  @Test
  void aSymlinkToTheLauncherInADirectoryOnThePathRunsTheDemo() throws Exception {
    Path onPath = Files.createDirectories(dir.resolve("bin"));
    Files.createSymbolicLink(onPath.resolve("pykka-demo"), launcher());

    Run run = shell("pykka-demo --version", onPath + ":" + SYSTEM_PATH);

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("pykka-demo ");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void aChainOfRelativeSymlinksIsFollowedToTheImage() throws Exception {
    Path onPath = chainOfRelativeLinks();

    Run run = shell("pykka-demo --version", onPath + ":" + SYSTEM_PATH);

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("pykka-demo ");
  }

  @Test
  void whereReadlinkHasNoDashFTheLauncherFollowsTheLinksItself() throws Exception {
    Path onPath = chainOfRelativeLinks();
    // As on macOS before 12.3: readlink exists, but -f is an illegal option.
    Path tools = Files.createDirectories(dir.resolve("tools"));
    Path readlink = tools.resolve("readlink");
    Files.writeString(
        readlink,
        """
        #!/bin/sh
        echo "readlink: illegal option -- f" >&2
        exit 1
        """);
    Files.setPosixFilePermissions(readlink, PosixFilePermissions.fromString("rwxr-xr-x"));

    Run run = shell("pykka-demo --version", tools + ":" + onPath + ":" + SYSTEM_PATH);

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("pykka-demo ");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void throughASymlinkTheLauncherStillExecsJavaSoThePidItPrintsIsTheJvms() throws Exception {
    Path link = Files.createSymbolicLink(dir.resolve("pykka-demo"), launcher());
    ProcessBuilder builder =
        new ProcessBuilder(link.toString(), "deadlock").redirectError(Redirect.DISCARD);
    builder.environment().put("PATH", SYSTEM_PATH);
    Process process = builder.start();
    try (BufferedReader out = process.inputReader(StandardCharsets.UTF_8)) {
      // The demo prints its PID and idles; the tests' timeout bounds this wait.
      String line = out.readLine();
      while (line != null && !line.startsWith("1) Use `kill -USR1 ")) {
        line = out.readLine();
      }

      assertThat(line).startsWith("1) Use `kill -USR1 " + process.pid() + "`");
      assertThat(process.info().command()).hasValueSatisfying(c -> assertThat(c).endsWith("/java"));
    } finally {
      process.destroy();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
  }

  /**
   * {@code dir/bin/pykka-demo -> ../links/pykka-demo -> ../image/pykka-demo -> (the launcher)}: the
   * first two links are relative, each to its own directory.
   *
   * @return the directory to put on the PATH
   */
  private Path chainOfRelativeLinks() throws IOException {
    Path onPath = Files.createDirectories(dir.resolve("bin"));
    Path links = Files.createDirectories(dir.resolve("links"));
    Path image = Files.createDirectories(dir.resolve("image"));
    Files.createSymbolicLink(image.resolve("pykka-demo"), launcher());
    Files.createSymbolicLink(links.resolve("pykka-demo"), Path.of("../image/pykka-demo"));
    Files.createSymbolicLink(onPath.resolve("pykka-demo"), Path.of("../links/pykka-demo"));
    return onPath;
  }

  /** Runs {@code command} with {@code sh -c}, which finds {@code pykka-demo} on {@code path}. */
  private Run shell(String command, String path) throws IOException, InterruptedException {
    return run(List.of("/bin/sh", "-c", command), Map.of("PATH", path));
  }

  /** A finished process: its exit code and output. */
  private record Run(int exitCode, String out, String err) {}

  private Run run(List<String> command, Map<String, String> environment)
      throws IOException, InterruptedException {
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    builder.environment().clear();
    builder.environment().putAll(environment);
    Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    process.getOutputStream().close();
    if (!process.waitFor(1, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError(String.join(" ", command) + " did not end");
    }
    return new Run(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
