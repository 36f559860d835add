package pykka.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

final class CounterCommandTest {

  @Test
  void counterAlternatesAdderAndBookkeeperUpToTen() {
    Run run = Run.of("counter");

    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines()).hasSize(20);
    IntStream.range(0, 10)
        .forEach(
            i -> {
              assertThat(run.outLines().get(2 * i))
                  .matches("Adder \\(urn:uuid:[0-9a-f-]{36}\\) is increasing " + i);
              assertThat(run.outLines().get(2 * i + 1))
                  .matches("Bookkeeper \\(urn:uuid:[0-9a-f-]{36}\\) got " + (i + 1) + " back");
            });
  }
}
