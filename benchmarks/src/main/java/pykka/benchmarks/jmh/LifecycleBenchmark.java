package pykka.benchmarks.jmh;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import pykka.benchmarks.runtime.ActorRuntime;
import pykka.benchmarks.runtime.Behavior;
import pykka.benchmarks.runtime.Implementation;
import pykka.benchmarks.runtime.Ref;

/**
 * Starting an actor and stopping it, waiting until it has stopped: pykka's {@code start()} and
 * {@code ref.stop()}, Pekko's {@code actorOf} and {@code Patterns.gracefulStop}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LifecycleBenchmark {

  private static final Behavior NOTHING = (message, self) -> null;

  /** The implementation under test. */
  @Param({"THREADING", "VIRTUAL", "PEKKO"})
  public Implementation impl;

  private ActorRuntime runtime;

  /** Starts the runtime. */
  @Setup
  public void setUp() {
    runtime = impl.create();
  }

  /** Stops it. */
  @TearDown
  public void tearDown() {
    runtime.close();
  }

  /**
   * Starts one actor and stops it.
   *
   * @return its ref
   */
  @Benchmark
  public Ref startAndStop() {
    Ref ref = runtime.spawn(NOTHING);
    ref.stopAndWait();
    return ref;
  }
}
