package pykka;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Objects;

/**
 * A stable handle to a child of a {@link Supervisor}, valid across the child's restarts: messages
 * sent through it go to the child's current incarnation (see {@code docs/supervision.md}, rule
 * S10). Get one from {@link Supervisor#child}.
 *
 * <p>A message sent while the child is being restarted (from its death until its new incarnation
 * has started) is held, and goes to the new incarnation, in order, once it has started: it is
 * neither lost nor failed, and {@link #tell} and {@link #askAsync} never wait for the restart.
 * Messages already in the dead incarnation's inbox are treated as for any dead actor (asks fail
 * with {@link ActorDeadException}, tells are dropped): nothing is replayed, since replaying is
 * unsafe for work that is not idempotent. If the child is not restarted after all (a {@code
 * TEMPORARY} child, a {@code TRANSIENT} one that stopped without a failure, or a supervisor that
 * gave up or stopped), held asks fail with {@link ActorDeadException} and held tells are dropped,
 * and from then on {@code tell}, {@code ask} and {@link #ref} throw {@link ActorDeadException}.
 *
 * <p><b>Thread safety.</b> Every method may be called from any thread. Per sending thread, messages
 * reach the child in the order they were sent, across restarts. Actions before a send happen-before
 * the child's handling of that message.
 *
 * @param <A> the class of the child's actor
 */
public final class Supervised<A extends Actor> {

  /*
   * `slot` is the current incarnation's ActorRef while it lives, a Pending (the messages held, in
   * order) from its death until the next incarnation has started, or an ActorDeadException once the
   * child will run no more. Sends to a live incarnation take no lock; every change of `slot`, and
   * every send that finds the incarnation dead, holds `lock`. The supervisor flushes the held
   * messages to the new incarnation under the lock before publishing it, so a send that comes later
   * is queued behind them.
   */

  private final String id;
  private final Object lock = new Object();
  private volatile Object slot;

  /** The newest incarnation started, dead or alive; {@code null} before the first. */
  private volatile ActorRef<?> latest;

  private volatile int restarts;

  /** A message held while the child restarts. */
  private record Held(Object message, ThreadingFuture<Object> reply) {}

  /** The messages held during one restart, and a future for proxy calls waiting on it. */
  private static final class Pending {
    final ArrayDeque<Held> held = new ArrayDeque<>();
    final ThreadingFuture<ActorRef<?>> next = new ThreadingFuture<>();
  }

  Supervised(String id) {
    this.id = id;
    this.slot = new Pending();
  }

  /**
   * The child's id, as given to the supervisor's builder.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * The ref of the child's current incarnation; while it restarts, that of the one that died.
   *
   * @return the ref
   * @throws ActorDeadException if the child will run no more (its supervisor gave up or stopped, or
   *     it was not restarted)
   */
  @SuppressWarnings("unchecked")
  public ActorRef<A> ref() {
    if (slot instanceof ActorDeadException gone) {
      throw copy(gone);
    }
    return (ActorRef<A>) latest;
  }

  /**
   * Sends a message to the current incarnation and returns at once; while the child restarts, it is
   * held for the new incarnation.
   *
   * @param message the message, possibly {@code null}
   * @throws ActorDeadException if the child will run no more
   */
  public void tell(Object message) {
    if (slot instanceof ActorRef<?> current && current.offer(message, null)) {
      return;
    }
    sendSlowly(message, null);
  }

  /**
   * Sends a message and waits as long as it takes for the reply.
   *
   * @param message the message, possibly {@code null}
   * @return the reply
   * @throws ActorDeadException if the child will run no more, or the incarnation it reached dies
   *     before handling it
   * @throws RuntimeException what the child threw while handling it
   */
  public Object ask(Object message) {
    return askAsync(message).get();
  }

  /**
   * Sends a message and waits at most {@code timeout} for the reply.
   *
   * @param message the message, possibly {@code null}
   * @param timeout how long to wait
   * @return the reply
   * @throws TimeoutException if the reply does not come in time
   * @throws ActorDeadException as {@link #ask(Object)}
   */
  public Object ask(Object message, Duration timeout) {
    Timeouts.check(timeout);
    return askAsync(message).get(timeout);
  }

  /**
   * Sends a message and returns a future of the reply at once, even while the child restarts.
   *
   * @param message the message, possibly {@code null}
   * @return the future reply, failed with {@link ActorDeadException} if the child will run no more
   */
  public Future<Object> askAsync(Object message) {
    if (slot instanceof ActorRef<?> current) {
      ThreadingFuture<Object> reply = current.newReply();
      if (current.offer(message, reply)) {
        return reply;
      }
    }
    ThreadingFuture<Object> reply = new ThreadingFuture<>();
    try {
      sendSlowly(message, reply);
    } catch (ActorDeadException dead) {
      reply.trySetException(dead);
    }
    return reply;
  }

