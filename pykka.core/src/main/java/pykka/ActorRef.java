package pykka;

import java.time.Duration;
import pykka.internal.proxy.TypedProxies;
import pykka.internal.runtime.Envelope;
import pykka.internal.runtime.Mailbox;

/**
 * The handle through which everyone else talks to an actor: {@link #tell}, {@link #ask}, {@link
 * #stop} and proxies. Each actor has exactly one ref, made when the actor is constructed; equality
 * is identity.
 *
 * <p><b>Thread safety.</b> Every method may be called from any thread, including actors' own.
 *
 * <p><b>Memory consistency effects.</b> Actions in a thread before {@code tell} or {@code ask}
 * happen-before the actor's handling of that message; the actor's handling happens-before the
 * return of a {@code get} of the reply.
 *
 * <p><b>Races with stop.</b> A message enqueued before the actor's stop is handled; one arriving
 * after is answered: an ask's future fails with {@link ActorDeadException}, a stop request returns
 * {@code true}, a tell is dropped. No ask or stop is ever left pending by a dead actor.
 *
 * @param <A> the class of the actor
 */
public final class ActorRef<A extends Actor> {

  private final Actor actor;

  ActorRef(Actor actor) {
    this.actor = actor;
  }

  /**
   * Sends a message and returns at once: fire and forget. An exception thrown while the actor
   * handles it stops the actor (see {@link Actor}).
   *
   * @param message the message, possibly {@code null}
   * @throws ActorDeadException if the actor is not running
   */
  public void tell(Object message) {
    Actor a = actor;
    if (!a.isAliveInternal()) {
      throw notFound();
    }
    a.mailbox.enqueue(new Envelope(message, null));
  }

  /**
   * Sends a message and waits as long as it takes for the reply.
   *
   * @param message the message, possibly {@code null}
   * @return the reply, possibly {@code null}
   * @throws ActorDeadException if the actor is not running, or stops before handling the message
   * @throws RuntimeException what the actor threw while handling it (see {@link Future#get()})
   * @throws DeadlockException if called from an actor whose wait would close a cycle
   */
  public Object ask(Object message) {
    return askAsync(message).get();
  }

  /**
   * Sends a message and waits at most {@code timeout} for the reply.
   *
   * @param message the message, possibly {@code null}
   * @param timeout how long to wait
   * @return the reply, possibly {@code null}
   * @throws TimeoutException if the reply does not come in time (the message stays queued)
   * @throws ActorDeadException if the actor is not running, or stops before handling the message
   * @throws RuntimeException what the actor threw while handling it
   */
  public Object ask(Object message, Duration timeout) {
    Timeouts.check(timeout);
    return askAsync(message).get(timeout);
  }

  /**
   * Sends a message and returns a future of the reply at once. If the actor is not running, the
   * future is already failed with {@link ActorDeadException}.
   *
   * @param message the message, possibly {@code null}
   * @return the future reply
   */
  public Future<Object> askAsync(Object message) {
    return send(message);
  }

  /**
   * Stops the actor after the messages already in its inbox, and waits until its {@code onStop} has
   * run.
   *
   * @return {@code true} if the actor was alive when asked, {@code false} if it was already dead
   */
  public boolean stop() {
    return stopAsync().get();
  }

  /**
   * Stops the actor after the messages already in its inbox, waiting at most {@code timeout} for
   * it.
   *
   * @param timeout how long to wait
   * @return {@code true} if the actor was alive when asked, {@code false} if it was already dead
   * @throws TimeoutException if the stop takes longer; it stays queued
   */
  public boolean stop(Duration timeout) {
    Timeouts.check(timeout);
    return stopAsync().get(timeout);
  }

  /**
   * Enqueues a stop and returns a future that becomes {@code true} once the actor has stopped, or
   * is {@code false} at once if it was already dead.
   *
   * @return the future result of the stop
   */
  public Future<Boolean> stopAsync() {
    ThreadingFuture<Object> reply = newReply();
    if (!enqueueStop(reply)) {
      reply.trySet(Boolean.FALSE);
    }
    @SuppressWarnings("unchecked")
    Future<Boolean> result = (Future<Boolean>) (Future<?>) reply;
    return result;
  }

  /**
   * An untyped proxy to the actor, Pykka's {@code actor_ref.proxy()}.
   *
   * @return a new proxy
   * @throws ActorDeadException if the actor is not running
   * @throws IllegalStateException if pykka may not reflect into the actor's module (add {@code
   *     opens <package> to pykka.core;})
   */
  public ActorProxy proxy() {
    return new ActorProxy(this);
  }

