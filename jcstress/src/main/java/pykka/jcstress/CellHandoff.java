package pykka.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.I_Result;
import pykka.internal.runtime.Cell;

/**
 * The hand-off between two bursts of a virtual-thread actor, as the actor's {@link Cell} records
 * it: the old burst thread, having set the inbox IDLE, leaves ({@code exit}) while a producer's new
 * burst thread enters. The cell must then name the new thread, which is running the actor (thread
 * dumps and {@code pykka.debug} read it).
 *
 * <p>Result: {@code 1} the new thread, {@code 0} none, {@code 2} the old one.
 */
@JCStressTest
@Outcome(id = "1", expect = ACCEPTABLE, desc = "the cell names the running (new) thread")
@Outcome(id = "0", expect = FORBIDDEN, desc = "the old thread's exit erased the new thread")
@Outcome(expect = FORBIDDEN, desc = "something else")
@State
public class CellHandoff {
  private static final Thread OLD = Thread.ofVirtual().name("old burst").unstarted(() -> {});
  private static final Thread NEW = Thread.ofVirtual().name("new burst").unstarted(() -> {});

  private final Cell cell = new Cell(null, "jcstress cell");

  /** Creates the state: a cell entered by the old burst thread. */
  public CellHandoff() {
    cell.enter(OLD);
  }

  /** The old burst thread leaves. */
  @Actor
  public void oldBurst() {
    cell.exit(OLD);
  }

  /** The new burst thread enters. */
  @Actor
  public void newBurst() {
    cell.enter(NEW);
  }

  /**
   * Reads which thread the cell names.
   *
   * @param r the code
   */
  @Arbiter
  public void arbiter(I_Result r) {
    Thread t = cell.thread();
    r.r1 = t == NEW ? 1 : t == null ? 0 : 2;
  }
}
