package pykka;

import static org.assertj.core.api.Assertions.assertThat;
import static pykka.Script.script;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pykka.testfixtures.ActorRuntime;
import pykka.testfixtures.Await;
import pykka.testfixtures.BothRuntimes;

/**
 * Rules 27 and 43: what {@code register} and {@code unregister} do to the registry, which is built
 * on the table of live actors. Only a running actor can be registered; a dead one never is, even
 * when a {@code register} races its death; registering again after an unregister puts the actor
 * last.
 */
@BothRuntimes
final class RegistrationTest {

  private static final Duration BOUND = Duration.ofSeconds(Await.SECONDS);

  private final ActorRuntime runtime;

  RegistrationTest(ActorRuntime runtime) {
    this.runtime = runtime;
  }

  @BeforeEach
  void startFromAnEmptyRegistry() {
    ActorRegistry.stopAll(BOUND);
    assertThat(ActorRegistry.getAll()).isEmpty();
  }

  @AfterEach
  void stopEveryActor() {
    ActorRegistry.stopAll(BOUND);
  }

  // Rule 27: re-registering appends at the end of the registration order.
  @Test
  void anActorRegisteredAgainAfterAnUnregisterComesLastInRegistrationOrder() {
    ActorRef<Actor> a = Actors.start(runtime, script());
    ActorRef<Actor> b = Actors.start(runtime, script());
    ActorRef<Actor> c = Actors.start(runtime, script());

    ActorRegistry.unregister(a);
    assertThat(ActorRegistry.getAll()).containsExactly(b, c);
    ActorRegistry.register(a);
    ActorRegistry.register(a); // a second register is a no-op

    assertThat(ActorRegistry.getAll()).containsExactly(b, c, a);
    assertThat(ActorRegistry.getByUrn(a.actorUrn())).containsSame(a);
  }

  @Test
  void registeringTheRefOfAnActorThatWasNeverStartedLeavesItUnregisteredUntilItStarts() {
    Actor actor = Actors.create(runtime, script());
    ActorRef<Actor> ref = actor.actorRef();

    ActorRegistry.register(ref);

    assertThat(ActorRegistry.getByUrn(ref.actorUrn())).isEmpty();
    assertThat(ActorRegistry.getAll()).doesNotContain(ref);
    actor.start();
    assertThat(ActorRegistry.getAll()).containsOnlyOnce(ref);
  }

  // Rule 43: a dead actor is never found registered.
  @Test
  void registeringTheRefOfADeadActorLeavesItUnregistered() {
    ActorRef<Actor> ref = Actors.start(runtime, script());
    assertThat(ref.stop(BOUND)).isTrue();

    ActorRegistry.register(ref);

    assertThat(ActorRegistry.getByUrn(ref.actorUrn())).isEmpty();
    assertThat(ActorRegistry.getAll()).doesNotContain(ref);
  }

  // Rule 43, under contention: a registry that unregistered a dying actor with the same
  // compare-and-set as unregister() would let a racing register() bring the dead actor back while
  // it runs onStop, still in the table of live actors.
  @Test
  void aRegisterRacingTheActorsDeathNeverRegistersTheDeadActor() throws Exception {
    for (int round = 0; round < 20; round++) {
      AtomicInteger registers = new AtomicInteger();
      AtomicReference<Boolean> registeredInOnStop = new AtomicReference<>();
      ActorRef<Actor> ref =
          Actors.start(
              runtime,
              script()
                  .onStop(
                      self -> {
                        // Dead and unregistered: let the racing register() try a few times.
                        int seen = registers.get();
                        Await.until(() -> registers.get() >= seen + 3);
                        registeredInOnStop.set(
                            ActorRegistry.getByUrn(self.actorUrn()).isPresent()
                                || ActorRegistry.getAll().contains(self.actorRef()));
                      }));
      AtomicBoolean done = new AtomicBoolean();
      AtomicReference<Throwable> failure = new AtomicReference<>();
      Thread registerer =
          Thread.ofPlatform()
              .daemon()
              .start(
                  () -> {
                    try {
                      for (int i = 0; !done.get(); i++) {
                        if (i % 2 == 0) {
                          ActorRegistry.unregister(ref);
                        }
                        ActorRegistry.register(ref);
                        registers.incrementAndGet();
                      }
                    } catch (Throwable t) {
                      failure.set(t);
                    }
                  });

      assertThat(ref.stop(BOUND)).isTrue();
      done.set(true);
      registerer.join();

      assertThat(failure.get()).isNull();
      assertThat(registeredInOnStop.get()).as("registered in onStop, round %d", round).isFalse();
      assertThat(ActorRegistry.getByUrn(ref.actorUrn())).as("round %d", round).isEmpty();
      assertThat(ActorRegistry.getAll()).as("round %d", round).doesNotContain(ref);
    }
  }
}
