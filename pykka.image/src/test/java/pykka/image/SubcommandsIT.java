package pykka.image;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every subcommand that ends by itself runs from the image: the linked modules are enough, and
 * pykka.core may reach the examples' actors (proxies) inside a jlink image too. ({@code plain},
 * {@code resolver} and {@code deadlock} are run by {@link LauncherIT} and {@link
 * DeadlockLauncherIT}.)
 */
final class SubcommandsIT {

  @ParameterizedTest(name = "pykka-demo {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "proxy --delay=0      | : new value",
        "counter              | got 10 back",
        "typed                | proxy.area(2.0).get() is 12.56",
        "traversable          | play_success = true",
        "supervise            | done: 2 restarts",
        "supervise --give-up  | the supervisor gave up: java.lang.IllegalArgumentException",
      })
  void theSubcommandEndsWithItsLastDocumentedLine(String args, String lastLineContains)
      throws Exception {
    Launcher.Result result = Launcher.run(args.split(" "));

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.outLines()).last().asString().contains(lastLineContains);
  }

  @Test
  void superviseVerboseLogsEachRestartAtInfoAndGivingUpAtError() throws Exception {
    Launcher.Result result = Launcher.run("supervise", "--give-up", "-v");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.err().lines().filter(line -> line.contains("INFO pykka - Restarting child")))
        .hasSize(3)
        .allMatch(line -> line.contains("'worker'") && line.contains("ended with"));
    assertThat(result.err())
        .contains("gave up: more than 3 restarts within PT5S")
        .contains("java.lang.IllegalArgumentException: cannot handle job 4");
  }
}
