package pykka;

import static org.assertj.core.api.Assertions.assertThat;
import static pykka.Script.script;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import pykka.internal.runtime.Cell;
import pykka.internal.runtime.CurrentActor;
import pykka.testfixtures.ActorRuntime;
import pykka.testfixtures.Await;
import pykka.testfixtures.BothRuntimes;

/**
 * Which actor the calling thread runs, which deadlock detection and {@code stopAll} rely on: a
 * platform-thread actor's thread carries its actor, a virtual-thread actor's burst thread is told
 * by a thread-local; any other thread runs none.
 */
@BothRuntimes
final class CurrentActorTest {

  private final ActorRuntime runtime;

  CurrentActorTest(ActorRuntime runtime) {
    this.runtime = runtime;
  }

  @AfterEach
  void stopEveryActor() {
    ActorRegistry.stopAll(Duration.ofSeconds(Await.SECONDS));
  }

  @Test
  void everyHookOfManyActorsSeesItsOwnActorAsTheCurrentOne() throws Exception {
    List<ActorRef<Actor>> refs = new ArrayList<>();
    List<CompletableFuture<Cell>> seenAtStart = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      CompletableFuture<Cell> atStart = new CompletableFuture<>();
      seenAtStart.add(atStart);
      refs.add(
          Actors.start(
              runtime,
              script()
                  .onStart(self -> atStart.complete(CurrentActor.get()))
                  .onReceive((self, message) -> CurrentActor.get())));
    }
    for (int round = 0; round < 3; round++) {
      for (int i = 0; i < refs.size(); i++) {
        ActorRef<Actor> ref = refs.get(i);
        assertThat(ref.ask("who")).as("round %d, actor %d", round, i).isSameAs(ref.actor().cell());
      }
    }
    for (int i = 0; i < refs.size(); i++) {
      assertThat(seenAtStart.get(i).get()).isSameAs(refs.get(i).actor().cell());
    }
  }

  @Test
  void aThreadThatRunsNoActorHasNoCurrentActorEvenAfterAskingOne() {
    ActorRef<Actor> ref = Actors.start(runtime, (self, message) -> message);

    assertThat(ref.ask("hello")).isEqualTo("hello");

    assertThat(CurrentActor.get()).isNull();
  }
}
