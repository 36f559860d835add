package pykka.soak;

import static pykka.soak.SoakChecks.BOUND;
import static pykka.soak.SoakChecks.await;
import static pykka.soak.SoakChecks.check;
import static pykka.soak.SoakChecks.checkGone;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import pykka.Actor;
import pykka.ActorDeadException;
import pykka.ActorRef;
import pykka.Future;

/**
 * The scenarios where messages race a stop, from one sender and from three: what was sent before
 * the stop is answered, what comes after fails as dead. Each checks its invariants as it goes,
 * throwing {@link AssertionError} when one breaks.
 */
final class StopRaceScenarios {

  private final SoakStats stats;

  StopRaceScenarios(SoakStats stats) {
    this.stats = stats;
  }

  /** Asks before and after a stop: those before are answered, those after fail as dead. */
  void stopRace(Sender me, Random random) {
    Mortal mortal = new Mortal();
    ActorRef<Actor> ref = mortal.startOnRandomRuntime(random, stats);
    List<Future<Object>> before = new ArrayList<>();
    int n = random.nextInt(30);
    for (int i = 0; i < n; i++) {
      before.add(ref.askAsync(i));
    }
    Future<Boolean> stop = ref.stopAsync();
    List<Future<Object>> after = new ArrayList<>();
    int m = random.nextInt(30);
    for (int i = 0; i < m; i++) {
      after.add(ref.askAsync("after the stop " + i));
      try {
        ref.tell("after the stop");
      } catch (ActorDeadException dead) {
        stats.count("stop race: tells after the stop that threw ActorDeadException");
      }
    }
    stats.add("messages: ask", n + m);
    for (int i = 0; i < n; i++) {
      Object reply = before.get(i).get(BOUND);
      check(
          Integer.valueOf(i).equals(reply),
          "reply " + reply + " to ask " + i + " sent before the stop");
    }
    for (Future<Object> late : after) {
      try {
        Object reply = late.get(BOUND);
        throw new AssertionError("an ask sent after the stop was answered: " + reply);
      } catch (ActorDeadException expected) {
        stats.count("stop race: asks after the stop answered with ActorDeadException");
      }
    }
    check(stop.get(BOUND), "the stop of a live actor gave false");
    check(!ref.stop(BOUND), "a stop of a dead actor gave true");
    check(mortal.onStops.get() == 1, "onStop ran " + mortal.onStops + " times");
    checkGone(ref);
    stats.count("actors ended: STOP_ASYNC");
  }

  /**
   * Three threads send to an actor while it is stopped: every ask completes, and each sender's
   * answered asks come before its dead ones, since a sender's messages are handled in order.
   */
  void crowdedStop(Sender me, Random random) {
    Mortal mortal = new Mortal();
    ActorRef<Actor> ref = mortal.startOnRandomRuntime(random, stats);
    List<CompletableFuture<List<Future<Object>>>> crowd = new ArrayList<>();
    for (int s = 0; s < 3; s++) {
      CompletableFuture<List<Future<Object>>> sent = new CompletableFuture<>();
      crowd.add(sent);
      Thread.ofVirtual()
          .start(
              () -> {
                List<Future<Object>> replies = new ArrayList<>();
                try {
                  for (int i = 0; i < 200; i++) {
                    replies.add(ref.askAsync(i));
                    if (i % 3 == 0) {
                      ref.tell(i);
                    }
                  }
                } catch (ActorDeadException dead) {
                  // a tell found the actor dead: this sender is done
                }
                sent.complete(replies);
              });
    }
    for (int i = random.nextInt(50); i > 0; i--) {
      Thread.yield();
    }
    Future<Boolean> stop = null;
    if (random.nextBoolean()) {
      stop = ref.stopAsync();
    } else {
      ref.tell("stop yourself");
    }
    long answered = 0;
    long dead = 0;
    for (CompletableFuture<List<Future<Object>>> sent : crowd) {
      List<Future<Object>> replies = sent.join();
      boolean deadYet = false;
      for (int i = 0; i < replies.size(); i++) {
        try {
          Object reply = replies.get(i).get(BOUND);
          check(
              !deadYet,
              "ask " + i + " was answered after an earlier ask of its sender failed as dead");
          check(Integer.valueOf(i).equals(reply), "reply " + reply + " to ask " + i);
          answered++;
        } catch (ActorDeadException e) {
          deadYet = true;
          dead++;
        }
      }
    }
    if (stop != null) {
      check(stop.get(BOUND), "the stop of a live actor gave false");
    }
    await(mortal.ended, "the crowded actor's end");
    check(mortal.onStops.get() == 1, "onStop ran " + mortal.onStops + " times");
    checkGone(ref);
    stats.add("messages: ask", answered + dead);
    stats.add("crowded stop: asks answered", answered);
    stats.add("crowded stop: asks answered with ActorDeadException", dead);
    stats.count("actors ended: " + (stop != null ? "STOP_ASYNC" : "STOP_FROM_INSIDE"));
  }
}
