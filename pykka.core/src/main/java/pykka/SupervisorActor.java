package pykka;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import pykka.SupervisorBuilder.ChildSpec;
import pykka.internal.events.Events;

/**
 * The actor of a {@link Supervisor}: starts the children in order, watches each incarnation, and
 * restarts or gives up when one ends (rules S6 to S12 of {@code docs/supervision.md}). A {@link
 * VirtualThreadActor}, so that an idle supervisor holds no thread.
 *
 * <p>Thread safety: everything runs on the supervisor's thread, but {@link #stopping} (set by
 * {@link Supervisor#stop()}) and {@link #childClass} (read by {@link Supervisor#child}).
 */
final class SupervisorActor extends VirtualThreadActor {

  /** A child's running state. The supervisor's thread only, but {@code actorClass}. */
  static final class Child {
    final ChildSpec spec;
    final Supervised<Actor> handle;

    /** The running incarnation, or {@code null}. */
    ActorRef<?> current;

    /** The newest incarnation started, running or not. */
    ActorRef<?> last;

    /** The class of the newest incarnation's actor. */
    volatile Class<?> actorClass;

    /** How many stopAll calls had begun when the current incarnation started. */
    long stopAllsAtStart;

    Child(ChildSpec spec) {
      this.spec = spec;
      this.handle = new Supervised<>(spec.id());
    }
  }

  final Supervisor supervisor;
  private final Supervisor.Strategy strategy;
  private final RestartIntensity intensity;

  /** The delay before each restart, or {@code null} for none. */
  private final RestartBackoff backoff;

  private final List<Child> children = new ArrayList<>();

  /** Set by {@link Supervisor#stop()}: restart nothing from now on (rule S11). */
  volatile boolean stopping;

  private boolean gaveUp;

  SupervisorActor(
      Supervisor.Strategy strategy,
      RestartIntensity intensity,
      RestartBackoff backoff,
      List<ChildSpec> specs) {
    this.strategy = strategy;
    this.intensity = intensity;
    this.backoff = backoff;
    Map<String, Supervised<Actor>> handles = new LinkedHashMap<>();
    for (ChildSpec spec : specs) {
      Child child = new Child(spec);
      children.add(child);
      handles.put(spec.id(), child.handle);
    }
    this.supervisor = new Supervisor(this, Collections.unmodifiableMap(handles));
  }

  /** The class of a child's newest incarnation, or {@code null} before it first started. */
  Class<?> childClass(String id) {
    for (Child child : children) {
      if (child.spec.id().equals(id)) {
        return child.actorClass;
      }
    }
    return null;
  }

  /** Rule S6: children in order; if one fails, those started are stopped in reverse. */
  @Override
  protected void onStart() {
    for (Child child : children) {
      try {
        startChild(child, false);
      } catch (Throwable failure) {
        stopChildren(children);
        closeHandles("its supervisor failed to start");
        throw new PykkaException(
            "Supervisor " + actorRef() + " failed to start child '" + child.spec.id() + "'",
            failure);
      }
    }
  }

  @Override
  protected void onTerminated(Termination termination) {
    if (stopping || gaveUp) {
      return;
    }
    Child child = running(termination.actor());
    if (child == null) {
      return; // an incarnation the supervisor stopped itself
    }
    child.current = null;
    child.handle.down(termination.actor());
    boolean restart =
        switch (child.spec.restart()) {
          case PERMANENT -> termination.failed() || !stoppedByStopAll(child);
          case TRANSIENT -> termination.failed();
          case TEMPORARY -> false;
        };
    if (!restart) {
      child.handle.gone("it ended and is not restarted");
      return;
    }
    restartAfter(child, termination.actor(), termination.failure());
  }

  /** Rule S11: the children in reverse start order, then the supervisor itself. */
  @Override
  protected void onStop() {
    stopping = true;
    stopChildren(children);
    closeHandles("its supervisor stopped");
  }

  /** Restarts after {@code child}'s incarnation {@code old} ended with {@code failure}. */
  private void restartAfter(Child child, ActorRef<?> old, Throwable failure) {
    if (!intensity.record(System.nanoTime())) {
      giveUp(failure);
      return;
    }
    ActorLog.restarting(this, child.spec.id(), old, failure);
    restartedEvent(child.spec.id(), old, failure);
    List<Child> affected = affectedBy(child);
    List<Child> toStart = new ArrayList<>();
    for (Child c : affected) {
      if (c == child || (c.current != null && c.spec.restart() != Supervisor.Restart.TEMPORARY)) {
        toStart.add(c);
      }
    }
    for (int i = affected.size() - 1; i >= 0; i--) {
      Child sibling = affected.get(i);
      if (sibling != child && sibling.current != null) {
        stopChild(sibling);
        if (sibling.spec.restart() == Supervisor.Restart.TEMPORARY) {
          sibling.handle.gone("it was stopped by its supervisor and is not restarted");
        }
      }
    }
    if (backoff != null) {
      // Later, as a message of pykka's own to this actor: its thread stays free meanwhile, and the
      // children's handles hold what is sent to them.
      RestartLater later = new RestartLater(toStart);
      CompletableFuture.delayedExecutor(backoff.delay(System.nanoTime()), TimeUnit.NANOSECONDS)
          .execute(() -> actorRef().offer(later, null));
      return;
    }
    startAll(toStart);
  }

