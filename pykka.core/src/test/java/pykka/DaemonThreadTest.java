package pykka;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import pykka.testfixtures.Await;

/** Rule 30 of docs/behaviour.md (daemon threads), and the thread names shared by both runtimes. */
final class DaemonThreadTest {

  private static final Duration BOUND = Duration.ofSeconds(Await.SECONDS);

  @AfterEach
  void stopEveryActor() {
    ActorRegistry.stopAll(BOUND);
  }

  /** A ThreadingActor that keeps Actor's default useDaemonThread(). */
  static final class DefaultThreadingActor extends ThreadingActor {
    @Override
    protected Object onReceive(Object message) {
      return Thread.currentThread();
    }
  }

  /** A ThreadingActor whose useDaemonThread() can change after start, and counts its calls. */
  static final class SwitchingDaemonActor extends ThreadingActor {
    final AtomicBoolean daemon = new AtomicBoolean(true);
    final AtomicInteger reads = new AtomicInteger();

    @Override
    protected boolean useDaemonThread() {
      reads.incrementAndGet();
      return daemon.get();
    }

    @Override
    protected Object onReceive(Object message) {
      return Thread.currentThread();
    }
  }

  /** A VirtualThreadActor. */
  static final class DefaultVirtualActor extends VirtualThreadActor {
    @Override
    protected Object onReceive(Object message) {
      return Thread.currentThread();
    }
  }

  @Test
  void threadingActorThreadsAreNonDaemonByDefault() {
    ActorRef<DefaultThreadingActor> ref = new DefaultThreadingActor().start();

    Thread thread = (Thread) ref.ask("thread?", BOUND);

    assertThat(thread.isDaemon()).isFalse();
    assertThat(thread.isVirtual()).isFalse();
  }

  @Test
  void useDaemonThreadMakesTheThreadADaemonAndIsReadOnceAtStart() {
    SwitchingDaemonActor actor = new SwitchingDaemonActor();
    ActorRef<SwitchingDaemonActor> ref = actor.start();
    actor.daemon.set(false);

    Thread thread = (Thread) ref.ask("thread?", BOUND);
    ref.ask("again", BOUND);

    assertThat(thread.isDaemon()).isTrue();
    assertThat(actor.reads).hasValue(1);
  }

  @Test
  void virtualThreadActorsRunOnVirtualThreadsWhichAreAlwaysDaemons() {
    ActorRef<DefaultVirtualActor> ref = new DefaultVirtualActor().start();

    Thread thread = (Thread) ref.ask("thread?", BOUND);

    assertThat(thread.isVirtual()).isTrue();
    assertThat(thread.isDaemon()).isTrue();
  }

  @Test
  void threadNamesCountUpFromOneCounterSharedByBothRuntimes() {
    ActorRef<DefaultThreadingActor> first = new DefaultThreadingActor().start();
    ActorRef<DefaultVirtualActor> second = new DefaultVirtualActor().start();
    ActorRef<DefaultThreadingActor> third = new DefaultThreadingActor().start();

    long n1 = number((Thread) first.ask("thread?", BOUND), "DefaultThreadingActor");
    long n2 = number((Thread) second.ask("thread?", BOUND), "DefaultVirtualActor");
    long n3 = number((Thread) third.ask("thread?", BOUND), "DefaultThreadingActor");

    assertThat(n1).isPositive();
    assertThat(n2).isEqualTo(n1 + 1);
    assertThat(n3).isEqualTo(n2 + 1);
  }

  private static long number(Thread thread, String simpleName) {
    assertThat(thread.getName()).matches(simpleName + "-\\d+");
    return Long.parseLong(thread.getName().substring(simpleName.length() + 1));
  }
}
