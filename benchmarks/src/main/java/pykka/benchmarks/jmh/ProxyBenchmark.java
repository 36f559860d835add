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
import pykka.benchmarks.runtime.Adders;
import pykka.benchmarks.runtime.ProxyCalls;

/**
 * A proxy call round trip from a plain thread beside a plain {@code ask} doing the same work: the
 * goal is that both proxies stay within 1.5× of the ask. pykka only (Pekko classic has no proxies);
 * sample mode, so JMH reports the median ({@code p0.50}). The actor and the calls are the runner's
 * ({@link Adders}), so both tools measure the same thing.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ProxyBenchmark {

  /** Which pykka runtime. */
  @Param({"THREADING", "VIRTUAL"})
  public String impl;

  private ProxyCalls calls;

  /** Starts the actor and makes both proxies. */
  @Setup
  public void setUp() {
    calls = Adders.start(impl.equals("VIRTUAL"));
  }

  /** Stops the actor. */
  @TearDown
  public void tearDown() {
    calls.close();
  }

  /**
   * The baseline: a plain ask of a message the actor adds.
   *
   * @return the sum
   */
  @Benchmark
  public Object ask() {
    return calls.ask();
  }

  /**
   * {@code proxy.call("add", 1, 2).get()}.
   *
   * @return the sum
   */
  @Benchmark
  public Object untypedProxyCall() {
    return calls.untypedCall();
  }

  /**
   * {@code proxy.add(1, 2)} on the interface-typed proxy.
   *
   * @return the sum
   */
  @Benchmark
  public int typedProxyCall() {
    return calls.typedCall();
  }
}
