package pykka.benchmarks.savina;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import pykka.benchmarks.runtime.ActorRuntime;
import pykka.benchmarks.runtime.Behavior;
import pykka.benchmarks.runtime.Ref;

/**
 * Savina's fork-join throughput: the main thread tells {@code size} messages round-robin to a fixed
 * set of actors, each of which computes a little per message.
 */
final class ForkJoinThroughput implements Workload {

  private final int actors;

  ForkJoinThroughput(int actors) {
    this.actors = actors;
  }

  /** Computes per message; reports when it has had its share. */
  private static final class Worker implements Behavior {
    private final long expected;
    private final AtomicInteger left;
    private final CompletableFuture<Void> done;
    private long received;
    double result;

    Worker(long expected, AtomicInteger left, CompletableFuture<Void> done) {
      this.expected = expected;
      this.left = left;
      this.done = done;
    }

    @Override
    public Object receive(Object message, Ref self) {
      result += Signal.compute((Double) message);
      if (++received == expected && left.decrementAndGet() == 0) {
        done.complete(null);
      }
      return null;
    }
  }

  @Override
  public String name() {
    return "fj-throughput";
  }

  @Override
  public List<Metric> metrics() {
    return List.of(new Metric("fork-join throughput (" + actors + " actors)", "msgs/s", true));
  }

  @Override
  public double[] run(ActorRuntime runtime, long size) throws Exception {
    long perActor = Math.max(1, size / actors);
    AtomicInteger left = new AtomicInteger(actors);
    CompletableFuture<Void> done = new CompletableFuture<>();
    Ref[] refs = new Ref[actors];
    for (int i = 0; i < actors; i++) {
      refs[i] = runtime.spawn(new Worker(perActor, left, done));
    }
    Double message = 1.5;
    long t0 = System.nanoTime();
    for (long m = 0; m < perActor; m++) {
      for (Ref r : refs) {
        r.tell(message);
      }
    }
    Signal.await(done);
    long nanos = System.nanoTime() - t0;
    for (Ref r : refs) {
      r.stopAndWait();
    }
    return new double[] {Signal.perSecond(perActor * actors, nanos)};
  }
}
