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
import pykka.ActorProxy;
import pykka.ActorRef;
import pykka.ThreadingActor;
import pykka.VirtualThreadActor;

/**
 * A proxy call round trip from a plain thread beside a plain {@code ask} doing the same work: the
 * goal is that both proxies stay within 1.5× of the ask. pykka only (Pekko classic has no proxies);
 * sample mode, so JMH reports the median ({@code p0.50}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ProxyBenchmark {

  /** Which pykka runtime. */
  @Param({"THREADING", "VIRTUAL"})
  public String impl;

  private ActorRef<?> ref;
  private ActorProxy untyped;
  private Adder typed;

  /** The typed proxy's interface. */
  public interface Adder {
    /**
     * Adds on the actor's thread and waits for the sum.
     *
     * @param a a number
     * @param b another
     * @return the sum
     */
    int add(int a, int b);
  }

  /** The message a plain ask sends. */
  record Add(int a, int b) {}

  /** An actor with a public method, reached through proxies, and the same work for a plain ask. */
  public static final class PlatformAdder extends ThreadingActor {
    /**
     * The proxied method.
     *
     * @param a a number
     * @param b another
     * @return the sum
     */
    public int add(int a, int b) {
      return a + b;
    }

    @Override
    protected Object onReceive(Object message) {
      Add m = (Add) message;
      return add(m.a(), m.b());
    }

    @Override
    protected boolean useDaemonThread() {
      return true;
    }
  }

  /** The same on virtual threads. */
  public static final class VirtualAdder extends VirtualThreadActor {
    /**
     * The proxied method.
     *
     * @param a a number
     * @param b another
     * @return the sum
     */
    public int add(int a, int b) {
      return a + b;
    }

    @Override
    protected Object onReceive(Object message) {
      Add m = (Add) message;
      return add(m.a(), m.b());
    }
  }

  /** Starts the actor and makes both proxies. */
  @Setup
  public void setUp() {
    ref = impl.equals("THREADING") ? new PlatformAdder().start() : new VirtualAdder().start();
    untyped = ref.proxy();
    typed = ref.proxy(Adder.class);
  }

  /** Stops the actor. */
  @TearDown
  public void tearDown() {
    ref.stop();
  }

  /**
   * The baseline: a plain ask of a message the actor adds.
   *
   * @return the sum
   */
  @Benchmark
  public Object ask() {
    return ref.ask(new Add(1, 2));
  }

  /**
   * {@code proxy.call("add", 1, 2).get()}.
   *
   * @return the sum
   */
  @Benchmark
  public Object untypedProxyCall() {
    return untyped.call("add", 1, 2).get();
  }

  /**
   * {@code proxy.add(1, 2)} on the interface-typed proxy.
   *
   * @return the sum
   */
  @Benchmark
  public int typedProxyCall() {
    return typed.add(1, 2);
  }
}
