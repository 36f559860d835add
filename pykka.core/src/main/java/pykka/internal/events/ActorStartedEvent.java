package pykka.internal.events;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/**
 * {@code pykka.ActorStarted}: an actor's {@code onStart} has returned. Not emitted when {@code
 * onStart} throws. Committed on the actor's thread. Enabled by default.
 *
 * <p>Not thread-safe, as no JFR event is: each instance is used by one thread.
 */
@Name("pykka.ActorStarted")
@Label("Actor Started")
@Category("pykka")
@Description("An actor's onStart has returned")
@StackTrace(false)
public final class ActorStartedEvent extends Event {

  private static final ActorStartedEvent PROBE = new ActorStartedEvent();

  /** The actor's class, its simple name. */
  @Label("Actor Class")
  public String actorClass;

  /** The actor's URN. */
  @Label("Actor URN")
  public String actorUrn;

  /** Creates an empty event. */
  public ActorStartedEvent() {}

  /**
   * Whether a recording has this event enabled; allocates nothing.
   *
   * @return whether the event is enabled
   */
  static boolean enabled() {
    return PROBE.isEnabled();
  }

  /**
   * Emits the event if it is being recorded; allocates nothing otherwise.
   *
   * @param actorClass the actor's simple class name
   * @param actorUrn the actor's URN
   */
  public static void emit(String actorClass, String actorUrn) {
    if (!PROBE.isEnabled()) {
      return;
    }
    ActorStartedEvent event = new ActorStartedEvent();
    event.actorClass = actorClass;
    event.actorUrn = actorUrn;
    event.commit();
  }
}
