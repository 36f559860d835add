package pykka.internal.events;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Enabled;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/**
 * JFR event {@code pykka.ActorRestarted}: a supervisor restarted a child. Enabled by default, and
 * without a stack trace (the supervisor's thread says nothing useful). Committed on the
 * supervisor's thread.
 */
@Name("pykka.ActorRestarted")
@Label("Actor Restarted")
@Category("pykka")
@Description("A supervisor restarted one of its children after it ended")
@Enabled
@StackTrace(false)
public final class ActorRestartedEvent extends Event {

  private static final ActorRestartedEvent PROBE = new ActorRestartedEvent();

  /** The supervisor's actor URN. */
  @Label("Supervisor URN")
  public String supervisorUrn;

  /** The child's id in its supervisor. */
  @Label("Child Id")
  public String childId;

  /** The simple class name of the incarnation that ended. */
  @Label("Actor Class")
  public String actorClass;

  /** The fully qualified class name of what ended it, or an empty string for a stop. */
  @Label("Failure")
  public String failure;

  /** Creates an empty event. */
  public ActorRestartedEvent() {}

  /**
   * Emits the event if it is being recorded; allocates nothing otherwise.
   *
   * @param supervisorUrn the supervisor's actor URN
   * @param childId the child's id
   * @param actorClass the simple class name of the incarnation that ended
   * @param failure the class of what ended it, or {@code null} for a stop
   */
  public static void emit(
      String supervisorUrn, String childId, String actorClass, Class<?> failure) {
    if (!PROBE.isEnabled()) {
      return;
    }
    ActorRestartedEvent event = new ActorRestartedEvent();
    event.supervisorUrn = supervisorUrn;
    event.childId = childId;
    event.actorClass = actorClass;
    event.failure = failure == null ? "" : failure.getName();
    event.commit();
  }
}
