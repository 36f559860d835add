package pykka.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.ZZZ_Result;
import pykka.internal.runtime.Cell;
import pykka.internal.runtime.LivePage;

/**
 * A page of the table of live actors ({@link LivePage}) whose one actor ends while another actor of
 * the page's numbers starts: the ending actor's removal may retire the page, and the starting
 * actor's add must then fail (so that the table makes a new page for it), or the add succeeds and
 * the page must stay. Never both, or neither: an actor added to a retired page would be missing
 * from the table, and a refused add on a live page would make two pages for the same numbers.
 *
 * <p>Result: whether the removal retired the page, whether the add succeeded, and whether the page
 * then holds the starting actor exactly when the add succeeded.
 */
@JCStressTest
@Outcome(id = "true, false, true", expect = ACCEPTABLE, desc = "retired first; add refused")
@Outcome(id = "false, true, true", expect = ACCEPTABLE, desc = "added first; page stays")
@Outcome(expect = FORBIDDEN, desc = "an actor lost, or two live pages for the same numbers")
@State
public class LiveTableRetire {
  private final LivePage page = new LivePage(0);
  private final Cell ending = new Cell(null, "ending");
  private final Cell starting = new Cell(null, "starting");
  private boolean retired;
  private boolean added;

  /** Creates the state: a page holding one live actor. */
  public LiveTableRetire() {
    page.add(0, ending);
  }

  /** The page's one actor ends. */
  @Actor
  public void end() {
    retired = page.remove(0, ending);
  }

  /** Another actor of the page's numbers starts. */
  @Actor
  public void start() {
    added = page.add(1, starting);
  }

  /**
   * Reads the outcome.
   *
   * @param r retired, added, and whether the page holds the starting actor exactly when added
   */
  @Arbiter
  public void arbiter(ZZZ_Result r) {
    r.r1 = retired;
    r.r2 = added;
    r.r3 = (page.get(1) == starting) == added && page.get(0) == null;
  }
}
