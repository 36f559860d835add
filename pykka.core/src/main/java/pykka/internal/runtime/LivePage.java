package pykka.internal.runtime;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.function.Consumer;

/**
 * One page of the {@link LiveActors table of live actors}: the slots of {@link #SIZE} consecutive
 * actor numbers, each holding the cell of a live actor or {@code null}, and how many are live. A
 * page whose last actor has left is retired for good: it takes no actor again, and the table makes
 * a new page for its numbers if one of them starts later (an actor may be constructed long before
 * it starts).
 *
 * <p><b>Thread safety.</b> Every method may be called from any thread. Each slot has one writer at
 * a time (the actor's {@code start()}, then the end of its loop); {@link #add} publishes the cell
 * with a release store, and readers read slots with acquire, so inserting a cell happens-before any
 * read that finds it.
 */
public final class LivePage {

  /*
   * `live` counts the actors that have been added and not yet removed, or is RETIRED. An adder
   * increments it by compare-and-set, unless it is RETIRED, and only then fills its slot; a remover
   * empties its slot and then decrements it, and the remover that brings it to 0 retires the
   * page by compare-and-set from 0. Either that compare-and-set comes first, and an adder that
   * then finds RETIRED goes to a new page, or an adder's increment comes first, and the
   * compare-and-set fails and the page stays. A retired page's slots are all empty.
   */

  /**
   * log2 of the number of slots. Small, because a page lives as long as any of its actors: a
   * long-lived actor among short-lived ones keeps its page alone. Measured, one actor kept for
   * every 1,024 made: 487 B per kept actor with 16 slots (the actor itself about 270 B), 650 B with
   * 64, 4.5 KB with 1,024; a hash-map entry per actor cost 323 B. Dense pages cost about 5 B per
   * actor more at 16 slots than at 1,024 (260 against 253 B per idle actor).
   */
  static final int BITS = 4;

  /** The number of slots: the actor numbers {@code number * SIZE} to {@code number * SIZE + 15}. */
  static final int SIZE = 1 << BITS;

  private static final int RETIRED = -1;

  private static final VarHandle SLOTS = MethodHandles.arrayElementVarHandle(Cell[].class);
  private static final VarHandle LIVE;

  static {
    try {
      LIVE = MethodHandles.lookup().findVarHandle(LivePage.class, "live", int.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /** The page's number: the actor numbers it holds, divided by {@link #SIZE}. */
  final long number;

  private final Cell[] slots = new Cell[SIZE];

  @SuppressWarnings("unused") // accessed through LIVE
  private volatile int live;

  /**
   * Creates an empty page.
   *
   * @param number the page's number
   */
  public LivePage(long number) {
    this.number = number;
  }

  /**
   * Puts a starting actor's cell in its slot, unless the page is retired.
   *
   * @param slot the slot of the actor's number
   * @param cell the cell
   * @return {@code false} if the page is retired and took nothing
   */
  public boolean add(int slot, Cell cell) {
    int n;
    do {
      n = live;
      if (n == RETIRED) {
        return false;
      }
    } while (!LIVE.compareAndSet(this, n, n + 1));
    SLOTS.setRelease(slots, slot, cell);
    return true;
  }

  /**
   * Empties the slot of a dead actor's cell, if it holds it.
   *
   * @param slot the slot of the actor's number
   * @param cell the cell
   * @return whether this emptied the page for good (the caller then drops it from the table)
   */
  public boolean remove(int slot, Cell cell) {
    if (SLOTS.getAcquire(slots, slot) != cell) {
      return false;
    }
    SLOTS.setRelease(slots, slot, (Cell) null);
    return (int) LIVE.getAndAdd(this, -1) == 1 && LIVE.compareAndSet(this, 0, RETIRED);
  }

  /**
   * The cell in a slot.
   *
   * @param slot the slot
   * @return the cell, or {@code null}
   */
  public Cell get(int slot) {
    return (Cell) SLOTS.getAcquire(slots, slot);
  }

  /**
   * Calls {@code action} with each cell in the page, in slot order. Allocates nothing.
   *
   * @param action what to call
   */
  public void forEach(Consumer<? super Cell> action) {
    if (live <= 0) {
      return;
    }
    for (int i = 0; i < SIZE; i++) {
      Cell cell = (Cell) SLOTS.getAcquire(slots, i);
      if (cell != null) {
        action.accept(cell);
      }
    }
  }
}
