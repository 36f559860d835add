/**
 * The actor runtime, internal to {@code pykka.core} (not exported): where an actor's messages wait
 * and which thread handles them.
 *
 * <ul>
 *   <li>The {@link pykka.internal.runtime.Inbox inbox}, a lock-free multi-producer single-consumer
 *       queue of {@link pykka.internal.runtime.Envelope envelopes}, and the two {@link
 *       pykka.internal.runtime.Mailbox mailboxes} that drain it, one per runtime ({@link
 *       pykka.internal.runtime.ThreadingMailbox}, {@link
 *       pykka.internal.runtime.VirtualThreadMailbox}).
 *   <li>The {@link pykka.internal.runtime.Cell cell} of an actor: what the runtime knows of it
 *       beside the actor object (its registration, its state, its thread, the reply it waits for),
 *       which is also the public {@link pykka.RunningActor} of the actor; and {@link
 *       pykka.internal.runtime.CurrentActor which actor} the calling thread runs.
 *   <li>The {@link pykka.internal.runtime.LiveActors table of live actors}, in {@link
 *       pykka.internal.runtime.LivePage pages} of consecutive {@link
 *       pykka.internal.runtime.ActorIds actor numbers}, on which {@code ActorRegistry} and {@code
 *       RunningActors} are built.
 *   <li>The {@link pykka.internal.runtime.WaitGraph wait graph} of actors blocked on each other's
 *       replies, which detects deadlocks (rules 32 and 47).
 * </ul>
 *
 * <p>Who may use it: the classes of {@code pykka} ({@code Actor}, {@code ActorLoop}, {@code
 * ActorRef}, {@code ActorRegistry}, {@code RunningActors}, the reply futures). It uses only {@code
 * pykka}'s public API, and never the proxy layer of {@code pykka.internal.proxy}: the two packages
 * do not know each other.
 */
package pykka.internal.runtime;
