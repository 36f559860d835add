package pykka.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class SuperviseCommandTest {

  private static final String SYNOPSIS =
      "Usage: pykka-demo supervise [-hvV] [--give-up] [--crash-every=N] [--jobs=N]";

  @Test
  void superviseShowsEachRestartAndFinishesTheJobs() {
    Run run = Run.of("supervise");

    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines())
        .hasSize(11)
        .contains(
            "job 4: crashed worker #1; restarted as worker #2 (restart 1)",
            "job 8: crashed worker #2; restarted as worker #3 (restart 2)")
        .last()
        .isEqualTo("done: 2 restarts");
  }

  @Test
  void giveUpShowsTheSupervisorGivingUpAtTheFourthCrash() {
    Run run = Run.of("supervise", "--give-up");

    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines())
        .hasSize(4)
        .last()
        .asString()
        .startsWith("job 4: crashed worker #4; the supervisor gave up:");
  }

  @Test
  void crashEveryChoosesWhichJobsCrash() {
    Run run = Run.of("supervise", "--jobs=3", "--crash-every=3");

    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines())
        .containsExactly(
            "job 1: 1 squared is 1 (worker #1)",
            "job 2: 2 squared is 4 (worker #1)",
            "job 3: crashed worker #1; restarted as worker #2 (restart 1)",
            "done: 1 restarts");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"--jobs=0", "--jobs=1001", "--crash-every=0", "--crash-every=1001"})
  void anOutOfRangeNumberIsBadInputWithExitCodeTwoAndTheSynopsis(String option) {
    Run run = Run.of("supervise", option);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines().get(0))
        .startsWith(option.substring(0, option.indexOf('=')) + " must be from 1 to 1000");
    assertThat(run.errLines().get(1)).isEqualTo(SYNOPSIS);
    assertThat(run.out()).isEmpty();
  }
}
