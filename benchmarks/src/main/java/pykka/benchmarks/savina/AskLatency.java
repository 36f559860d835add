package pykka.benchmarks.savina;

import java.util.Arrays;
import java.util.List;
import pykka.benchmarks.runtime.ActorRuntime;
import pykka.benchmarks.runtime.Behavior;
import pykka.benchmarks.runtime.Ref;

/** A plain (non-actor) thread asks one actor {@code size} times; reports the median round trip. */
final class AskLatency implements Workload {

  @Override
  public String name() {
    return "ask";
  }

  @Override
  public List<Metric> metrics() {
    return List.of(new Metric("ask round trip from a plain thread (median)", "µs", false));
  }

  @Override
  public double[] run(ActorRuntime runtime, long size) {
    Ref echo = runtime.spawn((Behavior) (message, self) -> message);
    int n = (int) Math.min(size, 10_000_000);
    long[] nanos = new long[n];
    Object message = "ping";
    for (int i = 0; i < n; i++) {
      long t0 = System.nanoTime();
      Object reply = echo.ask(message);
      nanos[i] = System.nanoTime() - t0;
      if (reply != message) {
        throw new IllegalStateException("wrong reply " + reply);
      }
    }
    echo.stopAndWait();
    Arrays.sort(nanos);
    return new double[] {nanos[n / 2] / 1000.0};
  }
}
