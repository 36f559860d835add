package pykka.benchmarks.savina;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import pykka.benchmarks.runtime.ActorRuntime;
import pykka.benchmarks.runtime.Behavior;
import pykka.benchmarks.runtime.Ref;

/** Two actors bounce one ball {@code size} round trips: one message in flight at any time. */
final class PingPong implements Workload {

  /** The one ball; whoever holds it owns it, and each tell hands it over. */
  private static final class Ball {
    final CompletableFuture<Void> done = new CompletableFuture<>();
    long remaining;
    Ref ping;
    Ref pong;
  }

  @Override
  public String name() {
    return "ping-pong";
  }

  @Override
  public List<Metric> metrics() {
    return List.of(new Metric("ping-pong", "msgs/s", true));
  }

  @Override
  public double[] run(ActorRuntime runtime, long size) throws Exception {
    Ball ball = new Ball();
    ball.remaining = size;
    ball.ping =
        runtime.spawn(
            (Behavior)
                (message, self) -> {
                  Ball b = (Ball) message;
                  if (--b.remaining == 0) {
                    b.done.complete(null);
                  } else {
                    b.pong.tell(b);
                  }
                  return null;
                });
    ball.pong =
        runtime.spawn(
            (Behavior)
                (message, self) -> {
                  Ball b = (Ball) message;
                  b.ping.tell(b);
                  return null;
                });
    long t0 = System.nanoTime();
    ball.pong.tell(ball);
    Signal.await(ball.done);
    long nanos = System.nanoTime() - t0;
    ball.ping.stopAndWait();
    ball.pong.stopAndWait();
    return new double[] {Signal.perSecond(2 * size, nanos)};
  }
}
