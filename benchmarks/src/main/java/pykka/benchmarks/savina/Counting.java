package pykka.benchmarks.savina;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import pykka.benchmarks.runtime.ActorRuntime;
import pykka.benchmarks.runtime.Behavior;
import pykka.benchmarks.runtime.Ref;

/** A producer actor tells {@code size} increments to a counter actor, then asks for the total. */
final class Counting implements Workload {

  private static final Object INCREMENT = "increment";

  /** Tells the counter to report its total. */
  private record Report(CompletableFuture<Long> total) {}

  /** Tells the producer to start. */
  private record Go(long count, Ref counter, CompletableFuture<Long> total) {}

  /** Counts increments. */
  private static final class Counter implements Behavior {
    long count;

    @Override
    public Object receive(Object message, Ref self) {
      if (message == INCREMENT) {
        count++;
      } else {
        ((Report) message).total().complete(count);
      }
      return null;
    }
  }

  @Override
  public String name() {
    return "counting";
  }

  @Override
  public List<Metric> metrics() {
    return List.of(new Metric("counting", "msgs/s", true));
  }

  @Override
  public double[] run(ActorRuntime runtime, long size) throws Exception {
    Ref counter = runtime.spawn(new Counter());
    Ref producer =
        runtime.spawn(
            (Behavior)
                (message, self) -> {
                  Go go = (Go) message;
                  Ref c = go.counter();
                  for (long i = 0; i < go.count(); i++) {
                    c.tell(INCREMENT);
                  }
                  c.tell(new Report(go.total()));
                  return null;
                });
    CompletableFuture<Long> total = new CompletableFuture<>();
    long t0 = System.nanoTime();
    producer.tell(new Go(size, counter, total));
    long counted = Signal.await(total);
    long nanos = System.nanoTime() - t0;
    if (counted != size) {
      throw new IllegalStateException("counted " + counted + " of " + size);
    }
    producer.stopAndWait();
    counter.stopAndWait();
    return new double[] {Signal.perSecond(size, nanos)};
  }
}
