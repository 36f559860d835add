package pykka.internal.runtime;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import pykka.ActorRef;

/**
 * The table of live actors, on which the registry is built: every actor from its {@code start()}
 * until the very end of its loop, registered or not (one that was unregistered by hand, or that is
 * running {@code onStop}, is here), by URN. An actor's registration is kept in its {@link Cell}:
 * the number of its registration while it is registered, which orders the registry (re-registering
 * after an unregister takes a new number, so the actor goes last).
 *
 * <p>The table is a map of {@link LivePage pages}, each holding the cells of 16 consecutive actor
 * numbers ({@link ActorIds#next}), so a live actor costs one slot of an array, and starting or
 * ending one is a store and a compare-and-set on its page's count, with a look-up of its page only
 * when it is not the page used last. No lock: lookups and enumeration take none, and registering or
 * unregistering is one compare-and-set on the cell.
 *
 * <p><b>Thread safety.</b> Every method may be called from any thread. A registration is a
 * compare-and-set of the cell's volatile field, so it happens-before any lookup that sees the actor
 * registered; inserting a cell into the table happens-before any lookup or enumeration that finds
 * it. Enumeration is weakly consistent: it sees each actor at most once, and may or may not see an
 * actor added or removed meanwhile.
 */
public final class LiveActors {

  /*
   * An actor's life in the table: start() sets the cell's registration from NEW to a fresh number
   * and inserts it (before its thread starts, so that onStart finds it: rule 1). register and
   * unregister move the registration between UNREGISTERED and a fresh number. When the actor dies,
   * the registration becomes DEAD for good, in one getAndSet, so that no register racing the death
   * can register a dead actor (rule 43); the loop's last step then removes the cell.
   *
   * Pages: an actor's number (which counts actors in the order they are made) picks its page and
   * slot. A page is in PAGES from when an actor first needs it until its last actor leaves, when
   * the page retires (LivePage) and is dropped; an actor of its numbers that starts later gets a
   * new page. So the page of a live actor is always the one in PAGES for its number. Actors
   * starting together have nearby numbers, and so do actors ending together, so `starting` and
   * `ending`, the pages that start() and remove() used last, spare most of them the look-up in
   * PAGES (two hints, so that a thread making actors and threads ending older ones do not
   * overwrite each other's). A stale hint costs a look-up; a retired one makes add() fail, and
   * start() drops it from PAGES and looks again.
   */

  private static final ConcurrentHashMap<Long, LivePage> PAGES = new ConcurrentHashMap<>();

  /** The page used last by {@link #start}: a hint, perhaps stale or retired. */
  private static volatile LivePage starting;

  /** The page used last by {@link #remove}: a hint, perhaps stale or retired. */
  private static volatile LivePage ending;

  /** The last registration number given; numbers start at 1. */
  private static final AtomicLong REGISTRATIONS = new AtomicLong();

  private LiveActors() {}

  /**
   * Registers a starting actor and adds it to the table. Called once, by {@code start()}, before
   * the actor's thread starts.
   *
   * @param cell the actor's cell, never started before
   * @throws IllegalStateException if the actor was started before
   */
  public static void start(Cell cell) {
    if (!cell.changeRegistration(Cell.NEW, REGISTRATIONS.incrementAndGet())) {
      throw new IllegalStateException(cell + " was started before");
    }
    long id = cell.id();
    long number = id >>> LivePage.BITS;
    int slot = (int) id & (LivePage.SIZE - 1);
    LivePage page = starting;
    if (page != null && page.number == number && page.add(slot, cell)) {
      return;
    }
    while (true) {
      page = PAGES.computeIfAbsent(number, LivePage::new);
      if (page.add(slot, cell)) {
        starting = page;
        return;
      }
      PAGES.remove(number, page); // retired: make way for a new page of these numbers
    }
  }

  /**
   * Registers a live actor that is not registered; it goes last in registration order. An actor not
   * started yet, already registered, or dead is left as it is.
   *
   * @param cell the actor's cell
   * @return whether it was registered by this call
   */
  public static boolean register(Cell cell) {
    return cell.registration() == Cell.UNREGISTERED
        && cell.changeRegistration(Cell.UNREGISTERED, REGISTRATIONS.incrementAndGet());
  }

  /**
   * Unregisters a live actor; it stays in the table.
   *
   * @param cell the actor's cell
   * @return whether it was registered until this call
   */
  public static boolean unregister(Cell cell) {
    while (true) {
      long r = cell.registration();
      if (r <= 0) {
        return false;
      }
      if (cell.changeRegistration(r, Cell.UNREGISTERED)) {
        return true;
      }
    }
  }

  /**
   * Unregisters a dying actor for good: it can never be registered again. It stays in the table
   * until {@link #remove}.
   *
   * @param cell the actor's cell
   * @return whether it was registered until this call
   */
  public static boolean unregisterForGood(Cell cell) {
    return cell.endRegistration() > 0;
  }

  /**
   * Removes a dead actor from the table: the very last step of its loop, or of a failed start.
   *
   * @param cell the actor's cell
   */
  static void remove(Cell cell) {
    if (cell.ref() == null) { // a cell made by hand for a mailbox alone has no actor, nor entry
      return;
    }
    long id = cell.id();
    long number = id >>> LivePage.BITS;
    int slot = (int) id & (LivePage.SIZE - 1);
    LivePage page = ending;
    if (page == null || page.get(slot) != cell) {
      // The page that holds a cell is live, so it is the one in PAGES for its number.
      page = PAGES.get(number);
      if (page == null) {
        return; // never added (a failed start() removes what it did not add)
      }
      ending = page;
    }
    if (page.remove(slot, cell)) {
      PAGES.remove(number, page);
    }
  }

  /**
   * Whether an actor is registered now.
   *
   * @param cell the actor's cell
   * @return whether it is registered
   */
  public static boolean isRegistered(Cell cell) {
    return cell.registration() > 0;
  }

  /**
   * The live actor with this URN, registered or not.
   *
   * @param urn the actor's URN
   * @return its cell, or {@code null} if no live actor has it
   */
  public static Cell get(String urn) {
    long id = ActorIds.idOf(urn);
    if (id == 0) {
      return null;
    }
    LivePage page = PAGES.get(id >>> LivePage.BITS);
    Cell cell = page == null ? null : page.get((int) id & (LivePage.SIZE - 1));
    // Exact: the same UUID spelt otherwise (upper case, say) is not the actor's URN.
    return cell != null && cell.urn().equals(urn) ? cell : null;
  }

  /**
   * Calls {@code action} with each live actor, registered or not, in no particular order. Allocates
   * nothing per actor.
   *
   * @param action what to call
   */
  public static void forEach(Consumer<? super Cell> action) {
    for (LivePage page : PAGES.values()) {
      page.forEach(action);
    }
  }

  /**
   * The refs of the registered actors, in registration order.
   *
   * @return a new list
   */
  public static List<ActorRef<?>> registered() {
    List<Registration> found = new ArrayList<>();
    forEach(
        cell -> {
          long r = cell.registration(); // read once: it may change while the list is sorted
          if (r > 0) {
            found.add(new Registration(r, cell.ref()));
          }
        });
    found.sort(Comparator.comparingLong(Registration::number));
    List<ActorRef<?>> refs = new ArrayList<>(found.size());
    for (Registration registration : found) {
      refs.add(registration.ref());
    }
    return refs;
  }

  /** An actor's registration as one snapshot saw it. */
  private record Registration(long number, ActorRef<?> ref) {}
}
