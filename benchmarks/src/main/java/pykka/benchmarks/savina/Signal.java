package pykka.benchmarks.savina;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Waiting for a workload to finish, with a bound so that a broken run fails instead of hanging. */
final class Signal {
  static final long TIMEOUT_SECONDS = 600;

  private Signal() {}

  static <T> T await(CompletableFuture<T> done) throws Exception {
    return done.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
  }

  static double perSecond(long count, long nanos) {
    return count * 1e9 / nanos;
  }

  /** A little arithmetic for a message to do, as Savina's fork-join workloads do. */
  static double compute(double x) {
    double v = x;
    for (int i = 0; i < 20; i++) {
      v = v * 1.000001 + 0.5 / (i + v);
    }
    return v;
  }
}
