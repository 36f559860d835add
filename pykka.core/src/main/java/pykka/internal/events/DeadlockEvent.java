package pykka.internal.events;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;

/**
 * {@code pykka.Deadlock}: an actor's thread was about to block on a reply that can never come, and
 * deadlock detection threw its {@code DeadlockException} (mode {@code fail}) or logged the cycle
 * (mode {@code log}). Committed on the thread that closed the cycle, with its stack trace. Enabled
 * by default.
 *
 * <p>Not thread-safe, as no JFR event is: each instance is used by one thread.
 */
@Name("pykka.Deadlock")
@Label("Deadlock")
@Category("pykka")
@Description("A cycle of actors waiting for each other's replies")
public final class DeadlockEvent extends Event {

  private static final DeadlockEvent PROBE = new DeadlockEvent();

  /** The cycle, the same text as the exception's message. */
  @Label("Cycle")
  public String cycle;

  /** Creates an empty event. */
  public DeadlockEvent() {}

  /**
   * Emits the event if it is being recorded; allocates nothing otherwise.
   *
   * @param cycle the description of the cycle
   */
  public static void emit(String cycle) {
    if (!PROBE.isEnabled()) {
      return;
    }
    DeadlockEvent event = new DeadlockEvent();
    event.cycle = cycle;
    event.commit();
  }
}