  /** Starts new incarnations of {@code toStart}, in order, unless the supervisor is ending. */
  private void startAll(List<Child> toStart) {
    for (Child c : toStart) {
      if (gaveUp || stopping) {
        return;
      }
      if (c.current != null) {
        continue; // a nested restart, after a failed start, has started it already
      }
      try {
        startChild(c, true);
      } catch (Throwable startFailed) {
        // A failed restart is one more failure of that child, counted toward the intensity.
        c.current = null;
        restartAfter(c, c.last, startFailed);
      }
    }
  }

  /** A restart delayed by the backoff, handled on the supervisor's thread when it is due. */
  private static final class RestartLater extends SystemMessage {
    private final List<Child> toStart;

    RestartLater(List<Child> toStart) {
      this.toStart = toStart;
    }

    @Override
    Object applyTo(Actor actor) {
      ((SupervisorActor) actor).startAll(toStart);
      return null;
    }

    @Override
    public String toString() {
      return "RestartLater";
    }
  }

  /** Rule S8: the children a failure of {@code child} restarts, in start order. */
  private List<Child> affectedBy(Child child) {
    return switch (strategy) {
      case ONE_FOR_ONE -> List.of(child);
      case ONE_FOR_ALL -> children;
      case REST_FOR_ONE -> children.subList(children.indexOf(child), children.size());
    };
  }

  /** Rule S9: stops every child in reverse start order, then the supervisor, with a failure. */
  private void giveUp(Throwable failure) {
    gaveUp = true;
    Throwable reason =
        failure != null
            ? failure
            : new PykkaException(
                "more than "
                    + intensity.max
                    + " restarts within "
                    + intensity.within
                    + " in "
                    + actorRef());
    ActorLog.gaveUp(this, intensity.max, intensity.within, reason);
    closeHandles("its supervisor gave up");
    stopChildren(children);
    endWith(reason);
  }

  /**
   * Starts a new incarnation of {@code child}, watches it, and waits until its {@code onStart} has
   * run.
   *
   * @throws Throwable what its factory, its {@code start()} or its {@code onStart} threw
   */
  private void startChild(Child child, boolean restarted) throws Throwable {
    Actor actor = child.spec.factory().get();
    if (actor == null) {
      throw new NullPointerException("the factory of child '" + child.spec.id() + "' made null");
    }
    child.actorClass = actor.getClass();
    long stopAlls = ActorRegistry.stopAllsBegun();
    ActorRef<?> ref = actor.start();
    child.last = ref;
    watch(ref);
    try {
      ref.askAsync(SystemMessage.PROBE).get();
    } catch (Throwable notStarted) {
      unwatch(ref);
      if (ref.isAlive()) {
        ref.stop(); // deadlock detection broke its start: it must not linger half-supervised
      }
      Throwable failure = ref.termination().get().failure();
      throw failure != null ? failure : notStarted;
    }
    child.current = ref;
    child.stopAllsAtStart = stopAlls;
    child.handle.up(ref, restarted);
  }

  /** Stops the running ones of {@code which} in reverse order, each after the next's stop ended. */
  private void stopChildren(List<Child> which) {
    for (int i = which.size() - 1; i >= 0; i--) {
      if (which.get(i).current != null) {
        stopChild(which.get(i));
      }
    }
  }

  /** Stops a running child and waits for its end; it is not restarted. */
  private void stopChild(Child child) {
    ActorRef<?> ref = child.current;
    child.current = null;
    unwatch(ref);
    child.handle.down(ref);
    ref.stop();
    ref.termination().get();
  }

  private void closeHandles(String why) {
    for (Child child : children) {
      child.handle.gone(why);
    }
  }

  private Child running(ActorRef<?> ref) {
    for (Child child : children) {
      if (child.current == ref) {
        return child;
      }
    }
    return null;
  }

  /** Whether a stopAll began since the child's incarnation started: it stopped the child. */
  private static boolean stoppedByStopAll(Child child) {
    return ActorRegistry.stopAllsBegun() != child.stopAllsAtStart;
  }

  /** Emits {@code pykka.ActorRestarted} if it is recorded; a recorder's failure is not ours. */
  private void restartedEvent(String childId, ActorRef<?> old, Throwable failure) {
    try {
      Events.actorRestarted(
          actorUrn(),
          childId,
          old == null ? "" : DISPLAY_NAMES.get(old.actorClass()),
          failure == null ? null : failure.getClass());
    } catch (Throwable t) {
      // Recording failed: a restart must not.
    }
  }
}
