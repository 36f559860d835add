package pykka.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;
import pykka.ActorRef;
import pykka.ThreadingActor;
import pykka.TimeoutException;
import pykka.VirtualThreadActor;

/**
 * An ask racing with the actor's death (rule 15 of docs/behaviour.md, ActorRef's "Races with
 * stop"): the ask's future always completes, with the reply if the ask was enqueued before the stop
 * and with {@link pykka.ActorDeadException} otherwise; it never stays pending.
 *
 * <p>Results: the ask's outcome ({@code 7} the reply, {@code 2} {@code ActorDeadException}, {@code
 * -1} still pending after {@link Codes#PATIENCE}), then the killer's ({@code 1} done).
 */
public final class StopRaces {

  private StopRaces() {}

  /** The message that makes the echo actors fail. */
  static final Object FAIL = new Object();

  /** What the echo actors throw on {@link #FAIL}. */
  static final class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Failure() {
      super("failing on purpose", null, false, false);
    }
  }

  /** Replies with the message; fails on {@link #FAIL}. */
  static final class VirtualEcho extends VirtualThreadActor {
    @Override
    protected Object onReceive(Object message) {
      if (message == FAIL) {
        throw new Failure();
      }
      return message;
    }
  }

  /** The same on a platform (daemon) thread. */
  static final class PlatformEcho extends ThreadingActor {
    @Override
    protected Object onReceive(Object message) {
      return message;
    }

    @Override
    protected boolean useDaemonThread() {
      return true;
    }
  }

  static int stop(ActorRef<?> ref) {
    try {
      return ref.stop(Codes.PATIENCE) ? Codes.OK : 0;
    } catch (TimeoutException e) {
      return Codes.TIMED_OUT;
    } catch (RuntimeException e) {
      return Codes.OTHER;
    }
  }

  /** Ask against stop, on a running, idle {@link VirtualThreadActor}. */
  @JCStressTest
  @Outcome(id = "7, 1", expect = ACCEPTABLE, desc = "the ask came before the stop: answered")
  @Outcome(
      id = "2, 1",
      expect = ACCEPTABLE,
      desc = "the ask came after the stop: ActorDeadException")
  @Outcome(id = "-1, .*", expect = FORBIDDEN, desc = "the ask was left pending")
  @Outcome(expect = FORBIDDEN, desc = "something else")
  @State
  public static class AskVersusStopOnVirtualThreads {
    private final ActorRef<VirtualEcho> ref = new VirtualEcho().start();

    /** Creates the state: a started actor. */
    public AskVersusStopOnVirtualThreads() {}

    /**
     * Asks.
     *
     * @param r the ask's outcome
     */
    @Actor
    public void asker(II_Result r) {
      r.r1 = Codes.await(ref.askAsync(7));
    }

    /**
     * Stops the actor and waits for it.
     *
     * @param r whether the stop returned {@code true}
     */
    @Actor
    public void stopper(II_Result r) {
      r.r2 = stop(ref);
    }
  }

  /**
   * Ask against start-then-stop on a {@link ThreadingActor} (started by the stopper, so that each
   * test instance's platform thread lives only for its own race); the ask may come before the
   * start, and is then handled first.
   */
  @JCStressTest
  @Outcome(id = "7, 1", expect = ACCEPTABLE, desc = "the ask came before the stop: answered")
  @Outcome(
      id = "2, 1",
      expect = ACCEPTABLE,
      desc = "the ask came after the stop: ActorDeadException")
  @Outcome(id = "-1, .*", expect = FORBIDDEN, desc = "the ask was left pending")
  @Outcome(expect = FORBIDDEN, desc = "something else")
  @State
  public static class AskVersusStopOnAPlatformThread {
    private final PlatformEcho actor = new PlatformEcho();
    private final ActorRef<PlatformEcho> ref = actor.actorRef();

    /** Creates the state: the actor, not started. */
    public AskVersusStopOnAPlatformThread() {}

    /**
     * Asks.
     *
     * @param r the ask's outcome
     */
    @Actor
    public void asker(II_Result r) {
      r.r1 = Codes.await(ref.askAsync(7));
    }

    /**
     * Starts the actor, stops it and waits for it.
     *
     * @param r whether the stop returned {@code true}
     */
    @Actor
    public void stopper(II_Result r) {
      actor.start();
      r.r2 = stop(ref);
    }
  }

  /** Ask against a tell whose handling fails, which kills the actor without a stop message. */
  @JCStressTest
  @Outcome(id = "7, 1", expect = ACCEPTABLE, desc = "the ask came before the failure: answered")
  @Outcome(
      id = "2, 1",
      expect = ACCEPTABLE,
      desc = "the ask came after the failing tell: ActorDeadException")
  @Outcome(id = "-1, .*", expect = FORBIDDEN, desc = "the ask was left pending")
  @Outcome(expect = FORBIDDEN, desc = "something else")
  @State
  public static class AskVersusFailingTell {
    private final ActorRef<VirtualEcho> ref = new VirtualEcho().start();

    /** Creates the state: a started actor. */
    public AskVersusFailingTell() {}

    /**
     * Asks.
     *
     * @param r the ask's outcome
     */
    @Actor
    public void asker(II_Result r) {
      r.r1 = Codes.await(ref.askAsync(7));
    }

    /**
     * Tells the message that kills the actor.
     *
     * @param r whether the tell returned
     */
    @Actor
    public void killer(II_Result r) {
      ref.tell(FAIL);
      r.r2 = Codes.OK;
    }
  }
}
