package pykka.soak;

import static pykka.soak.SoakChecks.BOUND;
import static pykka.soak.SoakChecks.await;
import static pykka.soak.SoakChecks.check;
import static pykka.soak.SoakChecks.checkGone;

import java.time.Duration;
import java.util.Random;
import pykka.Actor;
import pykka.ActorRef;
import pykka.DeadlockException;
import pykka.Future;
import pykka.TimeoutException;

/**
 * The scenarios of an actor that cannot answer: one stuck in a message (asks time out, the stop
 * waits), one asking itself (the ask fails as a deadlock). Each checks its invariants as it goes,
 * throwing {@link AssertionError} when one breaks.
 */
final class StuckActorScenarios {

  private final SoakStats stats;

  StuckActorScenarios(SoakStats stats) {
    this.stats = stats;
  }

  /**
   * An actor stuck in a message: a timed ask times out, the stop waits, and all completes later.
   */
  void hang(Sender me, Random random) {
    Mortal mortal = new Mortal();
    ActorRef<Actor> ref = mortal.startOnRandomRuntime(random, stats);
    ref.tell("hang");
    await(mortal.hanging, "the hanging message to begin");
    try {
      ref.ask("are you there?", Duration.ofMillis(2));
      throw new AssertionError("an ask of a hanging actor was answered");
    } catch (TimeoutException expected) {
      stats.count("timeouts seen (expected)");
    }
    Future<Object> later = ref.askAsync("later");
    Future<Boolean> stop = ref.stopAsync();
    try {
      stop.get(Duration.ZERO);
      throw new AssertionError("a hanging actor stopped");
    } catch (TimeoutException expected) {
      stats.count("timeouts seen (expected)");
    }
    mortal.release.countDown();
    check(stop.get(BOUND), "the stop of a live actor gave false");
    check("later".equals(later.get(BOUND)), "an ask queued behind the hang was not answered");
    checkGone(ref);
    stats.count("actors ended: STOP_ASYNC");
  }

  /** A blocking ask of an actor to itself fails with DeadlockException; the actor lives on. */
  void selfAsk(Sender me, Random random) {
    Mortal mortal = new Mortal();
    ActorRef<Actor> ref = mortal.startOnRandomRuntime(random, stats);
    stats.count("failures injected: ask");
    try {
      ref.ask("ask yourself", BOUND);
      throw new AssertionError("an actor's ask of itself was answered");
    } catch (DeadlockException expected) {
      stats.count("deadlocks detected (expected)");
    }
    check(ref.isAlive(), "a self-ask killed the actor");
    check(ref.stop(BOUND), "stop() of a live actor returned false");
    checkGone(ref);
    stats.count("actors ended: STOP");
  }
}
