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
import pykka.ThreadingActor;
import pykka.VirtualThreadActor;

/**
 * Tells from two threads and an ask, through the public API, while the actor's thread goes idle:
 * every message is handled exactly once, each sender's in order, and the ask is answered. No later
 * message rescues a lost wake-up: the actor stops itself after the fourth message, and the arbiter
 * only waits.
 *
 * <p>On virtual threads this is {@code VirtualThreadMailbox}'s race between a producer's enqueue
 * and the burst thread setting IDLE; on a platform thread, {@code ThreadingMailbox}'s race between
 * an enqueue and the consumer parking. Results: the {@link Order} verdict ({@code 0} is right),
 * then the ask's reply, which is how many messages the actor had handled by then, the ask included
 * ({@code 2} to {@code 4}: how the senders interleaved).
 */
public final class InboxDelivery {

  private InboxDelivery() {}

  /** Sender A tells 10 then 11; sender B tells 20, then asks 21. */
  private static final int[][] SENT = {{10, 11}, {20, 21}};

  /** A virtual-thread actor that records what it handles and stops after four messages. */
  static final class VirtualRecorder extends VirtualThreadActor {
    final Handled handled = new Handled(4);

    @Override
    protected Object onReceive(Object message) {
      int n = handled.record(message);
      if (handled.complete()) {
        stop();
      }
      return n;
    }
  }

  /** The same on a platform (daemon) thread. */
  static final class PlatformRecorder extends ThreadingActor {
    final Handled handled = new Handled(4);

    @Override
    protected Object onReceive(Object message) {
      int n = handled.record(message);
      if (handled.complete()) {
        stop();
      }
      return n;
    }

    @Override
    protected boolean useDaemonThread() {
      return true;
    }
  }

  /** A running, idle {@link VirtualThreadActor}. */
  @JCStressTest
  @Outcome(id = "0, 2", expect = ACCEPTABLE, desc = "all handled in order; the ask came 2nd")
  @Outcome(id = "0, 3", expect = ACCEPTABLE, desc = "all handled in order; the ask came 3rd")
  @Outcome(id = "0, 4", expect = ACCEPTABLE, desc = "all handled in order; the ask came 4th")
  @Outcome(id = "1, .*", expect = FORBIDDEN, desc = "a message was never handled (lost wake-up?)")
  @Outcome(expect = FORBIDDEN, desc = "duplicated, reordered or something else")
  @State
  public static class OnVirtualThreads {
    private final VirtualRecorder actor = new VirtualRecorder();
    private final ActorRef<VirtualRecorder> ref = actor.start();

    /** Creates the state: starts the actor, which goes idle at once. */
    public OnVirtualThreads() {}

    /** Sender A. */
    @Actor
    public void senderA() {
      ref.tell(SENT[0][0]);
      ref.tell(SENT[0][1]);
    }

    /**
     * Sender B.
     *
     * @param r the ask's reply
     */
    @Actor
    public void senderB(II_Result r) {
      ref.tell(SENT[1][0]);
      r.r2 = Codes.await(ref.askAsync(SENT[1][1]));
    }

    /**
     * Waits for all four and judges the order.
     *
     * @param r the verdict
     */
    @Arbiter
    public void arbiter(II_Result r) {
      r.r1 = actor.handled.verdict(SENT);
    }
  }

  /**
   * A {@link ThreadingActor}, started by sender B (so each test instance's platform thread lives
   * only for its own race, not for the whole batch); sender A's tells may come before the start.
   */
  @JCStressTest
  @Outcome(id = "0, 2", expect = ACCEPTABLE, desc = "all handled in order; the ask came 2nd")
  @Outcome(id = "0, 3", expect = ACCEPTABLE, desc = "all handled in order; the ask came 3rd")
  @Outcome(id = "0, 4", expect = ACCEPTABLE, desc = "all handled in order; the ask came 4th")
  @Outcome(id = "1, .*", expect = FORBIDDEN, desc = "a message was never handled (lost wake-up?)")
  @Outcome(expect = FORBIDDEN, desc = "duplicated, reordered or something else")
  @State
  public static class OnAPlatformThread {
    private final PlatformRecorder actor = new PlatformRecorder();
    private final ActorRef<PlatformRecorder> ref = actor.actorRef();

    /** Creates the state: the actor, not started. */
    public OnAPlatformThread() {}

    /** Sender A. */
    @Actor
    public void senderA() {
      ref.tell(SENT[0][0]);
      ref.tell(SENT[0][1]);
    }

    /**
     * Starts the actor, then is sender B.
     *
     * @param r the ask's reply
     */
    @Actor
    public void senderB(II_Result r) {
      actor.start();
      ref.tell(SENT[1][0]);
      r.r2 = Codes.await(ref.askAsync(SENT[1][1]));
    }

    /**
     * Waits for all four and judges the order.
     *
     * @param r the verdict
     */
    @Arbiter
    public void arbiter(II_Result r) {
      r.r1 = actor.handled.verdict(SENT);
    }
  }
}
