package pykka;

import jdk.jfr.EventType;
import pykka.internal.events.ActorRestartedEvent;

/**
 * Emits the supervisor's JFR event, {@code pykka.ActorRestarted}. When nobody records it, a restart
 * pays one {@link EventType#isEnabled()} check on a cached event type and allocates nothing.
 *
 * <p>Thread safety: stateless; called on supervisors' threads.
 */
final class SupervisionEvents {

  private static final EventType RESTARTED = EventType.getEventType(ActorRestartedEvent.class);

  private SupervisionEvents() {}

  /**
   * Commits a {@code pykka.ActorRestarted} event if it is recorded. Never throws.
   *
   * @param supervisor the supervisor's actor
   * @param childId the child's id
   * @param old the incarnation that ended
   * @param failure what ended it, or {@code null}
   */
  static void restarted(Actor supervisor, String childId, ActorRef<?> old, Throwable failure) {
    if (!RESTARTED.isEnabled()) {
      return;
    }
    try {
      ActorRestartedEvent event = new ActorRestartedEvent();
      event.supervisorUrn = supervisor.actorUrn();
      event.childId = childId;
      event.actorClass = old == null ? "" : old.actorClass().getSimpleName();
      event.failure = failure == null ? "" : failure.getClass().getName();
      event.commit();
    } catch (Throwable t) {
      // Recording failed: a restart must not.
    }
  }
}
