package pykka.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class ProxyCommandTest {

  @Test
  void proxyPrintsThreeRoundsOfCallsReadsAndWrites() {
    String me = Thread.currentThread().getName() + ": ";

    Run run = Run.of("proxy", "--delay=0");

    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines()).hasSize(33);
    assertThat(run.outLines().stream().filter(line -> line.startsWith("AnActor-")))
        .hasSize(3)
        .allMatch(line -> line.matches("AnActor-\\d+: this was printed by AnActor\\.proc\\(\\)"));
    assertThat(run.outLines().stream().filter(line -> line.startsWith(me)))
        .hasSize(30)
        .startsWith(
            me + "calling AnActor.proc() ...",
            me + "calling AnActor.func() ...",
            me + "printing result ... (blocking)",
            me + "this was returned by AnActor.func() after a delay",
            me + "reading AnActor.field ...",
            me + "printing result ... (blocking)",
            me + "this is the value of AnActor.field",
            me + "writing AnActor.field ...",
            me + "printing new field value ... (blocking)",
            me + "new value")
        .endsWith(me + "new value");
  }

  @Test
  void aNegativeDelayIsBadInputWithExitCodeTwo() {
    Run run = Run.of("proxy", "--delay=-1");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--delay must be from 0 to 60 seconds").contains("Usage:");
  }

  @ParameterizedTest(name = "--delay={0}")
  @ValueSource(strings = {"60.001", "3600", "1e400", "Infinity", "NaN"})
  void aDelayAboveSixtySecondsOrNotANumberIsBadInputWithExitCodeTwo(String seconds) {
    Run run = Run.of("proxy", "--delay=" + seconds);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines())
        .hasSize(3)
        .first()
        .asString()
        .startsWith("--delay must be from 0 to 60 seconds, but was ");
    assertThat(run.errLines().get(1)).isEqualTo("Usage: pykka-demo proxy [-hvV] [--delay=SECONDS]");
    assertThat(run.out()).isEmpty();
  }
}