  /**
   * A typed proxy to the actor: an implementation of {@code api} whose methods send messages. Each
   * abstract method maps by name to a public method of the actor with compatible parameters;
   * failing that, a method with no parameters reads the public field of that name (or, returning an
   * interface other than {@link Future}, is a nested typed proxy to a {@link Traversable} field),
   * and a method with one parameter returning {@code void} or {@code Future<Void>} writes it. A
   * method returning {@code Future} asks, one returning {@code void} tells, any other waits for the
   * reply and returns it (rethrowing the actor's exception). {@code default} methods run on the
   * caller's thread; {@code equals}, {@code hashCode} and {@code toString} are answered locally;
   * {@code ActorRef<?> actorRef()} returns this ref.
   *
   * <p>Every method of {@code api} is checked now, so a wrong interface fails at once, naming each
   * method that maps to nothing: one whose parameters select no overload (or several; selection is
   * javac's, by the parameter types), or whose return type, or {@code Future}'s type argument,
   * cannot hold the result. The mapping is computed once per actor class and interface. A blocking
   * method returning a primitive throws {@link NullPointerException}, naming it and the actor, if
   * the actor returns {@code null}.
   *
   * @param <P> the interface
   * @param api the interface the proxy implements
   * @return a new proxy
   * @throws ActorDeadException if the actor is not running
   * @throws IllegalArgumentException if {@code api} is not an interface, or some of its methods map
   *     to nothing (all are named)
   */
  public <P> P proxy(Class<P> api) {
    return TypedProxies.create(this, actor, api);
  }

  /**
   * The future of the actor's end, and of why it ended: completed once the actor is dead, after
   * {@code onStop} or {@code onFailure} has run (or {@code start()} failed), after it left the
   * registry and after every ask and stop left in its inbox was answered; complete at once for an
   * actor already dead. It never fails, and may complete a moment after {@link #stop()} returns:
   * code that needs it waits on it. Its {@code set} methods throw {@link IllegalStateException}.
   * See {@code docs/supervision.md}, rules S1 and S2.
   *
   * <p>Made the first time it is asked for, so an actor nobody watches pays nothing for it. Every
   * call returns the same future.
   *
   * @return the future termination
   */
  public Future<Termination> termination() {
    return DeathWatch.of(actor).future;
  }

  /**
   * Whether the actor is running: {@code true} from construction until it stops or fails.
   *
   * @return whether the actor is alive
   */
  public boolean isAlive() {
    return actor.isAliveInternal();
  }

  /**
   * The actor's class.
   *
   * @return the class of the actor
   */
  @SuppressWarnings("unchecked")
  public Class<? extends A> actorClass() {
    return (Class<? extends A>) actor.getClass();
  }

  /**
   * The actor's URN.
   *
   * @return {@code urn:uuid:} and a random UUID
   */
  public String actorUrn() {
    return actor.actorUrn();
  }

  /**
   * {@code SimpleClassName (urn:uuid:...)}, as {@link Actor#toString()} is by default; an actor's
   * own {@code toString} override does not change it.
   */
  @Override
  public String toString() {
    return actor.cell().toString();
  }

  // ---- internals shared with Actor and the proxies ----

  Actor actor() {
    return actor;
  }

  /**
   * Enqueues a stop request.
   *
   * @param reply the future for the result, or {@code null} for a fire-and-forget stop
   * @return {@code false} if the actor was already dead (only when {@code reply} is not null)
   * @throws ActorDeadException if the actor is dead and {@code reply} is null
   */
  boolean enqueueStop(ThreadingFuture<Object> reply) {
    Actor a = actor;
    if (!a.isAliveInternal()) {
      if (reply == null) {
        throw notFound();
      }
      return false;
    }
    Mailbox mailbox = a.mailbox;
    mailbox.enqueue(new Envelope(Actor.STOP, reply));
    if (reply != null && mailbox.isClosed()) {
      // The actor died while we enqueued; it was alive when asked, so the answer is true (rule 12).
      reply.trySet(Boolean.TRUE);
    }
    return true;
  }

  /**
   * Sends a message expecting a reply.
   *
   * @param message the message
   * @return the reply future
   */
  ThreadingFuture<Object> send(Object message) {
    ThreadingFuture<Object> reply = newReply();
    Actor a = actor;
    if (!a.isAliveInternal()) {
      reply.trySetException(notFound());
      return reply;
    }
    Mailbox mailbox = a.mailbox;
    mailbox.enqueue(new Envelope(message, reply));
    if (mailbox.isClosed()) {
      // The actor died while we enqueued, and its drain may have missed this ask (rule 15).
      reply.trySetException(notFound());
    }
    return reply;
  }

  /**
   * Enqueues a message unless the actor is already dead, for a {@link Supervised} handle, which
   * must know whether the message reached a live incarnation. An ask whose actor dies while it is
   * enqueued is failed as {@link #send} fails it.
   *
   * @param message the message
   * @param reply the reply future, or {@code null} for a tell
   * @return {@code false} if the actor was dead, and nothing was enqueued
   */
  boolean offer(Object message, ThreadingFuture<Object> reply) {
    Actor a = actor;
    if (!a.isAliveInternal()) {
      return false;
    }
    Mailbox mailbox = a.mailbox;
    mailbox.enqueue(new Envelope(message, reply));
    if (reply != null && mailbox.isClosed()) {
      reply.trySetException(notFound());
    }
    return true;
  }

  ThreadingFuture<Object> newReply() {
    return new ReplyFuture<>(actor.cell());
  }

  ActorDeadException notFound() {
    return new ActorDeadException(this + " not found");
  }
}
