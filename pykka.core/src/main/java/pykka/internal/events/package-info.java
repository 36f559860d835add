/**
 * pykka's JDK Flight Recorder events, internal to {@code pykka.core} (not exported): one class per
 * event, named {@code pykka.<Event>} in recordings, in the category {@code pykka}.
 *
 * <ul>
 *   <li>{@link pykka.internal.events.ActorStartedEvent pykka.ActorStarted}: an actor's {@code
 *       onStart} has returned (enabled by default).
 *   <li>{@link pykka.internal.events.ActorStoppedEvent pykka.ActorStopped}: an actor has ended
 *       (enabled by default).
 *   <li>{@link pykka.internal.events.MessageHandledEvent pykka.MessageHandled}: an actor handled
 *       one message; per message, so disabled by default.
 *   <li>{@link pykka.internal.events.DeadlockEvent pykka.Deadlock}: a deadlock was detected, in the
 *       {@code fail} and the {@code log} modes (enabled by default).
 *   <li>{@link pykka.internal.events.ActorSnapshotEvent pykka.ActorSnapshot}: every second, one
 *       event per actor whose inbox is not empty (enabled by default).
 * </ul>
 *
 * <p>The events carry strings and primitives only, never a reference to an actor or a message, so a
 * recording keeps no application object alive. Each class says when it is emitted. The emitting
 * code (in {@code pykka} and {@code pykka.internal.runtime}) goes through {@link
 * pykka.internal.events.Events}, which loads no event class until the flight recorder has been
 * initialized in the JVM (that costs a few hundred milliseconds, once), and then asks {@code
 * isEnabled()} of a cached instance before it allocates an event: an event that nobody records
 * costs one check.
 *
 * <p>Who may use it: the classes of {@code pykka} and {@code pykka.internal.runtime}. It depends on
 * nothing of pykka's.
 */
package pykka.internal.events;
