package pykka.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class TraversableCommandTest {

  @Test
  void traversablePlaysOnTheActorsThreadAndPrintsTheResult() {
    Run run = Run.of("traversable");

    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines())
        .satisfiesExactly(
            first -> assertThat(first).matches("AnActor-\\d+: Playback\\.play\\(\\)"),
            second -> assertThat(second).isEqualTo("play_success = true"));
  }
}
