package pykka;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import pykka.testfixtures.ActorRuntime;
import pykka.testfixtures.Await;
import pykka.testfixtures.BothRuntimes;

/**
 * Rule 46 of docs/behaviour.md: what an actor may rely on about its thread from one burst of
 * messages to the next, as the Javadoc of {@link Actor} and {@link VirtualThreadActor} promise: the
 * thread's name stays the same and the actor's fields keep their values. Thread-locals and the
 * {@code Thread} object are not promised: a virtual-thread actor gets a new thread after being
 * idle.
 */
@BothRuntimes
final class ThreadIdentityTest {

  private static final Duration BOUND = Duration.ofSeconds(Await.SECONDS);
  private static final int BURSTS = 3;

  private final ActorRuntime runtime;

  ThreadIdentityTest(ActorRuntime runtime) {
    this.runtime = runtime;
  }

  @AfterEach
  void stopEveryActor() {
    ActorRegistry.stopAll(BOUND);
  }

  /** Counts in a field; replies with the count and its thread's name. */
  static final class ThreadingCounter extends ThreadingActor {
    private int count;

    @Override
    protected Object onReceive(Object message) {
      return List.of(++count, Thread.currentThread().getName());
    }

    @Override
    protected boolean useDaemonThread() {
      return true;
    }
  }

  /** The same on virtual threads. */
  static final class VirtualCounter extends VirtualThreadActor {
    private int count;

    @Override
    protected Object onReceive(Object message) {
      return List.of(++count, Thread.currentThread().getName());
    }
  }

  // Pins what is promised of the thread-local note: between bursts (a virtual-thread actor's thread
  // ends while it is idle and a new one runs the next message), the name and the fields survive.
  @Test
  void theThreadNameAndTheActorsFieldsSurviveFromOneBurstToTheNext() {
    Actor actor =
        runtime == ActorRuntime.VIRTUAL_THREADS ? new VirtualCounter() : new ThreadingCounter();
    ActorRef<Actor> ref = actor.start();
    List<Object> replies = new ArrayList<>();
    String name = null;

    for (int burst = 1; burst <= BURSTS; burst++) {
      @SuppressWarnings("unchecked")
      List<Object> reply = (List<Object>) ref.ask("count", BOUND);
      replies.add(reply.get(0));
      if (name == null) {
        name = (String) reply.get(1);
      }
      assertThat(reply.get(1)).isEqualTo(name);
      if (runtime == ActorRuntime.VIRTUAL_THREADS) {
        // Idle until its thread has ended: the next message runs in a new burst on a new thread.
        Await.until(() -> actor.cell().thread() == null);
      }
    }

    assertThat(replies).containsExactly(1, 2, 3);
    assertThat(name).matches(actor.getClass().getSimpleName() + "-\\d+");
  }
}
