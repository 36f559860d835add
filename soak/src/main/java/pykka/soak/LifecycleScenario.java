package pykka.soak;

import static pykka.soak.SoakChecks.BOUND;
import static pykka.soak.SoakChecks.await;
import static pykka.soak.SoakChecks.check;
import static pykka.soak.SoakChecks.checkGone;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletionException;
import pykka.Actor;
import pykka.ActorRef;
import pykka.Future;

/**
 * The lifecycle scenario: a short-lived actor started, used and ended one of seven ways, failing
 * ones with unchecked and checked exceptions, errors and raw throwables. Checks as it goes,
 * throwing {@link AssertionError} when an invariant breaks.
 */
final class LifecycleScenario {

  /** How a lifecycle scenario ends its actor. */
  enum End {
    STOP,
    STOP_ASYNC,
    STOP_FROM_INSIDE,
    FAILING_TELL,
    FAILING_DEFER,
    FAILING_ASK_THEN_STOP,
    FAILING_PROXY_CALL_THEN_STOP
  }

  private final SoakStats stats;

  LifecycleScenario(SoakStats stats) {
    this.stats = stats;
  }

  /** An actor started, used and ended one of seven ways; its hooks run once, nothing is left. */
  void lifecycle(Sender me, Random random) {
    Mortal mortal = new Mortal();
    ActorRef<Actor> ref = mortal.startOnRandomRuntime(random, stats);
    List<Future<Object>> replies = new ArrayList<>();
    int k = random.nextInt(20);
    for (int i = 0; i < k; i++) {
      if (i % 2 == 0) {
        ref.tell(i);
        stats.count("messages: tell");
      } else {
        replies.add(ref.askAsync(i));
        stats.count("messages: ask");
      }
    }
    End end = End.values()[random.nextInt(End.values().length)];
    Throwable thrown = randomThrowable(random);
    switch (end) {
      case STOP -> check(ref.stop(BOUND), "stop() of a live actor returned false");
      case STOP_ASYNC ->
          check(ref.stopAsync().get(BOUND), "stopAsync() of a live actor gave false");
      case STOP_FROM_INSIDE -> ref.tell("stop yourself");
      case FAILING_TELL -> {
        stats.count("failures injected: tell");
        ref.tell(new Mortal.Fail(thrown));
      }
      case FAILING_DEFER -> {
        stats.count("failures injected: tell");
        ref.proxy().traverse("counter").method("fail").defer(thrown);
      }
      case FAILING_ASK_THEN_STOP -> {
        stats.count("failures injected: ask");
        checkFailedWith(ref.askAsync(new Mortal.Fail(thrown)), thrown);
        check(ref.isAlive(), "an actor died of a failed ask");
        check(ref.stop(BOUND), "stop() of a live actor returned false");
      }
      case FAILING_PROXY_CALL_THEN_STOP -> {
        stats.count("failures injected: ask");
        checkFailedWith(ref.proxy().traverse("counter").call("fail", thrown), thrown);
        check(ref.isAlive(), "an actor died of a failed proxy call");
        check(ref.stop(BOUND), "stop() of a live actor returned false");
      }
    }
    await(mortal.ended, "the actor's end (" + end + ")");
    boolean failed = end == End.FAILING_TELL || end == End.FAILING_DEFER;
    check(
        mortal.onStops.get() == (failed ? 0 : 1),
        "onStop ran " + mortal.onStops + " times, " + end);
    check(
        mortal.onFailures.get() == (failed ? 1 : 0),
        "onFailure ran " + mortal.onFailures + " times, " + end);
    if (failed) {
      check(mortal.failure == thrown, "onFailure got " + mortal.failure + ", not " + thrown);
    }
    checkGone(ref);
    for (int i = 0; i < replies.size(); i++) {
      Object reply = replies.get(i).get(BOUND); // all were sent before the end: all answered
      check(Integer.valueOf(2 * i + 1).equals(reply), "reply " + reply + " to " + (2 * i + 1));
    }
    stats.count("actors ended: " + end);
  }

  private static Throwable randomThrowable(Random random) {
    return switch (random.nextInt(4)) {
      case 0 -> new IllegalStateException("injected");
      case 1 -> new IOException("injected, checked");
      case 2 -> new AssertionError("injected error");
      default -> new Throwable("injected raw throwable");
    };
  }

  /** The reply fails with {@code thrown}: itself if unchecked or an Error, else wrapped. */
  private static void checkFailedWith(Future<Object> reply, Throwable thrown) {
    try {
      Object value = reply.get(BOUND);
      throw new AssertionError("a failing call was answered with " + value);
    } catch (CompletionException e) {
      check(
          !(thrown instanceof RuntimeException || thrown instanceof Error),
          "an unchecked throwable came back wrapped");
      check(
          e.getCause() == thrown, "a failing call failed with " + e.getCause() + ", not " + thrown);
    } catch (RuntimeException | Error e) {
      if (e instanceof AssertionError a && a != thrown) {
        throw a;
      }
      check(e == thrown, "a failing call failed with " + e + ", not " + thrown);
    }
  }
}
