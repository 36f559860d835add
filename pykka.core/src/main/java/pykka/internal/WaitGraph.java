package pykka.internal;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;
import pykka.DeadlockDetection;
import pykka.DeadlockException;

/**
 * Deadlock detection: the graph of actors blocked waiting for other actors' replies.
 *
 * <p>Each actor's {@link Cell} has at most one out-edge, the actor whose reply it waits for. When
 * an actor thread is about to park on a reply that has not arrived, it writes its edge and walks the
 * chain from the awaited actor; if the walk comes back to it, the wait can never end.
 */
public final class WaitGraph {

  /*
   * Two actors closing a cycle at the same moment each write their own edge (volatile) and then read
   * the others' (volatile): sequential consistency guarantees that at least one of them sees the
   * whole cycle. The walk is bounded, so a cycle that does not pass through the caller (other
   * actors deadlocked among themselves) does not loop forever; those actors detect it themselves.
   *
   * An edge whose reply is already set is stale: its waiter is only waking up and will clear it.
   * The walk ignores such edges (Cell.waitingFor), or an actor that replies to A and then at once
   * asks A would see the old edge A -> itself and report a cycle that is not there. The actor that
   * set the reply, and any actor whose message follows from that, sees the reply as set.
   */

  private static final int MAX_WALK = 1 << 16;

  private WaitGraph() {}

  /**
   * Called by a thread about to park on a reply from {@code replier}: records the wait and, if it
   * closes a cycle, reports it according to {@link DeadlockDetection#mode()}.
   *
   * @param future the reply being awaited: once it is set, the wait no longer counts
   * @param replier the actor whose reply it is, or {@code null} for a future no actor answers
   * @return whether a wait was recorded (then {@link #afterBlocking()} must follow)
   * @throws DeadlockException in mode {@code FAIL}, if the wait closes a cycle
   */
  public static boolean beforeBlocking(pykka.ThreadingFuture<?> future, Cell replier) {
    if (replier == null) {
      return false;
    }
    DeadlockDetection mode = DeadlockDetection.mode();
    if (mode == DeadlockDetection.OFF) {
      return false;
    }
    Cell self = CurrentActor.get();
    if (self == null) {
      return false;
    }
    self.waitingFor(replier, future);
    List<Cell> cycle = findCycle(self);
    if (cycle != null) {
      String message = describe(cycle);
      if (mode == DeadlockDetection.FAIL) {
        self.waitingFor(null, null);
        throw new DeadlockException(message);
      }
      LoggerFactory.getLogger("pykka").error(message);
    }
    return true;
  }

  /** Called when the thread that recorded a wait stops waiting, however it stops. */
  public static void afterBlocking() {
    Cell self = CurrentActor.get();
    if (self != null) {
      self.waitingFor(null, null);
    }
  }

  private static List<Cell> findCycle(Cell self) {
    Cell c = self.waitingFor();
    for (int steps = 0; c != null && steps < MAX_WALK; steps++) {
      if (c == self) {
        List<Cell> cycle = new ArrayList<>();
        Cell d = self;
        do {
          cycle.add(d);
          d = d.waitingFor();
        } while (d != null && d != self && cycle.size() <= steps + 1);
        return cycle;
      }
      c = c.waitingFor();
    }
    return null;
  }

  private static String describe(List<Cell> cycle) {
    StringBuilder sb = new StringBuilder("Deadlock: ");
    if (cycle.size() == 1) {
      sb.append(cycle.get(0)).append(" is waiting for a reply from itself");
      return sb.toString();
    }
    sb.append("actors are waiting for each other's replies in a cycle: ");
    for (Cell c : cycle) {
      sb.append(c).append(" waits for ");
    }
    sb.append(cycle.get(0));
    return sb.toString();
  }
}
