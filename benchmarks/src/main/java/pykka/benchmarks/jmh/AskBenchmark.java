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
 * Ask round trip from a plain (non-actor) thread to an echo actor: pykka's {@code ref.ask}, Pekko's
 * {@code Patterns.ask(...).toCompletableFuture().join()}. Sample mode, so JMH reports the median
 * ({@code p0.50}) beside the mean.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AskBenchmark {

  private static final Object MESSAGE = "ping";

  /** The implementation under test. */
  @Param({"THREADING", "VIRTUAL", "PEKKO"})
  public Implementation impl;

  private ActorRuntime runtime;
  private Ref echo;

  /** Starts the runtime and an actor that replies with the message. */
  @Setup
  public void setUp() {
    runtime = impl.create();
    echo = runtime.spawn((Behavior) (message, self) -> message);
  }

  /** Stops them. */
  @TearDown
  public void tearDown() {
    echo.stopAndWait();
    runtime.close();
  }

  /**
   * One round trip.
   *
   * @return the reply
   */
  @Benchmark
  public Object ask() {
    return echo.ask(MESSAGE);
  }
}
