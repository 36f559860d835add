package pykka;

import jdk.jfr.FlightRecorder;
import pykka.internal.events.ActorSnapshotEvent;
import pykka.internal.events.Events;

/**
 * Emits the periodic {@code pykka.ActorSnapshot} events: at each period of the event (every second
 * by default), one event per running actor whose inbox is not empty. JFR calls {@link #emit} on its
 * periodic thread, and only while a recording has the event enabled. A period walks the table of
 * running actors once and allocates nothing for an actor whose inbox is empty.
 *
 * <p>Thread-safe: it only reads the public view of the running actors.
 */
final class ActorSnapshots {

  private ActorSnapshots() {}

  /**
   * Registers the periodic event with JFR, once, when the first actor is made: at once if the
   * recorder is initialized, else when it is (registering initializes it, which a program that
   * never records must not pay for).
   */
  static void install() {
    Events.whenRecorderInitialized(ActorSnapshots::register);
  }

  private static void register() {
    try {
      FlightRecorder.addPeriodicEvent(ActorSnapshotEvent.class, ActorSnapshots::emit);
    } catch (RuntimeException | LinkageError e) {
      // The recorder refuses the event: there is nothing to record it into.
    }
  }

  /** One period: an event per actor with a backlog. */
  static void emit() {
    RunningActors.forEach(
        actor -> {
          int waiting = actor.inboxSize();
          if (waiting > 0) {
            ActorSnapshotEvent event = new ActorSnapshotEvent();
            event.actorClass = Actor.DISPLAY_NAMES.get(actor.ref().actorClass());
            event.actorUrn = actor.ref().actorUrn();
            event.inboxSize = waiting;
            event.state = actor.state().name();
            event.commit();
          }
        });
  }
}
