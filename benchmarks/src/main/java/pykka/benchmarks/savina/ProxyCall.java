package pykka.benchmarks.savina;

import java.util.Arrays;
import java.util.List;
import pykka.benchmarks.runtime.ActorRuntime;
import pykka.benchmarks.runtime.Implementation;
import pykka.benchmarks.runtime.ProxyCalls;

/**
 * A plain thread reaches one actor {@code size} times each by a plain ask, an untyped proxy call
 * and a typed proxy call, interleaved so that drifting load hits all three alike; reports the
 * median round trip of each. pykka only: the other implementations have no proxies.
 */
final class ProxyCall implements Workload {

  @Override
  public String name() {
    return "proxy";
  }

  @Override
  public boolean supports(Implementation impl) {
    return impl.isPykka();
  }

  @Override
  public List<Metric> metrics() {
    return List.of(
        new Metric("plain ask beside the proxy calls (median)", "µs", false),
        new Metric("untyped proxy call (median)", "µs", false),
        new Metric("typed proxy call (median)", "µs", false));
  }

  @Override
  public double[] run(ActorRuntime runtime, long size) {
    int n = (int) Math.min(size, 10_000_000);
    long[][] nanos = new long[3][n];
    try (ProxyCalls calls = runtime.proxyCalls()) {
      for (int i = 0; i < n; i++) {
        // Rotate which of the three goes first, so none always follows the same one.
        for (int k = 0; k < 3; k++) {
          int which = (i + k) % 3;
          long t0 = System.nanoTime();
          Object sum =
              switch (which) {
                case 0 -> calls.ask();
                case 1 -> calls.untypedCall();
                default -> calls.typedCall();
              };
          nanos[which][i] = System.nanoTime() - t0;
          if (!Integer.valueOf(3).equals(sum)) {
            throw new IllegalStateException("wrong sum " + sum);
          }
        }
      }
    }
    double[] medians = new double[3];
    for (int k = 0; k < 3; k++) {
      Arrays.sort(nanos[k]);
      medians[k] = nanos[k][n / 2] / 1000.0;
    }
    return medians;
  }
}
