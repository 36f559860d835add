package pykka;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import pykka.testfixtures.StreamCapture;

/** The README's usage examples, verbatim between the markers, so they are compiled and run. */
final class ReadmeExampleTest {

  // README:usage:begin
  static class Greeter extends VirtualThreadActor {
    @Override
    protected Object onReceive(Object message) {
      return "Hi there, " + message + "!";
    }
  }

  static class Calculator extends ThreadingActor {
    public int lastResult;

    public int add(int a, int b) {
      lastResult = a + b;
      return lastResult;
    }
  }

  interface CalculatorApi {
    Future<Integer> add(int a, int b); // a method: ask, returns a future

    Future<Integer> lastResult(); // a public field: read

    void lastResult(int value); // a public field: write, tell semantics
  }

  // README:usage:end

  @AfterEach
  void stopAll() {
    ActorRegistry.stopAll();
  }

  @Test
  void theReadmeUsageExampleRunsAndPrintsWhatItsCommentsSay() {
    try (StreamCapture stdout = StreamCapture.stdout()) {
      // README:run:begin
      try {
        ActorRef<Greeter> greeter = new Greeter().start();
        System.out.println(greeter.ask("Bob")); // Hi there, Bob!

        ActorRef<Calculator> ref = new Calculator().start();
        ActorProxy calculator = ref.proxy(); // untyped: members by name
        Future<Object> sum = calculator.call("add", 1, 3);
        System.out.println(sum.get()); // 4

        CalculatorApi typed = ref.proxy(CalculatorApi.class); // typed: checked at creation
        typed.lastResult(17);
        System.out.println(typed.lastResult().get()); // 17
      } finally {
        ActorRegistry.stopAll(); // or the JVM waits for the ThreadingActor's thread
      }
      // README:run:end
      assertThat(stdout.lines()).containsExactly("Hi there, Bob!", "4", "17");
    }
    assertThat(ActorRegistry.getAll()).isEmpty();
  }

  @Test
  void theReadmeShowsExactlyTheCodeOfItsTestedRegions() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    assertShows(readme, "ReadmeExampleTest.java", "README", "usage", "run");
    assertShows(readme, "SupervisionDocumentationExamplesTest.java", "docs", "termination");
    assertShows(readme, "SupervisionDocumentationExamplesTest.java", "docs", "supervisor");
  }

  private static void assertShows(String readme, String file, String prefix, String... regions)
      throws IOException {
    String source = Files.readString(Path.of("src", "test", "java", "pykka", file));
    for (String region : regions) {
      String marker = "// " + prefix + ":" + region;
      Matcher m =
          Pattern.compile(
                  Pattern.quote(marker) + ":begin\\n(.*?)\\n\\s*" + Pattern.quote(marker) + ":end",
                  Pattern.DOTALL)
              .matcher(source);
      assertThat(m.find()).as(file + " has the region " + region).isTrue();
      assertThat(readme)
          .as("README shows the '" + region + "' region of " + file)
          .contains(dedent(m.group(1)));
    }
  }

  private static String dedent(String text) {
    int indent = Integer.MAX_VALUE;
    for (String line : text.split("\\n")) {
      if (!line.isBlank()) {
        indent = Math.min(indent, line.length() - line.stripLeading().length());
      }
    }
    StringBuilder sb = new StringBuilder();
    for (String line : text.split("\\n", -1)) {
      sb.append(line.isBlank() ? "" : line.substring(indent)).append('\n');
    }
    return sb.toString().stripTrailing();
  }
}
