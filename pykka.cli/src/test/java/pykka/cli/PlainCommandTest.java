package pykka.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class PlainCommandTest {

  @Test
  void plainPrintsBothStoredMessages() {
    Run run = Run.of("plain");

    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines()).containsExactly("[{no=Norway, se=Sweden}, {a=3, b=4, c=5}]");
  }
}
