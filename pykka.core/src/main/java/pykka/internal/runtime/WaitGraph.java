package pykka.internal.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import pykka.ThreadingFuture;

/**
 * Deadlock detection: the graph of actors blocked waiting for other actors' replies (rules 32 and
 * 47).
 *
 * <p>Each actor's {@link Cell} has at most one out-edge, the actor whose reply it waits for. When
 * an actor thread is about to park on a reply that has not arrived, it writes its edge and walks
 * the chain from the awaited actor; if the walk comes back to it, the wait can never end.
 */
public final class WaitGraph {

  /*
   * Two actors closing a cycle at the same moment each write their own edge (volatile) and then
   * read the others' (volatile): sequential consistency guarantees that at least one of them sees
   * the whole cycle. The walk is bounded, so a cycle that does not pass through the caller (other
   * actors deadlocked among themselves) does not loop forever; those actors detect it themselves.
   *
   * A walk reads the edges one after another, so it can put together edges that never coexisted:
   * an actor that has just been answered keeps its edge until its thread wakes up and clears it,
   * and an actor that asks it back in that moment would see a cycle. So a cycle found by the walk
   * is confirmed by a second pass: every cell must still hold the very same Wait (a new object per
   * wait, so no ABA) and its reply must still be pending (and so must the completable future
   * awaited, when an actor waits on one made from the reply: someone may complete that by hand).
   * Each edge then stayed in place from its first read to its second, so at the instant between
   * the two passes every actor of the cycle was parked on a pending reply that only the next
   * actor's thread gives: a real deadlock, which is stable, so the actor that closes one always
   * confirms it.
   */

  private static final int MAX_WALK = 1 << 16;

  private WaitGraph() {}

  /**
   * Called by a thread about to park on a reply from {@code replier}: records the wait (always, for
   * the view of running actors and thread dumps) and, when {@code onCycle} is given and the wait
   * closes a cycle, hands it the cycle's description.
   *
   * @param reply the reply being awaited, or that the awaited stage depends on; a cycle counts only
   *     while every reply in it is pending
   * @param replier the actor whose reply it is, or {@code null} for a future no actor answers
   * @param stage the completable future actually awaited, if not {@code reply} itself (a cycle
   *     counts only while it is pending too), or {@code null}
   * @param onCycle what to do with a cycle (throw, or log and go on waiting), or {@code null} to
   *     record the wait without looking for one
   * @return whether a wait was recorded (then {@link #afterBlocking()} must follow); when {@code
   *     onCycle} throws, the wait is forgotten and the exception propagates
   */
  public static boolean beforeBlocking(
      ThreadingFuture<?> reply, Cell replier, Future<?> stage, Consumer<String> onCycle) {
    if (replier == null) {
      return false;
    }
    Cell self = CurrentActor.get();
    if (self == null) {
      return false;
    }
    self.waiting(new Wait(replier, reply, stage));
    if (onCycle == null) {
      return true;
    }
    List<Cell> cycle = findCycle(self);
    if (cycle != null) {
      try {
        onCycle.accept(describe(cycle));
      } catch (RuntimeException | Error e) {
        self.waiting(null);
        throw e;
      }
    }
    return true;
  }

  /** Called when the thread that recorded a wait stops waiting, however it stops. */
  public static void afterBlocking() {
    Cell self = CurrentActor.get();
    if (self != null) {
      self.waiting(null);
    }
  }

  private static List<Cell> findCycle(Cell self) {
    Cell c = self.awaited();
    for (int steps = 0; c != null && steps < MAX_WALK; steps++) {
      if (c == self) {
        return confirmCycle(self);
      }
      c = c.awaited();
    }
    return null;
  }

  /**
   * The walk from {@code self} came back to it: collects the cycle's waits, then checks that every
   * one is still in place and pending (see the overview).
   *
   * @return the actors of the cycle from {@code self}, or {@code null} if it was not real
   */
  private static List<Cell> confirmCycle(Cell self) {
    List<Wait> waits = new ArrayList<>();
    Wait w = self.waiting();
    while (w != null && waits.size() < MAX_WALK) {
      waits.add(w);
      if (w.target() == self) {
        break;
      }
      w = w.target().waiting();
    }
    if (w == null || w.target() != self) {
      return null;
    }
    List<Cell> cycle = new ArrayList<>(waits.size());
    Cell c = self;
    for (Wait expected : waits) {
      if (c.waiting() != expected || !expected.pending()) {
        return null;
      }
      cycle.add(c);
      c = expected.target();
    }
    return cycle;
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
