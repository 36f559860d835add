package pykka.benchmarks.savina;

import java.util.Arrays;
import pykka.benchmarks.runtime.ActorRuntime;
import pykka.benchmarks.runtime.Implementation;

/**
 * The entry point of one child JVM: runs one workload on one implementation and prints one line
 * {@code RESULT <metric index> <value>} per metric (the median of its measured runs).
 *
 * <p>Arguments: implementation, workload, size, warm-up runs, measured runs, ring actors, fork-join
 * actors, big actors.
 */
public final class ChildRun {

  private ChildRun() {}

  /**
   * Runs it.
   *
   * @param args see the class comment
   * @throws Exception if the workload fails
   */
  public static void main(String[] args) throws Exception {
    Implementation impl = Implementation.of(args[0]);
    String workloadName = args[1];
    long size = Long.parseLong(args[2]);
    int warmup = Integer.parseInt(args[3]);
    int iterations = Integer.parseInt(args[4]);
    Settings settings = new Settings();
    settings.ringActors = Integer.parseInt(args[5]);
    settings.fjtActors = Integer.parseInt(args[6]);
    settings.bigActors = Integer.parseInt(args[7]);
    Workload workload = settings.workload(workloadName, size);
    double[][] results;
    try (ActorRuntime runtime = impl.create()) {
      if (workload.repeatable()) {
        for (int i = 0; i < warmup; i++) {
          workload.run(runtime, size);
        }
      } else {
        iterations = 1;
      }
      results = new double[iterations][];
      for (int i = 0; i < iterations; i++) {
        results[i] = workload.run(runtime, size);
      }
    }
    for (int m = 0; m < workload.metrics().size(); m++) {
      double[] values = new double[iterations];
      for (int i = 0; i < iterations; i++) {
        values[i] = results[i][m];
      }
      System.out.println("RESULT " + m + " " + median(values));
    }
    System.out.flush();
    // Platform-thread actors that a failed run left behind must not keep this JVM alive.
    System.exit(0);
  }

  static double median(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    int n = v.length;
    return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  }
}
