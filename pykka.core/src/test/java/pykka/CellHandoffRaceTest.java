package pykka;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import pykka.internal.runtime.Cell;

final class CellHandoffRaceTest {

  private static final Thread OLD_BURST = Thread.ofVirtual().name("old burst").unstarted(() -> {});
  private static final Thread NEW_BURST = Thread.ofVirtual().name("new burst").unstarted(() -> {});

  // Regression (found by jcstress, CellHandoff): when a virtual-thread actor's burst ended just as
  // a producer started the next one, the old thread's Cell.exit read "the cell names me", the new
  // thread's enter wrote its own name, and the old thread then wrote null over it: thread dumps
  // showed the running actor as idle, with no stack.
  @Test
  void theOldBurstThreadLeavingDoesNotEraseTheNewBurstThread() throws Exception {
    LockstepRace.run(
        Duration.ofSeconds(3),
        () -> {
          Cell cell = new Cell(null, "handoff");
          cell.enter(OLD_BURST);
          return cell;
        },
        cell -> cell.exit(OLD_BURST),
        cell -> cell.enter(NEW_BURST),
        cell -> assertThat(cell.thread()).isSameAs(NEW_BURST));
  }
}
