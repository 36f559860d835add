package pykka.internal.events;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/**
 * {@code pykka.ActorStopped}: an actor has ended: it is dead and its {@code onStop} or {@code
 * onFailure} has run. Recorded on its thread before it leaves the live actors, its inbox is closed
 * and its termination completes, so whoever sees it gone finds the event. Not emitted for an actor
 * whose thread could not be started. Enabled by default.
 *
 * <p>Not thread-safe, as no JFR event is: each instance is used by one thread.
 */
@Name("pykka.ActorStopped")
@Label("Actor Stopped")
@Category("pykka")
@Description("An actor has ended")
@StackTrace(false)
public final class ActorStoppedEvent extends Event {

  private static final ActorStoppedEvent PROBE = new ActorStoppedEvent();

  /** The actor's class, its simple name. */
  @Label("Actor Class")
  public String actorClass;

  /** The actor's URN. */
  @Label("Actor URN")
  public String actorUrn;

  /** Whether a throwable ended the actor. */
  @Label("Failed")
  public boolean failed;

  /** The class name of the throwable that ended the actor, or the empty string. */
  @Label("Failure")
  @Description("The fully qualified class name of what ended the actor, or empty")
  public String failure;

  /** Creates an empty event. */
  public ActorStoppedEvent() {}

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
   * @param failure the class of what ended the actor, or {@code null} if nothing did
   */
  public static void emit(String actorClass, String actorUrn, Class<?> failure) {
    if (!PROBE.isEnabled()) {
      return;
    }
    ActorStoppedEvent event = new ActorStoppedEvent();
    event.actorClass = actorClass;
    event.actorUrn = actorUrn;
    event.failed = failure != null;
    event.failure = failure == null ? "" : failure.getName();
    event.commit();
  }
}
