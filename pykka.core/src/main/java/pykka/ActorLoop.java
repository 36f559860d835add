package pykka;

import pykka.internal.events.Events;
import pykka.internal.events.MessageHandledEvent;
import pykka.internal.proxy.HandBuiltMessages;
import pykka.internal.proxy.MessageNames;
import pykka.internal.proxy.ProxyMessage;
import pykka.internal.runtime.Envelope;
import pykka.internal.runtime.Mailbox;

/**
 * An actor's loop: what its mailbox calls on the actor's thread, as Pykka's actor loop does. Every
 * call into user code (the hooks, a proxied member) is guarded, replies are completed before
 * anything is logged, and logging never throws (see {@link ActorLog}): so whatever user code or the
 * logging provider throws, every ask and stop is answered and a dead actor is neither alive nor
 * registered (rules 15, 19 and 43). The interrupt flag is cleared before each hook, and after a
 * hook that threw, so that an interrupt reaches only the hook that runs when it comes (rule 45).
 * The mailbox's loop ends with {@link #end}, whatever happened before.
 *
 * <p>Thread safety: every method runs on the actor's thread (or, for {@link #reject}, on the thread
 * whose {@code start()} failed, when no actor thread exists).
 */
final class ActorLoop implements Mailbox.Handler {

  static {
    ActorSnapshots.install();
  }

  private final Actor actor;

  // What handling a message came to. No field records it: an idle actor's every byte counts.
  private static final int HANDLED = 0;
  private static final int THREW = 1;
  private static final int DIED = 2;

  ActorLoop(Actor actor) {
    this.actor = actor;
  }

  @Override
  public boolean begin() {
    Thread.interrupted();
    try {
      actor.onStart();
      if (Events.actorStarted()) {
        Events.actorStarted(actorClass(), actor.actorUrn());
      }
    } catch (Throwable t) {
      Thread.interrupted();
      die(t);
    }
    return actor.isAliveInternal();
  }

  @Override
  public boolean handle(Envelope envelope) {
    Object message = envelope.message;
    ThreadingFuture<Object> replyTo = envelope.replyTo;
    // Whatever the previous hook left, or an interrupt that came while idle: not this hook's.
    Thread.interrupted();
    if (message == Actor.STOP) {
      try {
        if (actor.isAliveInternal()) {
          stopNow();
        }
      } finally {
        if (replyTo != null) {
          replyTo.trySet(Boolean.TRUE);
        }
      }
      return false;
    }
    if (!Events.messageHandled() || message instanceof SystemMessage) {
      // pykka's own messages (death notices, restarts) are not the application's: no event.
      return (handle(message, replyTo) & DIED) == 0;
    }
    long start = System.nanoTime();
    MessageHandledEvent event = new MessageHandledEvent();
    event.begin();
    int outcome = handle(message, replyTo);
    if (event.shouldCommit()) {
      event.actorClass = actorClass();
      event.actorUrn = actor.actorUrn();
      event.messageClass = MessageNames.of(message);
      event.ask = replyTo != null;
      event.queuedNanos = MessageHandledEvent.queued(envelope.enqueuedAt, start);
      event.failed = (outcome & THREW) != 0;
      event.commit();
    }
    return (outcome & DIED) == 0;
  }

  /**
   * Handles a message other than a stop: {@link #handle(Envelope)} without its event.
   *
   * @return {@link #HANDLED}, or {@link #THREW}, with {@link #DIED} if the failure stopped the
   *     actor
   */
  private int handle(Object message, ThreadingFuture<Object> replyTo) {
    Object reply;
    try {
      reply = dispatch(message);
    } catch (Throwable t) {
      Thread.interrupted();
      if (replyTo != null) {
        replyTo.trySetException(t);
        ActorLog.returned(actor, t);
        return THREW;
      }
      die(t);
      try {
        actor.onFailure(t);
      } catch (Throwable t2) {
        Thread.interrupted();
        ActorLog.unhandled(actor, t2);
      }
      return THREW | DIED;
    }
    if (replyTo != null) {
      replyTo.trySet(reply);
    }
    return HANDLED;
  }

  @Override
  public void reject(Envelope envelope) {
    ThreadingFuture<Object> replyTo = envelope.replyTo;
    if (replyTo == null) {
      return;
    }
    if (envelope.message == Actor.STOP) {
      replyTo.trySet(Boolean.TRUE);
    } else {
      replyTo.trySetException(
          new ActorDeadException(actor.actorRef() + " stopped before handling the message"));
    }
  }

  @Override
  public void end(Envelope inFlight, Throwable escaped) {
    if (escaped != null) {
      // Not thrown by user code (that is caught above), but pykka's own failure, an
      // OutOfMemoryError say: the actor cannot go on.
      actor.recordFailure(escaped);
      ActorLog.unhandled(actor, escaped);
    }
    if (actor.isAliveInternal()) {
      actor.markDead();
    }
    if (inFlight != null) {
      if (inFlight.message == Actor.STOP) {
        inFlight.replyTo.trySet(Boolean.TRUE);
      } else {
        inFlight.replyTo.trySetException(
            new ActorDeadException(actor.actorRef() + " died while handling the message"));
      }
    }
    stoppedEvent();
  }

  /**
   * Records {@code pykka.ActorStopped} while the actor is still among the live actors: whoever
   * waits until an actor has left them (a recording about to be written, say) finds the event.
   */
  private void stoppedEvent() {
    try {
      if (!Events.actorStopped()) {
        return;
      }
      Throwable endedBy = actor.endedBy;
      Events.actorStopped(
          actorClass(), actor.actorUrn(), endedBy == null ? null : endedBy.getClass());
    } catch (Throwable t) {
      // A recorder's failure must not keep the actor from ending.
    }
  }

  @Override
  public void terminated() {
    try {
      DeathWatch.ended(actor);
    } catch (Throwable t) {
      // Out of memory, say: the actor is already dead and answered; nowhere to report it.
    }
  }

  private Object dispatch(Object message) throws Throwable {
    if (message instanceof ProxyMessage proxied) {
      return proxied.applyTo(actor);
    }
    if (message instanceof SystemMessage internal) {
      return internal.applyTo(actor);
    }
    if (HandBuiltMessages.isHandBuilt(message)) {
      return HandBuiltMessages.handle(actor, message);
    }
    return actor.onReceive(message);
  }

  /** Handles a stop (rule 10): marks the actor dead, then runs {@code onStop}. */
  private void stopNow() {
    actor.markDead();
    ActorLog.debug("Stopped {}", actor);
    try {
      actor.onStop();
    } catch (Throwable t) {
      Thread.interrupted();
      actor.recordFailure(t);
      ActorLog.unhandled(actor, t);
    }
  }

  /** Logs what stopped the actor, then unregisters it and marks it dead. */
  private void die(Throwable t) {
    actor.recordFailure(t);
    ActorLog.unhandled(actor, t);
    actor.markDead();
  }

  /** The actor's class as events name it: its simple name. */
  private String actorClass() {
    return Actor.DISPLAY_NAMES.get(actor.getClass());
  }
}
