package hello.pykka;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pykka.ActorRegistry;

final class HelloTest {

  private static final List<String> OUTPUT =
      List.of(
          "Hello, Bob!", "Greeted so far: [Ann, Bob]", "1 + 2 = 3", "Last result: 3", "Count: 7");

  @Test
  void tellAskATypedProxyAndAGeneratedProxyEachGetTheirReplies() {
    StringWriter buffer = new StringWriter();

    Hello.run(new PrintWriter(buffer, true));

    assertThat(buffer.toString().lines()).containsExactlyElementsOf(OUTPUT);
    assertThat(ActorRegistry.getAll()).as("actors left running").isEmpty();
  }

  /**
   * Guards against a program that never exits: a ThreadingActor's thread is not a daemon, so a main
   * that returned without stopping its actors would leave the JVM running.
   */
  @Test
  void theProgramEndsByItselfOnceMainReturns(@TempDir Path dir) throws Exception {
    // The module path this test runs on holds the application's module and its dependencies.
    String modulePath = System.getProperty("jdk.module.path");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    File out = dir.resolve("out.txt").toFile();
    File err = dir.resolve("err.txt").toFile();
    Process process =
        new ProcessBuilder(
                java, "--module-path", modulePath, "--module", "hello.pykka/hello.pykka.Hello")
            .redirectOutput(out)
            .redirectError(err)
            .start();

    boolean ended = process.waitFor(1, TimeUnit.MINUTES);
    if (!ended) {
      process.destroyForcibly();
    }

    assertThat(ended).as("the program ended by itself").isTrue();
    assertThat(process.exitValue()).as(Files.readString(err.toPath())).isZero();
    assertThat(Files.readAllLines(out.toPath())).containsExactlyElementsOf(OUTPUT);
    assertThat(Files.readString(err.toPath())).isEmpty();
  }
}
