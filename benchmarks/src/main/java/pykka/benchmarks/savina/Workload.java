package pykka.benchmarks.savina;

import java.util.List;
import pykka.benchmarks.runtime.ActorRuntime;
import pykka.benchmarks.runtime.Implementation;

/**
 * One Savina-style workload: it builds its actors on a runtime, runs, and reports its metrics.
 * Implementations are stateless; a run owns every object it makes and stops its actors before it
 * returns.
 */
interface Workload {

  /**
   * The name used on command lines and in tables, such as {@code ping-pong}.
   *
   * @return the name
   */
  String name();

  /**
   * What one run reports, in the order of {@link #run}'s result.
   *
   * @return the metrics
   */
  List<Metric> metrics();

  /**
   * Runs the workload once.
   *
   * @param runtime the implementation under test
   * @param size the workload's size (messages, hops or actors), already scaled
   * @return one value per metric
   * @throws Exception if the run fails or times out
   */
  double[] run(ActorRuntime runtime, long size) throws Exception;

  /**
   * Whether the workload can run on an implementation; the runner skips the others (their cells
   * read n/a).
   *
   * @param impl an implementation
   * @return whether it can run there
   */
  default boolean supports(Implementation impl) {
    return true;
  }

  /**
   * Whether the runner warms this workload up and repeats it in one JVM; {@code false} for the
   * memory workload, which measures one fresh heap.
   *
   * @return whether to repeat it
   */
  default boolean repeatable() {
    return true;
  }
}
