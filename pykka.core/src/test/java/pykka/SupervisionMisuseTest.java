package pykka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import pykka.testfixtures.ActorRuntime;
import pykka.testfixtures.Await;
import pykka.testfixtures.BothRuntimes;
import pykka.testfixtures.LogCapture;

/**
 * What each misuse of death-watch and supervisors gets: the rows of the table in {@code
 * docs/misuse.md} under "Death-watch and supervisors", each failing at once with a message that
 * names what was wrong.
 */
@BothRuntimes
final class SupervisionMisuseTest {

  private final ActorRuntime runtime;

  SupervisionMisuseTest(ActorRuntime runtime) {
    this.runtime = runtime;
  }

  @AfterEach
  void stopAll() {
    ActorRegistry.stopAll();
  }

  private Actor worker() {
    return Actors.create(runtime, Script.script());
  }

  @Test
  void aBuilderRejectsBadIntensityBackoffAndChildrenNamingTheValue() {
    assertThatThrownBy(() -> Supervisor.builder().maxRestarts(-1, Duration.ofSeconds(5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("restarts must be at least 0, but was -1");
    assertThatThrownBy(() -> Supervisor.builder().maxRestarts(3, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("within must be positive, but was PT0S");
    assertThatThrownBy(
            () -> Supervisor.builder().backoff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("backoff needs 0 < initial <= max, but was PT2S and PT1S");
    assertThatThrownBy(() -> Supervisor.builder().child("w", this::worker).child("w", this::worker))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A child with id 'w' was already added");
    assertThatThrownBy(() -> Supervisor.builder().start())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("A supervisor needs at least one child");
  }

  @Test
  void aChildThatCannotStartFailsTheSupervisorsStartNamingTheChildWithItsCause() {
    try (LogCapture log = LogCapture.start()) {
      assertThatThrownBy(() -> Supervisor.builder().child("x", () -> null).start())
          .isInstanceOf(PykkaException.class)
          .hasMessageStartingWith("Supervisor SupervisorActor (urn:uuid:")
          .hasMessageEndingWith("failed to start child 'x'")
          .cause()
          .isNotNull();
    }
  }

  @Test
  void aHandleWhoseSupervisorStoppedFailsWithActorDeadExceptionNamingTheChild() {
    Supervisor supervisor = Supervisor.builder().child("w", this::worker).start();
    Supervised<?> handle = supervisor.child("w", Actor.class);
    supervisor.stop();
    assertThatThrownBy(() -> handle.tell("late"))
        .isInstanceOf(ActorDeadException.class)
        .hasMessage("w: its supervisor stopped");
  }

  @Test
  void aNullWhereAValueIsRequiredFailsAtOnceNamingTheParameter() {
    assertThatThrownBy(() -> Supervisor.builder().child(null, this::worker)).hasMessage("id");
    assertThatThrownBy(() -> Supervisor.builder().child("w", null)).hasMessage("factory");
    assertThatThrownBy(() -> Supervisor.builder().strategy(null)).hasMessage("strategy");
    assertThatThrownBy(() -> Supervisor.builder().maxRestarts(3, null)).hasMessage("within");
    Supervisor supervisor = Supervisor.builder().child("w", this::worker).start();
    assertThatThrownBy(() -> supervisor.child(null, Actor.class))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("id");
    assertThatThrownBy(() -> supervisor.child("w", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("type");
    ActorRef<Actor> watcher =
        Actors.start(
            runtime,
            (self, message) -> {
              if ("watch".equals(message)) {
                self.watch(null);
              } else {
                self.unwatch(null);
              }
              return null;
            });
    assertThatThrownBy(() -> watcher.ask("watch"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("other");
    assertThatThrownBy(() -> watcher.ask("unwatch"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("other");
  }

  // A probe found an interrupted start() leaving the supervisor and its children running, with no
  // handle for anyone to stop them.
  @Test
  void anInterruptedStartThrowsKeepingTheFlagAndLeavesNoSupervisorOrChildRunning() {
    CountDownLatch release = new CountDownLatch(1);
    List<Actor> children = new CopyOnWriteArrayList<>();
    Supplier<Actor> blockingChild =
        () -> {
          Actor child = Actors.create(runtime, Script.script().onStart(self -> Await.on(release)));
          children.add(child);
          return child;
        };
    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(() -> Supervisor.builder().child("a", blockingChild).start())
          .isInstanceOf(PykkaException.class)
          .hasCauseInstanceOf(InterruptedException.class);
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
    release.countDown();
    Await.until(() -> !children.isEmpty());
    Termination child =
        children.get(0).actorRef().termination().get(Duration.ofSeconds(Await.SECONDS));
    assertThat(child.failed()).isFalse();
    Await.until(
        () -> ActorRegistry.getAll().stream().noneMatch(r -> r.actor() instanceof SupervisorActor));
  }
}
