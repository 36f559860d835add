package pykka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pykka.Script.script;

import java.lang.reflect.Field;
import java.time.Duration;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import pykka.testfixtures.ActorRuntime;
import pykka.testfixtures.Await;
import pykka.testfixtures.BothRuntimes;

/**
 * Rule 15's narrowest window, made deterministic: a sender reads the actor as alive, is preempted,
 * and enqueues only after the dying actor has closed its inbox and answered everything in it. The
 * stress test rarely hits that window (it is a few instructions wide), so this white-box test
 * replays it: it lets the actor die, then flips the actor's private {@code alive} flag back, which
 * is exactly what the preempted sender saw.
 */
@BothRuntimes
final class InboxCloseRaceTest {

  private static final Duration BOUND = Duration.ofSeconds(Await.SECONDS);

  private final ActorRuntime runtime;

  InboxCloseRaceTest(ActorRuntime runtime) {
    this.runtime = runtime;
  }

  @AfterEach
  void stopEveryActor() {
    ActorRegistry.stopAll(BOUND);
  }

  @Test
  void sendsThatSawTheActorAliveButEnqueuedAfterItsInboxClosedAreStillAnswered() throws Exception {
    ConcurrentLinkedQueue<Object> handled = new ConcurrentLinkedQueue<>();
    ActorRef<Actor> ref = Actors.start(runtime, script().onReceive((self, m) -> handled.add(m)));
    ref.stop(BOUND);
    awaitInboxClosed(ref);

    Field alive = Actor.class.getDeclaredField("alive");
    alive.setAccessible(true);
    alive.setBoolean(ref.actor(), true); // what a sender preempted before the death saw
    Future<Object> ask = ref.askAsync("late ask");
    Future<Boolean> stop = ref.stopAsync();
    ref.tell("late tell");

    assertThatThrownBy(() -> ask.get(BOUND)).isInstanceOf(ActorDeadException.class);
    assertThat(stop.get(BOUND)).isTrue();
    assertThat(handled).isEmpty();
    alive.setBoolean(ref.actor(), false);
  }

  /** Polls until the dead actor's thread has closed the inbox (after its stop's reply is set). */
  private static void awaitInboxClosed(ActorRef<?> ref) {
    long deadline = System.nanoTime() + BOUND.toNanos();
    while (!ref.actor().mailbox.isClosed()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(ref + "'s inbox never closed");
      }
      Thread.yield();
    }
  }
}
