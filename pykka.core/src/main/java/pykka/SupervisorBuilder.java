package pykka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@link Supervisor.Builder}: collects the strategy, the intensity and the children, and starts the
 * supervisor. Not thread-safe: build on one thread.
 */
final class SupervisorBuilder implements Supervisor.Builder {

  /** One child as the builder lists it. */
  record ChildSpec(String id, Supplier<? extends Actor> factory, Supervisor.Restart restart) {}

  private Supervisor.Strategy strategy = Supervisor.Strategy.ONE_FOR_ONE;
  private int maxRestarts = 3;
  private Duration within = Duration.ofSeconds(5);
  private RestartBackoff backoff;
  private final List<ChildSpec> children = new ArrayList<>();
  private final Set<String> ids = new HashSet<>();
  private boolean started;

  @Override
  public Supervisor.Builder strategy(Supervisor.Strategy strategy) {
    this.strategy = Objects.requireNonNull(strategy, "strategy");
    return this;
  }

  @Override
  public Supervisor.Builder maxRestarts(int restarts, Duration within) {
    Objects.requireNonNull(within, "within");
    if (restarts < 0) {
      throw new IllegalArgumentException("restarts must be at least 0, but was " + restarts);
    }
    if (within.isNegative() || within.isZero()) {
      throw new IllegalArgumentException("within must be positive, but was " + within);
    }
    this.maxRestarts = restarts;
    this.within = within;
    return this;
  }

  @Override
  public Supervisor.Builder backoff(Duration initial, Duration max) {
    Objects.requireNonNull(initial, "initial");
    Objects.requireNonNull(max, "max");
    if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
      throw new IllegalArgumentException(
          "backoff needs 0 < initial <= max, but was " + initial + " and " + max);
    }
    this.backoff = new RestartBackoff(initial, max);
    return this;
  }

  @Override
  public Supervisor.Builder child(String id, Supplier<? extends Actor> factory) {
    return child(id, factory, Supervisor.Restart.PERMANENT);
  }

  @Override
  public Supervisor.Builder child(
      String id, Supplier<? extends Actor> factory, Supervisor.Restart restart) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(factory, "factory");
    Objects.requireNonNull(restart, "restart");
    if (!ids.add(id)) {
      throw new IllegalArgumentException("A child with id '" + id + "' was already added");
    }
    children.add(new ChildSpec(id, factory, restart));
    return this;
  }

  @Override
  public Supervisor.Builder supervisor(String id, Supplier<Supervisor.Builder> nested) {
    Objects.requireNonNull(nested, "nested");
    return child(id, () -> ((SupervisorBuilder) nested.get()).newActor());
  }

  @Override
  public Supervisor start() {
    SupervisorActor actor = newActor();
    ActorRef<?> ref = actor.start();
    try {
      ref.askAsync(SystemMessage.PROBE).get();
    } catch (ActorDeadException dead) {
      Throwable failure = ref.termination().get().failure();
      if (failure instanceof PykkaException startFailed && failure.getCause() != null) {
        throw startFailed;
      }
      throw new PykkaException(ref + " failed to start", failure);
    } catch (RuntimeException waitFailed) {
      // The caller gets no supervisor to stop (interrupted while waiting, say): stop it here, after
      // its start, so that neither it nor its children are left running unreachable.
      ref.stopAsync();
      throw waitFailed;
    }
    return actor.supervisor;
  }

  /** A new, unstarted supervisor actor for what was built; the builder can make one only. */
  SupervisorActor newActor() {
    if (children.isEmpty()) {
      throw new IllegalStateException("A supervisor needs at least one child");
    }
    if (started) {
      throw new IllegalStateException(
          "This builder was started already; a nested supervisor's supplier must make a new one");
    }
    started = true;
    return new SupervisorActor(
        strategy, new RestartIntensity(maxRestarts, within), backoff, List.copyOf(children));
  }
}
