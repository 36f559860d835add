package pykka.benchmarks.runtime;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.pekko.actor.AbstractActor;
import org.apache.pekko.actor.ActorRef;
import org.apache.pekko.actor.ActorSystem;
import org.apache.pekko.actor.PoisonPill;
import org.apache.pekko.actor.Props;
import org.apache.pekko.pattern.Patterns;

/**
 * Apache Pekko classic actors, created top-level with {@code system.actorOf} on the default
 * dispatcher with its default settings (only logging of dead letters and of the system's start and
 * stop is turned off). Thread-safe.
 */
final class PekkoRuntime implements ActorRuntime {

  private static final Duration ASK_TIMEOUT = Duration.ofMinutes(1);

  private final ActorSystem system;

  PekkoRuntime() {
    Config config =
        ConfigFactory.parseString(
                """
                pekko.loglevel = WARNING
                pekko.stdout-loglevel = WARNING
                pekko.log-dead-letters = off
                pekko.log-dead-letters-during-shutdown = off
                pekko.jvm-exit-on-fatal-error = off
                pekko.coordinated-shutdown.run-by-jvm-shutdown-hook = off
                """)
            .withFallback(ConfigFactory.load());
    system = ActorSystem.create("bench", config);
  }

  @Override
  public Ref spawn(Behavior behavior) {
    ActorRef ref =
        system.actorOf(Props.create(BehaviorActor.class, () -> new BehaviorActor(behavior)));
    return new PekkoRef(ref);
  }

  @Override
  public Object spawnIdle(CountDownLatch started, CountDownLatch stopped) {
    return system.actorOf(Props.create(IdleActor.class, () -> new IdleActor(started, stopped)));
  }

  @Override
  public void stopIdle(Object handle) {
    ((ActorRef) handle).tell(PoisonPill.getInstance(), ActorRef.noSender());
  }

  @Override
  public void close() {
    system.terminate();
    try {
      system.getWhenTerminated().toCompletableFuture().get(1, TimeUnit.MINUTES);
    } catch (Exception e) {
      throw new IllegalStateException("Pekko did not terminate", e);
    }
  }

  /** A ref to a Pekko actor; tells carry no sender. */
  private static final class PekkoRef implements Ref {
    private final ActorRef ref;

    PekkoRef(ActorRef ref) {
      this.ref = ref;
    }

    @Override
    public void tell(Object message) {
      ref.tell(message, ActorRef.noSender());
    }

    @Override
    public Object ask(Object message) {
      return Patterns.ask(ref, message, ASK_TIMEOUT).toCompletableFuture().join();
    }

    @Override
    public void stop() {
      ref.tell(PoisonPill.getInstance(), ActorRef.noSender());
    }

    @Override
    public void stopAndWait() {
      Patterns.gracefulStop(ref, ASK_TIMEOUT).toCompletableFuture().join();
    }

    @Override
    public Object unwrap() {
      return ref;
    }
  }

  /** Runs a behaviour; replies only to messages that have a sender (asks). */
  static final class BehaviorActor extends AbstractActor {
    private final Behavior behavior;
    private final Ref self;
    private final ActorRef deadLetters;

    BehaviorActor(Behavior behavior) {
      this.behavior = behavior;
      this.self = new PekkoRef(getSelf());
      this.deadLetters = getContext().getSystem().deadLetters();
    }

    @Override
    public void preStart() {
      behavior.started(self);
    }

    @Override
    public void postStop() {
      behavior.stopped();
    }

    @Override
    public Receive createReceive() {
      return receiveBuilder().matchAny(this::onMessage).build();
    }

    private void onMessage(Object message) throws Exception {
      Object reply = behavior.receive(message, self);
      ActorRef sender = getSender();
      if (sender != deadLetters) {
        sender.tell(reply, getSelf());
      }
    }
  }

  /** The smallest Pekko actor: it only reports its start and stop. */
  static final class IdleActor extends AbstractActor {
    private final CountDownLatch started;
    private final CountDownLatch stopped;

    IdleActor(CountDownLatch started, CountDownLatch stopped) {
      this.started = started;
      this.stopped = stopped;
    }

    @Override
    public void preStart() {
      started.countDown();
    }

    @Override
    public void postStop() {
      stopped.countDown();
    }

    @Override
    public Receive createReceive() {
      return receiveBuilder().build();
    }
  }
}
