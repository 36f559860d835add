package pykka.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import pykka.ActorRef;
import pykka.ActorRegistry;
import pykka.Future;
import pykka.TimeoutException;

/**
 * Stops whatever actors a demo left running, however it ended, and waits for them at most a fixed
 * time in all. A {@code ThreadingActor}'s thread is not a daemon: an actor left running would keep
 * the JVM alive after a demo failed, and an actor stuck in a long wait (a lookup, a deadlock) must
 * not hold up the exit either.
 *
 * <p>The stops are all enqueued at once, last registered first, and then awaited against one
 * deadline, rather than one after another with a bound each ({@code
 * ActorRegistry.stopAll(Duration)} waits up to its timeout for every actor in turn, so a pool of
 * stuck actors would multiply it).
 *
 * <p>Thread safety: stateless; safe from any thread but an actor's own.
 */
final class LeftoverActors {

  /** How long the stops of the actors left running may take in all. */
  static final Duration STOP_TIMEOUT = Duration.ofSeconds(5);

  private LeftoverActors() {}

  /**
   * Stops every registered actor, waiting at most {@code timeout} in all.
   *
   * @param timeout how long to wait for all the stops together
   * @return the actors that had not stopped when the time was up, in stop order
   */
  static List<ActorRef<?>> stop(Duration timeout) {
    List<ActorRef<?>> refs = ActorRegistry.getAll();
    Collections.reverse(refs);
    List<Future<Boolean>> stops = new ArrayList<>(refs.size());
    for (ActorRef<?> ref : refs) {
      stops.add(ref.stopAsync());
    }
    long deadline = System.nanoTime() + timeout.toNanos();
    List<ActorRef<?>> running = new ArrayList<>();
    for (int i = 0; i < refs.size(); i++) {
      long left = Math.max(0, deadline - System.nanoTime());
      try {
        stops.get(i).get(Duration.ofNanos(left));
      } catch (TimeoutException e) {
        running.add(refs.get(i));
      } catch (RuntimeException e) {
        // The wait failed (the waiting thread was interrupted, say), not necessarily the stop.
        if (refs.get(i).isAlive()) {
          running.add(refs.get(i));
        }
      }
    }
    return running;
  }
}
