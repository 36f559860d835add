package pykka.benchmarks.savina;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import pykka.benchmarks.runtime.Implementation;

final class ReportTest {

  private static Report report(Results results) {
    return new Report(Settings.parse(new String[0]), results, "0.00, 0.00, 0.00", "0.1, 0, 0", 1);
  }

  @Test
  void cellsShowTheMedianOverRoundsAndTheRatioToPekko() {
    Results r = new Results();
    Metric m = new PingPong().metrics().get(0);
    r.add(m, Implementation.PEKKO, 1_000_000);
    r.add(m, Implementation.PEKKO, 3_000_000);
    r.add(m, Implementation.PEKKO, 2_000_000);
    r.add(m, Implementation.VIRTUAL, 3_000_000);
    String md = report(r).markdown();
    assertThat(md).contains("| ping-pong | msgs/s |").contains("3.00 M (1.50×)").contains("2.00 M |");
  }

  @Test
  void aRateGoalIsMetOnlyAtOrAboveItsRatio() {
    Results r = new Results();
    Metric m = new Big(120).metrics().get(0);
    r.add(m, Implementation.PEKKO, 100);
    r.add(m, Implementation.VIRTUAL, 149);
    assertThat(report(r).markdown())
        .contains("| VirtualThreadActor big ≥ 1.5× Pekko | 1.49× (149 msgs/s vs 100 msgs/s) | **no** |");
    r.add(m, Implementation.VIRTUAL, 151);
    r.add(m, Implementation.VIRTUAL, 160);
    assertThat(report(r).markdown())
        .contains("| VirtualThreadActor big ≥ 1.5× Pekko | 1.51× (151 msgs/s vs 100 msgs/s) | yes |");
  }

  @Test
  void aLatencyOrMemoryGoalIsMetOnlyAtOrBelowItsRatio() {
    Results r = new Results();
    Metric m = new IdleMemory("10k").metrics().get(0);
    r.add(m, Implementation.PEKKO, 800);
    r.add(m, Implementation.VIRTUAL, 801);
    assertThat(report(r).markdown()).contains("10k actors ≤ 1.0× Pekko | 1.00× (801 B vs 800 B) | **no** |");
  }

  @Test
  void aFailedRunIsShownInItsCellAndItsGoalIsNotMet() {
    Results r = new Results();
    Metric m = new Counting().metrics().get(0);
    r.add(m, Implementation.PEKKO, 1e6);
    r.fail(m, Implementation.VIRTUAL, "timed out");
    String md = report(r).markdown();
    assertThat(md).contains("| timed out |").contains("counting ≥ 1.0× Pekko | not measured | **no** |");
  }

  @Test
  void aComparisonOfTwoImplementationsThatWereNeitherRunIsLeftOut() {
    Results r = new Results();
    Metric m = new IdleMemory("1M").metrics().get(0);
    r.add(m, Implementation.PEKKO, 800);
    r.add(m, Implementation.VIRTUAL, 700);
    assertThat(report(r).markdown())
        .contains("VirtualThreadActor heap per idle actor, 1M actors")
        .doesNotContain("straightforward port: heap per idle actor, 1M actors");
  }

  @Test
  void withOneValuePerRoundTheRatioIsTheMedianOfThePerRoundRatios() {
    Results r = new Results();
    Metric m = new ThreadRing(1000).metrics().get(0);
    // Load drifts between rounds: rounds 1 and 3 slow for both, round 2 fast for both.
    r.add(m, Implementation.PEKKO, 100);
    r.add(m, Implementation.VIRTUAL, 150);
    r.add(m, Implementation.PEKKO, 1000);
    r.add(m, Implementation.VIRTUAL, 1400);
    r.add(m, Implementation.PEKKO, 100);
    r.add(m, Implementation.VIRTUAL, 130);
    // Ratio of medians would be 150 / 100 = 1.50; the per-round ratios are 1.5, 1.4, 1.3.
    assertThat(report(r).markdown()).contains("150 (1.40×)").contains("| 1.40× (150 hops/s vs 100 hops/s) |");
  }
}