  /**
   * A typed proxy whose every call goes to the child's current incarnation (see {@link
   * ActorRef#proxy(Class)} for how {@code api} maps to the actor). A call made while the child
   * restarts waits until the new incarnation has started; one sent to an incarnation that dies
   * before handling it fails with {@link ActorDeadException}, as through an {@link ActorRef}
   * (nothing is replayed). {@code actorRef()} returns the incarnation's ref.
   *
   * @param <P> the interface
   * @param api the interface the proxy implements
   * @return a new proxy
   * @throws IllegalArgumentException if {@code api} does not map to the child's actor
   * @throws ActorDeadException if the child will run no more
   */
  public <P> P proxy(Class<P> api) {
    Objects.requireNonNull(api, "api");
    FollowingHandler<P> handler = new FollowingHandler<>(api);
    handler.target(); // checks the interface now
    return api.cast(Proxy.newProxyInstance(api.getClassLoader(), new Class<?>[] {api}, handler));
  }

  /**
   * How many times this child has been restarted.
   *
   * @return the number of restarts
   */
  public int restarts() {
    return restarts;
  }

  @Override
  public String toString() {
    return "Supervised[" + id + ": " + latest + "]";
  }

  // ---- the supervisor's side; its thread only ----

  /** The incarnation {@code dead} has died: hold what comes next, unless already holding. */
  void down(ActorRef<?> dead) {
    synchronized (lock) {
      if (slot == dead) {
        slot = new Pending();
      }
    }
  }

  /**
   * A new incarnation has started: passes it the held messages in order, then publishes it. If it
   * dies while they are passed, the rest stay held for the next one.
   */
  void up(ActorRef<?> next, boolean restarted) {
    synchronized (lock) {
      latest = next;
      if (restarted) {
        restarts++;
      }
      if (slot instanceof Pending pending) {
        for (Held h = pending.held.peek(); h != null; h = pending.held.peek()) {
          if (!next.offer(h.message, h.reply)) {
            return;
          }
          pending.held.poll();
        }
        pending.next.trySet(next);
      }
      slot = next;
    }
  }

  /** The child will run no more: fails held asks, drops held tells, and refuses what comes. */
  void gone(String why) {
    ActorDeadException gone = new ActorDeadException(id + ": " + why);
    synchronized (lock) {
      if (slot instanceof Pending pending) {
        for (Held h : pending.held) {
          if (h.reply != null) {
            h.reply.trySetException(copy(gone));
          }
        }
        pending.next.trySetException(gone);
      }
      slot = gone;
    }
  }

  // ---- internals ----

  private void sendSlowly(Object message, ThreadingFuture<Object> reply) {
    while (true) {
      ActorRef<?> target;
      synchronized (lock) {
        Object s = slot;
        if (s instanceof ActorDeadException gone) {
          throw copy(gone);
        }
        if (s instanceof Pending pending) {
          pending.held.add(new Held(message, reply));
          return;
        }
        target = (ActorRef<?>) s;
        if (!target.isAlive()) {
          // The incarnation has died and the supervisor has not yet heard: hold from now on.
          Pending pending = new Pending();
          pending.held.add(new Held(message, reply));
          slot = pending;
          return;
        }
      }
      if (target.offer(message, reply)) {
        return;
      }
    }
  }

  /** The current incarnation, waiting for a restart to finish if one is under way. */
  private ActorRef<?> awaitCurrent() {
    ThreadingFuture<ActorRef<?>> next;
    synchronized (lock) {
      Object s = slot;
      if (s instanceof ActorDeadException gone) {
        throw copy(gone);
      }
      if (s instanceof ActorRef<?> current && current.isAlive()) {
        return current;
      }
      if (s instanceof ActorRef<?>) {
        slot = new Pending();
      }
      next = ((Pending) slot).next;
    }
    return next.get();
  }

  private static ActorDeadException copy(ActorDeadException gone) {
    return new ActorDeadException(gone.getMessage());
  }

  /** Sends each call of a proxy through the typed proxy of the current incarnation. */
  private final class FollowingHandler<P> implements InvocationHandler {
    private final Class<P> api;
    private ActorRef<?> targetRef;
    private P target;

    FollowingHandler(Class<P> api) {
      this.api = api;
    }

    /** The typed proxy of the current incarnation, made once per incarnation. */
    synchronized P target() {
      ActorRef<?> current = awaitCurrent();
      if (current != targetRef) {
        target = current.proxy(api);
        targetRef = current;
      }
      return target;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      if (method.getDeclaringClass() == Object.class) {
        return switch (method.getName()) {
          case "equals" -> proxy == args[0];
          case "hashCode" -> System.identityHashCode(proxy);
          default -> "Supervised proxy of " + id;
        };
      }
      P current;
      try {
        current = target();
      } catch (ActorDeadException dead) {
        if (slot instanceof ActorDeadException) {
          throw dead;
        }
        current = target(); // the incarnation died as its proxy was made: the next one
      }
      return Proxy.getInvocationHandler(current).invoke(current, method, args);
    }
  }
}
