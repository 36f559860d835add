package pykka.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class TypedCommandTest {

  @Test
  void typedShowsTheProxysTypesAndWhatItsCallsReturn() {
    Run run = Run.of("typed");

    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines())
        .containsExactly(
            "proxy.stop() returns pykka.Future<java.lang.Void>",
            "proxy.pi() returns pykka.Future<java.lang.Double>",
            "proxy.area(double) returns pykka.Future<java.lang.Double>",
            "proxy.pi().get() is 3.14",
            "proxy.area(2.0).get() is 12.56");
  }
}
