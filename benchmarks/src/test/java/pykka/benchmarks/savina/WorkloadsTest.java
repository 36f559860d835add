package pykka.benchmarks.savina;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import pykka.benchmarks.runtime.ActorRuntime;
import pykka.benchmarks.runtime.Implementation;

/** Every workload runs to completion on every implementation at tiny sizes (milliseconds each). */
final class WorkloadsTest {

  private static final List<String> WORKLOADS =
      List.of(
          "ping-pong",
          "thread-ring",
          "counting",
          "fj-create",
          "fj-throughput",
          "big",
          "ask",
          "proxy",
          "idle");

  @ParameterizedTest
  @EnumSource(Implementation.class)
  void everyWorkloadFinishesAndReportsOnePositiveValuePerMetric(Implementation impl)
      throws Exception {
    Settings settings = new Settings();
    settings.ringActors = 10;
    settings.fjtActors = 4;
    settings.bigActors = 6;
    try (ActorRuntime runtime = impl.create()) {
      for (String name : WORKLOADS) {
        Workload w = settings.workload(name, 50);
        if (!w.supports(impl)) {
          continue;
        }
        double[] values = w.run(runtime, name.equals("idle") ? 50 : 200);
        assertThat(values).as(name).hasSize(w.metrics().size());
        for (int i = 0; i < values.length; i++) {
          if (w.metrics().get(i).unit().equals("B")) {
            // Heap per actor is a difference of two noisy readings: only finiteness is certain.
            assertThat(Double.isFinite(values[i])).as(name).isTrue();
          } else {
            assertThat(values[i]).as(name + " " + w.metrics().get(i)).isPositive().isFinite();
          }
        }
      }
    }
  }

  @Test
  void theRunnerRunsEveryWorkloadByDefaultAndTheProxyWorkloadOnPykkaOnly() {
    Settings settings = Settings.parse(new String[0]);
    assertThat(settings.workloads).containsExactlyElementsOf(WORKLOADS);
    assertThat(settings.rounds).isGreaterThanOrEqualTo(5);
    assertThat(Settings.parse(new String[] {"--quick"}).rounds).isGreaterThanOrEqualTo(5);
    Workload proxy = settings.workload("proxy", 0);
    for (Implementation impl : Implementation.values()) {
      assertThat(proxy.supports(impl)).as(impl.id()).isEqualTo(impl.isPykka());
    }
  }
}
