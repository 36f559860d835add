package pykka.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the image holds: the modules the demo needs, a class-data-sharing archive, no tools. */
final class ImageContentsIT {

  @TempDir Path dir;

  private static Path image() {
    String image = System.getProperty("pykka.image");
    if (image == null) {
      throw new IllegalStateException("the system property pykka.image must name the jlink image");
    }
    return Path.of(image);
  }

  @Test
  void theImageLinksTheDemosModulesAndOfTheJdkOnlyWhatTheyNeed() throws Exception {
    List<String> modules =
        run(Map.of(), image().resolve("bin/java").toString(), "--list-modules")
            .lines()
            .map(line -> line.replaceFirst("@.*", ""))
            .toList();

    assertThat(modules)
        .containsExactlyInAnyOrder(
            "pykka.cli",
            "pykka.examples",
            "pykka.core",
            "pykka.typing",
            "pykka.debug",
            "info.picocli",
            "org.slf4j",
            "org.slf4j.simple",
            "java.base",
            "jdk.unsupported", // sun.misc.Signal, for SIGUSR1
            "jdk.management", // HotSpotDiagnosticMXBean, for the thread dump
            "java.management", // required by jdk.management
            "jdk.jfr"); // for pykka.core's events
  }

  @Test
  void theLaunchersJavaMapsTheImagesClassDataSharingArchive() throws Exception {
    assertThat(image().resolve("lib/server/classes.jsa")).isRegularFile();

    // With -Xshare:on, java exits with an error instead of starting without the archive.
    String out =
        run(
            Map.of("JDK_JAVA_OPTIONS", "-Xshare:on"),
            image().resolve("bin/pykka-demo").toString(),
            "--version");

    assertThat(out).startsWith("pykka-demo ");
  }

  @Test
  void theImageShipsNoJdkToolButJava() throws IOException {
    try (Stream<Path> bin = Files.list(image().resolve("bin"))) {
      assertThat(bin.map(path -> path.getFileName().toString()))
          .containsExactlyInAnyOrder("java", "pykka-demo");
    }
  }

  /** Runs {@code command} to its end and returns its standard output; fails unless it exits 0. */
  private String run(Map<String, String> environment, String... command)
      throws IOException, InterruptedException {
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().putAll(environment);
    Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    process.getOutputStream().close();
    if (!process.waitFor(1, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError(String.join(" ", command) + " did not end");
    }
    assertThat(process.exitValue())
        .as(
            "exit code of %s; its standard error:%n%s",
            String.join(" ", command), Files.readString(err))
        .isZero();
    return Files.readString(out, StandardCharsets.UTF_8);
  }
}
