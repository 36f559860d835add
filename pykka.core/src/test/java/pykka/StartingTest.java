package pykka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pykka.Script.script;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import pykka.testfixtures.ActorRuntime;
import pykka.testfixtures.BothRuntimes;
import pykka.testfixtures.LogCapture;

/** Rules 1 to 4 of docs/behaviour.md: starting an actor. */
@BothRuntimes
final class StartingTest {

  private final ActorRuntime runtime;

  StartingTest(ActorRuntime runtime) {
    this.runtime = runtime;
  }

  @AfterEach
  void stopEveryActor() {
    ActorRegistry.stopAll(Duration.ofSeconds(10));
  }

  // Rule 1.
  @Test
  void startRegistersTheRefThenLogsRegisteredAndStartingAtDebug() {
    try (LogCapture logs = LogCapture.start()) {
      Actor actor = Actors.create(runtime, script());
      assertThat(ActorRegistry.getByUrn(actor.actorUrn())).isEmpty();

      ActorRef<Actor> ref = actor.start();

      assertThat(ActorRegistry.getByUrn(ref.actorUrn())).containsSame(ref);
      assertThat(ref.stop()).isTrue();
      assertThat(logs.linesAbout(ref))
          .containsExactly(
              "DEBUG Registered " + ref,
              "DEBUG Starting " + actor,
              "DEBUG Unregistered " + ref,
              "DEBUG Stopped " + actor);
    }
  }

  // Rule 1.
  @Test
  void onStartCanAlreadyFindTheActorInTheRegistryByItsUrn() {
    CompletableFuture<Optional<ActorRef<?>>> found = new CompletableFuture<>();
    ActorRef<Actor> ref =
        Actors.start(
            runtime,
            script().onStart(self -> found.complete(ActorRegistry.getByUrn(self.actorUrn()))));

    assertThat(found.join()).containsSame(ref);
  }

  // Rule 2.
  @Test
  void startingAnActorThatWasAlreadyStartedThrowsIllegalStateException() {
    Actor actor = Actors.create(runtime, script());
    ActorRef<Actor> ref = actor.start();

    assertThatThrownBy(actor::start).isInstanceOf(IllegalStateException.class);
    assertThat(ref.stop()).isTrue();
    assertThatThrownBy(actor::start).isInstanceOf(IllegalStateException.class);
    assertThat(ActorRegistry.getByUrn(ref.actorUrn())).isEmpty();
  }

  // Rule 3. The thread cannot be started: simulated by a failure in useDaemonThread(), which
  // start()
  // reads right before starting the thread, with the error the JVM throws when out of threads.
  @Test
  void anActorWhoseThreadCannotBeStartedIsUnregisteredAndDeadAndStartThrows() {
    OutOfMemoryError noThread = new OutOfMemoryError("unable to create native thread");
    Actor actor =
        Actors.create(
            runtime,
            script()
                .useDaemonThread(
                    () -> {
                      throw noThread;
                    }));

    assertThatThrownBy(actor::start).isSameAs(noThread);

    ActorRef<Actor> ref = actor.actorRef();
    assertThat(ref.isAlive()).isFalse();
    assertThat(ActorRegistry.getByUrn(ref.actorUrn())).isEmpty();
    assertThat(ActorRegistry.getAll()).doesNotContain(ref);
    assertThatThrownBy(() -> ref.tell("hello")).isInstanceOf(ActorDeadException.class);
    assertThat(ref.stop(Duration.ofSeconds(10))).isFalse();
  }

  // Rules 3 and 15: no ask is left pending by an actor that never ran.
  @Test
  void anAskSentBeforeAStartThatFailsIsAnsweredWithActorDeadException() {
    Actor actor =
        Actors.create(
            runtime,
            script()
                .useDaemonThread(
                    () -> {
                      throw new OutOfMemoryError("unable to create native thread");
                    }));
    Future<Object> early = actor.actorRef().askAsync("are you there?");
    Future<Boolean> earlyStop = actor.actorRef().stopAsync();

    assertThatThrownBy(actor::start).isInstanceOf(OutOfMemoryError.class);

    assertThatThrownBy(() -> early.get(Duration.ofSeconds(10)))
        .isInstanceOf(ActorDeadException.class);
    assertThat(earlyStop.get(Duration.ofSeconds(10))).isTrue();
  }

  // Rule 4.
  @Test
  void eachActorHasExactlyOneRefAndTheRegistryHandsOutThatSameObject() {
    CompletableFuture<ActorRef<?>> fromInside = new CompletableFuture<>();
    Actor actor =
        Actors.create(runtime, script().onStart(self -> fromInside.complete(self.actorRef())));
    ActorRef<Actor> beforeStart = actor.actorRef();

    ActorRef<Actor> started = actor.start();

    assertThat(started).isSameAs(beforeStart);
    assertThat(fromInside.join()).isSameAs(started);
    assertThat(ActorRegistry.getByUrn(actor.actorUrn()).orElseThrow()).isSameAs(started);
    assertThat(ActorRegistry.getAll()).filteredOn(r -> r == started).hasSize(1);
    assertThat(ActorRegistry.getByClass(Actors.actorClass(runtime)))
        .filteredOn(r -> r == started)
        .hasSize(1);
    assertThat(started.actorUrn()).isEqualTo(actor.actorUrn()).startsWith("urn:uuid:");
    assertThat(started.actorClass()).isSameAs(Actors.actorClass(runtime));
  }
}
