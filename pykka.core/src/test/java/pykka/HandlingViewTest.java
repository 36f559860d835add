package pykka;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pykka.messages.ProxyCall;
import pykka.testfixtures.ActorRuntime;
import pykka.testfixtures.Await;
import pykka.testfixtures.BothRuntimes;

/**
 * What the view of the running actors says of the message an actor is handling: its name (proxy
 * messages by kind and path) and for how long, and nothing while the actor handles none.
 */
@BothRuntimes
final class HandlingViewTest {

  private static final Duration BOUND = Duration.ofSeconds(Await.SECONDS);

  private final ActorRuntime runtime;

  HandlingViewTest(ActorRuntime runtime) {
    this.runtime = runtime;
  }

  /** Blocks in {@link #work} until released. */
  public static final class Worker extends ProxyTestActor {
    final CountDownLatch inWork = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);

    public String work() {
      inWork.countDown();
      Await.on(release);
      return "done";
    }
  }

  @BeforeEach
  void useTheRuntime() {
    Actors.use(runtime);
  }

  @AfterEach
  void stopEveryActor() {
    ActorRegistry.stopAll(BOUND);
    Actors.clear();
  }

  @Test
  void aProxyCallBeingHandledIsNamedByItsPathAndItsTimeGrowsUntilItEnds() {
    Worker worker = new Worker();
    ActorRef<Worker> ref = worker.start();
    RunningActor running = RunningActors.find(ref).orElseThrow();
    assertThat(ref.ask("ping", BOUND)).isNull(); // handled: the actor has no onReceive of its own
    Await.until(() -> running.handlingMessage() == null);
    // Asking once makes actors time every message they begin from then on: the next exactly.
    assertThat(running.handlingFor()).isNull();

    Future<Object> reply = ref.proxy().call("work");
    Await.on(worker.inWork);
    long begun = System.nanoTime(); // the actor began handling before this
    Duration first = running.handlingFor();
    long between = System.nanoTime();
    Duration second = running.handlingFor();

    assertThat(running.handlingMessage()).isEqualTo("ProxyCall:work");
    assertThat(first).isNotNull();
    assertThat(second).isGreaterThanOrEqualTo(first);
    assertThat(second.toNanos()).isGreaterThanOrEqualTo(between - begun);
    worker.release.countDown();
    assertThat(reply.get(BOUND)).isEqualTo("done");
    Await.until(() -> running.handlingMessage() == null);
    assertThat(running.handlingFor()).isNull();
  }

  @Test
  void aHandBuiltProxyCallIsNamedAsTheProxysOwn() {
    Worker worker = new Worker();
    ActorRef<Worker> ref = worker.start();
    RunningActor running = RunningActors.find(ref).orElseThrow();

    Future<Object> reply = ref.askAsync(new ProxyCall(List.of("work"), List.of()));
    Await.on(worker.inWork);

    assertThat(running.handlingMessage()).isEqualTo("ProxyCall:work");
    worker.release.countDown();
    assertThat(reply.get(BOUND)).isEqualTo("done");
  }
}
