package pykka.benchmarks.savina;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import pykka.benchmarks.runtime.ActorRuntime;
import pykka.benchmarks.runtime.Behavior;
import pykka.benchmarks.runtime.Ref;

/**
 * Savina's fork-join creation: the main thread creates {@code size} actors and tells each one
 * message; each computes a little and stops itself. Measures actors created, run and stopped per
 * second.
 */
final class ForkJoinCreation implements Workload {

  /** Counts stopped actors and completes when the last one has stopped. */
  private static final class Finish {
    final AtomicLong left;
    final CompletableFuture<Void> done = new CompletableFuture<>();

    Finish(long count) {
      left = new AtomicLong(count);
    }

    void stopped() {
      if (left.decrementAndGet() == 0) {
        done.complete(null);
      }
    }
  }

  /** Computes once and stops. */
  private static final class Worker implements Behavior {
    private final Finish finish;
    double result;

    Worker(Finish finish) {
      this.finish = finish;
    }

    @Override
    public Object receive(Object message, Ref self) {
      result = Signal.compute((Double) message);
      self.stop();
      return null;
    }

    @Override
    public void stopped() {
      finish.stopped();
    }
  }

  @Override
  public String name() {
    return "fj-create";
  }

  @Override
  public List<Metric> metrics() {
    return List.of(new Metric("fork-join creation", "actors/s", true));
  }

  @Override
  public double[] run(ActorRuntime runtime, long size) throws Exception {
    Finish finish = new Finish(size);
    Double message = 1.5;
    long t0 = System.nanoTime();
    for (long i = 0; i < size; i++) {
      runtime.spawn(new Worker(finish)).tell(message);
    }
    Signal.await(finish.done);
    long nanos = System.nanoTime() - t0;
    return new double[] {Signal.perSecond(size, nanos)};
  }
}
