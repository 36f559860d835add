package pykka.soak;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import pykka.Actor;
import pykka.ActorRef;
import pykka.ActorRegistry;

/**
 * The checks the scenarios make as they go: each throws {@link AssertionError} when its invariant
 * breaks, and no wait lasts longer than {@link #BOUND}.
 */
final class SoakChecks {

  /** No reply, stop or get may take longer than this: past it, something hangs. */
  static final Duration BOUND = Duration.ofSeconds(30);

  private SoakChecks() {}

  /** Throws {@link AssertionError} saying {@code what} unless {@code ok}. */
  static void check(boolean ok, String what) {
    if (!ok) {
      throw new AssertionError(what);
    }
  }

  /** Waits for {@code latch}, at most {@link #BOUND}; {@code what} names what it stands for. */
  static void await(CountDownLatch latch, String what) {
    try {
      check(latch.await(BOUND.toSeconds(), TimeUnit.SECONDS), "waited " + BOUND + " for " + what);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted waiting for " + what, e);
    }
  }

  /** Checks that an ended actor is dead and unregistered. */
  static void checkGone(ActorRef<Actor> ref) {
    check(!ref.isAlive(), ref + " is alive after its end");
    check(ActorRegistry.getByUrn(ref.actorUrn()).isEmpty(), ref + " is registered after its end");
  }
}
