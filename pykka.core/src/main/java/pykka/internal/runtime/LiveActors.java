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
 * <p>One map entry per live actor, and no lock: lookups and enumeration take none, and registering
 * or unregistering is one compare-and-set on the cell.
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
   */

  private static final ConcurrentHashMap<Object, Cell> CELLS = new ConcurrentHashMap<>();

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
    CELLS.put(cell, cell);
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
    if (cell.ref() != null) { // a cell made by hand for a mailbox alone has no actor, nor entry
      CELLS.remove(cell, cell);
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
    Cell cell = id == 0 ? null : CELLS.get(new Key(id));
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
    CELLS.values().forEach(action);
  }

  /**
   * The refs of the registered actors, in registration order.
   *
   * @return a new list
   */
  public static List<ActorRef<?>> registered() {
    List<Registration> found = new ArrayList<>();
    for (Cell cell : CELLS.values()) {
      long r = cell.registration(); // read once: it may change while the list is sorted
      if (r > 0) {
        found.add(new Registration(r, cell.ref()));
      }
    }
    found.sort(Comparator.comparingLong(Registration::number));
    List<ActorRef<?>> refs = new ArrayList<>(found.size());
    for (Registration registration : found) {
      refs.add(registration.ref());
    }
    return refs;
  }

  /**
   * The look-up key of an actor's number: equal to the cell of the actor with that number, and to
   * another key for it, with the same hash.
   *
   * @param id the actor's number, never {@code 0}
   */
  record Key(long id) {
    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          ? key.id == id
          : other instanceof Cell cell && cell.id() == id;
    }

    @Override
    public int hashCode() {
      return Long.hashCode(id);
    }
  }

  /** An actor's registration as one snapshot saw it. */
  private record Registration(long number, ActorRef<?> ref) {}
}
