package pykka;

import static org.assertj.core.api.Assertions.assertThat;
import static pykka.Script.script;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import pykka.testfixtures.ActorRuntime;
import pykka.testfixtures.Await;
import pykka.testfixtures.BothRuntimes;

/**
 * Rule 5 of docs/behaviour.md under contention: many sender threads (platform and virtual) and many
 * sender actors (of both runtimes) send to one actor at once, by every route into its inbox: tell,
 * ask, a blocking ask, a proxy call, a proxy defer, and typed-proxy methods that ask and tell.
 * Every message is handled exactly once, each sender's messages in the order it sent them, and
 * every ask is answered with its own reply.
 *
 * <p>ActorLoopTest checks the total order under a lock and StopRaceStressTest the race with stop;
 * this test has no lock and no stop, so the inbox's producers really race each other.
 */
@BothRuntimes
final class ContentionTest {

  private static final Duration BOUND = Duration.ofSeconds(Await.SECONDS);
  private static final int SENDER_THREADS = 4;
  private static final int SENDER_ACTORS = 4;
  private static final int SENDERS = SENDER_THREADS + SENDER_ACTORS;
  private static final int PER_SENDER = 1_000;

  private final ActorRuntime runtime;

  ContentionTest(ActorRuntime runtime) {
    this.runtime = runtime;
  }

  @AfterEach
  void stopEveryActor() {
    ActorRegistry.stopAll(BOUND);
    Actors.clear();
  }

  /** A numbered message from one sender. */
  record Numbered(int sender, int seq) {}

  /** What the receiver saw: the last number handled per sender, the total, and any disorder. */
  record Report(List<Integer> last, long handled, List<String> disorder) {}

  /** The receiver, reachable by messages, proxies and typed proxies alike. */
  public static final class Receiver extends ProxyTestActor {
    private final int[] last = new int[SENDERS]; // the actor's thread only
    private final List<String> disorder = new ArrayList<>();
    private long handled;

    /**
     * Takes one numbered message: each sender's numbers must arrive 1, 2, 3, ... with no gap and no
     * repeat.
     */
    public int take(int sender, int seq) {
      if (seq != last[sender] + 1) {
        disorder.add("sender " + sender + " sent " + seq + " after " + last[sender]);
      }
      last[sender] = seq;
      handled++;
      return seq;
    }

    @Override
    protected Object onReceive(Object message) {
      if (message instanceof Numbered n) {
        return take(n.sender(), n.seq());
      }
      List<Integer> lastSeen = new ArrayList<>();
      for (int l : last) {
        lastSeen.add(l);
      }
      return new Report(lastSeen, handled, List.copyOf(disorder));
    }
  }

  /** The typed view that asks. */
  interface AskingApi {
    Future<Integer> take(int sender, int seq);
  }

  /** The typed view that tells (a {@code void} method). */
  interface TellingApi {
    void take(int sender, int seq);
  }

  /** An ask that was sent and the reply it must get. */
  private record Pending(Future<?> reply, int expected) {}

  /** The routes into the receiver's inbox, shared by every sender. */
  private record Routes(
      ActorRef<Receiver> ref, ActorProxy proxy, AskingApi asking, TellingApi telling) {}

  @Test
  void manySenderThreadsAndActorsHaveEveryMessageHandledOnceInEachSendersOrderAndEveryAskAnswered()
      throws Exception {
    Actors.use(runtime);
    ActorRef<Receiver> ref = new Receiver().start();
    Routes routes =
        new Routes(ref, ref.proxy(), ref.proxy(AskingApi.class), ref.proxy(TellingApi.class));

    List<ActorRef<Actor>> senderActors = new ArrayList<>();
    for (int a = 0; a < SENDER_ACTORS; a++) {
      int sender = SENDER_THREADS + a;
      ActorRuntime senderRuntime = ActorRuntime.values()[a % ActorRuntime.values().length];
      senderActors.add(
          Actors.start(senderRuntime, script().onReceive((self, go) -> sendAll(sender, routes))));
    }
    CountDownLatch go = new CountDownLatch(1);
    List<CompletableFuture<List<Pending>>> fromThreads = new ArrayList<>();
    for (int t = 0; t < SENDER_THREADS; t++) {
      int sender = t;
      CompletableFuture<List<Pending>> done = new CompletableFuture<>();
      fromThreads.add(done);
      Thread.Builder builder = t % 2 == 0 ? Thread.ofPlatform().daemon() : Thread.ofVirtual();
      builder.start(
          () -> {
            try {
              Await.on(go);
              done.complete(sendAll(sender, routes));
            } catch (Throwable e) {
              done.completeExceptionally(e);
            }
          });
    }
    List<Future<Object>> fromActors = new ArrayList<>();
    for (ActorRef<Actor> senderActor : senderActors) {
      fromActors.add(senderActor.askAsync("go"));
    }
    go.countDown();

    List<Pending> pending = new ArrayList<>();
    for (CompletableFuture<List<Pending>> done : fromThreads) {
      pending.addAll(done.get(Await.SECONDS * 3, TimeUnit.SECONDS));
    }
    for (Future<Object> done : fromActors) {
      @SuppressWarnings("unchecked")
      List<Pending> sent = (List<Pending>) done.get(BOUND.multipliedBy(3));
      pending.addAll(sent);
    }
    for (Pending p : pending) {
      assertThat(p.reply().get(BOUND)).isEqualTo(p.expected());
    }
    Report report = (Report) ref.ask("report", BOUND);
    assertThat(report.disorder()).isEmpty();
    assertThat(report.last()).containsOnly(PER_SENDER).hasSize(SENDERS);
    assertThat(report.handled()).isEqualTo((long) SENDERS * PER_SENDER);
  }

  /** Sends {@code PER_SENDER} numbered messages by every route in turn; returns the asks. */
  private static List<Pending> sendAll(int sender, Routes routes) {
    List<Pending> asks = new ArrayList<>();
    for (int seq = 1; seq <= PER_SENDER; seq++) {
      if (seq % 101 == 0) {
        assertThat(routes.ref().ask(new Numbered(sender, seq), BOUND)).isEqualTo(seq);
        continue;
      }
      switch (seq % 6) {
        case 0 -> routes.ref().tell(new Numbered(sender, seq));
        case 1 -> asks.add(new Pending(routes.ref().askAsync(new Numbered(sender, seq)), seq));
        case 2 -> asks.add(new Pending(routes.proxy().call("take", sender, seq), seq));
        case 3 -> routes.proxy().method("take").defer(sender, seq);
        case 4 -> asks.add(new Pending(routes.asking().take(sender, seq), seq));
        default -> routes.telling().take(sender, seq);
      }
      if (seq % 64 == 0) {
        Thread.yield(); // on two cores, lets the other senders interleave with this one
      }
    }
    return asks;
  }
}
