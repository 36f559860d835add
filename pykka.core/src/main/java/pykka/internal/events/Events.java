package pykka.internal.events;

import jdk.jfr.FlightRecorder;
import jdk.jfr.FlightRecorderListener;

/**
 * Where pykka emits its flight recorder events: every emitter goes through here, so that no event
 * class is even loaded until the flight recorder has been initialized in this JVM (by {@code
 * -XX:StartFlightRecording}, {@code jcmd JFR.start}, a {@code Recording} or a {@code
 * RecordingStream}). Initializing an event class makes the JDK set up the recorder's metadata,
 * which takes a few hundred milliseconds and megabytes: a program that never records must not pay
 * that. Once the recorder is up, each emitter asks its event type {@code isEnabled()} (through a
 * cached instance) before allocating an event.
 *
 * <p><b>Cost.</b> With the recorder never initialized, a check is one read of a volatile boolean (a
 * plain load on x86 and ARM); afterwards, that read and one {@code isEnabled()}.
 *
 * <p><b>Thread safety.</b> Every method may be called from any thread. The flag turns on once and
 * stays on; an emitter that reads it a moment late misses the events of that moment only.
 */
public final class Events {

  /** Whether the flight recorder has been initialized in this JVM; never turns off. */
  private static volatile boolean recorder;

  static {
    try {
      FlightRecorder.addListener(
          new FlightRecorderListener() {
            @Override
            public void recorderInitialized(FlightRecorder flightRecorder) {
              recorder = true;
            }
          });
    } catch (RuntimeException | LinkageError e) {
      // No flight recorder in this JVM: nothing will ever record, and every check says so.
    }
  }

  private Events() {}

  /**
   * Runs {@code action} once the flight recorder is initialized: now if it is, else on the thread
   * that initializes it. For registering periodic events without initializing the recorder.
   *
   * @param action what to run; must not throw
   */
  public static void whenRecorderInitialized(Runnable action) {
    try {
      FlightRecorder.addListener(
          new FlightRecorderListener() {
            @Override
            public void recorderInitialized(FlightRecorder flightRecorder) {
              action.run();
            }
          });
    } catch (RuntimeException | LinkageError e) {
      // No flight recorder in this JVM.
    }
  }

  /**
   * Whether {@code pykka.MessageHandled} is being recorded now: one read while the recorder has
   * never been initialized, one {@code isEnabled()} more afterwards; no allocation.
   *
   * @return whether a recording has the event enabled
   */
  public static boolean messageHandled() {
    return recorder && MessageHandledEvent.enabled();
  }

  /**
   * Whether {@code pykka.ActorStarted} is being recorded now, so that the caller computes the
   * event's strings (an actor's URN, say) only then: one read while the recorder has never been
   * initialized, one {@code isEnabled()} more afterwards; no allocation.
   *
   * @return whether a recording has the event enabled
   */
  public static boolean actorStarted() {
    return recorder && ActorStartedEvent.enabled();
  }

  /**
   * Emits {@code pykka.ActorStarted} if it is being recorded.
   *
   * @param actorClass the actor's simple class name
   * @param actorUrn the actor's URN
   */
  public static void actorStarted(String actorClass, String actorUrn) {
    if (recorder) {
      ActorStartedEvent.emit(actorClass, actorUrn);
    }
  }

  /**
   * Whether {@code pykka.ActorStopped} is being recorded now; see {@link #actorStarted()}.
   *
   * @return whether a recording has the event enabled
   */
  public static boolean actorStopped() {
    return recorder && ActorStoppedEvent.enabled();
  }

  /**
   * Emits {@code pykka.ActorStopped} if it is being recorded.
   *
   * @param actorClass the actor's simple class name
   * @param actorUrn the actor's URN
   * @param failure the class of what ended the actor, or {@code null} if nothing did
   */
  public static void actorStopped(String actorClass, String actorUrn, Class<?> failure) {
    if (recorder) {
      ActorStoppedEvent.emit(actorClass, actorUrn, failure);
    }
  }

  /**
   * Emits {@code pykka.Deadlock} if it is being recorded.
   *
   * @param cycle the description of the cycle, as the exception's message
   */
  public static void deadlock(String cycle) {
    if (recorder) {
      DeadlockEvent.emit(cycle);
    }
  }

  /**
   * Emits {@code pykka.ActorRestarted} if it is being recorded.
   *
   * @param supervisorUrn the supervisor's actor URN
   * @param childId the child's id
   * @param actorClass the simple class name of the incarnation that ended
   * @param failure the class of what ended it, or {@code null} for a stop
   */
  public static void actorRestarted(
      String supervisorUrn, String childId, String actorClass, Class<?> failure) {
    if (recorder) {
      ActorRestartedEvent.emit(supervisorUrn, childId, actorClass, failure);
    }
  }
}
