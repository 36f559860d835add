package pykka.benchmarks.savina;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import pykka.benchmarks.runtime.ActorRuntime;
import pykka.benchmarks.runtime.Behavior;
import pykka.benchmarks.runtime.Ref;

/**
 * Savina's big: many workers, each sends pings to random others and waits for each pong before the
 * next ping; a worker that has had all its pongs reports. Messages counted are pings and pongs.
 */
final class Big implements Workload {

  private static final Object START = "start";
  private static final Object PONG = "pong";

  private final int workers;

  Big(int workers) {
    this.workers = workers;
  }

  /** A ping that carries who to answer; each worker sends the same one every time. */
  private record Ping(Ref from) {}

  /** A worker; {@code all} is set by the main thread before START is sent. */
  private static final class Worker implements Behavior {
    private final long pings;
    private final AtomicInteger left;
    private final CompletableFuture<Void> done;
    private final SplittableRandom random;
    Ref[] all;
    private Ping myPing;
    private long sent;

    Worker(long pings, AtomicInteger left, CompletableFuture<Void> done, long seed) {
      this.pings = pings;
      this.left = left;
      this.done = done;
      this.random = new SplittableRandom(seed);
    }

    @Override
    public Object receive(Object message, Ref self) {
      if (message instanceof Ping p) {
        p.from().tell(PONG);
      } else if (message == PONG || message == START) {
        if (myPing == null) {
          myPing = new Ping(self);
        }
        if (sent < pings) {
          sent++;
          all[random.nextInt(all.length)].tell(myPing);
        } else if (left.decrementAndGet() == 0) {
          done.complete(null);
        }
      }
      return null;
    }
  }

  @Override
  public String name() {
    return "big";
  }

  @Override
  public List<Metric> metrics() {
    return List.of(new Metric("big (" + workers + " actors)", "msgs/s", true));
  }

  @Override
  public double[] run(ActorRuntime runtime, long size) throws Exception {
    long pings = Math.max(1, size / (2L * workers));
    AtomicInteger left = new AtomicInteger(workers);
    CompletableFuture<Void> done = new CompletableFuture<>();
    Worker[] ws = new Worker[workers];
    Ref[] refs = new Ref[workers];
    for (int i = 0; i < workers; i++) {
      ws[i] = new Worker(pings, left, done, 42 + i);
      refs[i] = runtime.spawn(ws[i]);
    }
    for (Worker w : ws) {
      w.all = refs;
    }
    long t0 = System.nanoTime();
    for (Ref r : refs) {
      r.tell(START);
    }
    Signal.await(done);
    long nanos = System.nanoTime() - t0;
    for (Ref r : refs) {
      r.stopAndWait();
    }
    return new double[] {Signal.perSecond(2 * pings * workers, nanos)};
  }
}
