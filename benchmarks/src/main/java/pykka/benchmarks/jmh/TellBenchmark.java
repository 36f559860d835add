package pykka.benchmarks.jmh;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
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
 * Tell throughput to one actor from one plain thread: a batch of tells, then a flush message whose
 * handling completes a future, so the score counts messages handled, not just enqueued.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TellBenchmark {

  static final int BATCH = 10_000;
  private static final Object MESSAGE = "tell";

  /** The implementation under test. */
  @Param({"THREADING", "VIRTUAL", "PEKKO"})
  public Implementation impl;

  private ActorRuntime runtime;
  private Ref sink;

  /** Completes the future it carries when handled. */
  private record Flush(CompletableFuture<Void> done) {}

  /** Counts tells; answers flushes. */
  private static final class Sink implements Behavior {
    long count;

    @Override
    public Object receive(Object message, Ref self) {
      if (message instanceof Flush f) {
        f.done().complete(null);
      } else {
        count++;
      }
      return null;
    }
  }

  /** Starts the runtime and the one actor. */
  @Setup
  public void setUp() {
    runtime = impl.create();
    sink = runtime.spawn(new Sink());
  }

  /** Stops them. */
  @TearDown
  public void tearDown() {
    sink.stopAndWait();
    runtime.close();
  }

  /** Tells {@value #BATCH} messages and waits until the actor has handled them. */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void tell() {
    Ref s = sink;
    for (int i = 0; i < BATCH; i++) {
      s.tell(MESSAGE);
    }
    CompletableFuture<Void> done = new CompletableFuture<>();
    s.tell(new Flush(done));
    done.join();
  }
}
