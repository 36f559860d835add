package pykka.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;
import pykka.ActorRef;
import pykka.Termination;
import pykka.VirtualThreadActor;

/**
 * A watch racing the watched actor's death (rule S3 of docs/supervision.md): the watcher's {@code
 * onTerminated} runs exactly once, whether the watch came before the death (the death notifies it)
 * or after (the watch queues the notice at once); never twice, never not at all.
 *
 * <p>Results: how many notices the watcher handled ({@code -1} if waiting for the watched actor's
 * end or the watcher's reply timed out), then the stopper's outcome ({@code 1} done).
 */
public final class WatchRaces {

  private WatchRaces() {}

  /** Tells the watcher to watch {@link Watcher#target}. */
  static final Object WATCH = new Object();

  /** Asks the watcher how many notices it has handled. */
  static final Object COUNT = new Object();

  /** Watches its target when told to, and counts the notices it gets. */
  static final class Watcher extends VirtualThreadActor {
    private final ActorRef<?> target;
    private int notices;

    Watcher(ActorRef<?> target) {
      this.target = target;
    }

    @Override
    protected Object onReceive(Object message) {
      if (message == WATCH) {
        watch(target);
        return null;
      }
      return notices;
    }

    @Override
    protected void onTerminated(Termination termination) {
      notices++;
    }
  }

  /** The actor watched: does nothing. */
  static final class Watched extends VirtualThreadActor {}

  /** Watch (on the watcher's thread) against a stop of the watched actor. */
  @JCStressTest
  @Outcome(id = "1, 1", expect = ACCEPTABLE, desc = "notified exactly once")
  @Outcome(id = "0, .*", expect = FORBIDDEN, desc = "never notified")
  @Outcome(id = "2, .*", expect = FORBIDDEN, desc = "notified twice")
  @Outcome(expect = FORBIDDEN, desc = "something else")
  @State
  public static class WatchVersusStop {
    private final ActorRef<Watched> watched = new Watched().start();
    private final ActorRef<Watcher> watcher = new Watcher(watched).start();

    /** Creates the state: both actors started. */
    public WatchVersusStop() {}

    /**
     * Makes the watcher watch.
     *
     * @param r unused
     */
    @Actor
    public void watch(II_Result r) {
      watcher.tell(WATCH);
    }

    /**
     * Stops the watched actor, without waiting.
     *
     * @param r whether the stop was sent
     */
    @Actor
    public void stop(II_Result r) {
      watched.stopAsync();
      r.r2 = Codes.OK;
    }

    /**
     * Once the watch has run and the watched actor has ended (its notices are then queued), counts
     * the watcher's notices; then stops the watcher.
     *
     * @param r the number of notices
     */
    @Arbiter
    public void count(II_Result r) {
      try {
        watcher.ask(COUNT, Codes.PATIENCE); // the watch has run: a notice it queued is queued
        watched.termination().get(Codes.PATIENCE); // the death's notices are queued
        r.r1 = (Integer) watcher.ask(COUNT, Codes.PATIENCE);
      } catch (RuntimeException e) {
        r.r1 = Codes.TIMED_OUT;
      } finally {
        watcher.stopAsync();
      }
    }
  }
}
