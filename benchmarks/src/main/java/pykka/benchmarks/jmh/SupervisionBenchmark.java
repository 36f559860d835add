package pykka.benchmarks.jmh;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import pykka.ActorDeadException;
import pykka.ActorRef;
import pykka.Supervised;
import pykka.Supervisor;
import pykka.Termination;
import pykka.VirtualThreadActor;

/**
 * The costs of death-watch and supervision, on virtual-thread actors (pykka only):
 *
 * <ul>
 *   <li>{@code startStop} and {@code startWatchStop}: start an actor, stop it and wait for its end,
 *       without and with a watcher that watches it and is notified; the difference is the cost of
 *       {@code watch} plus one notification.
 *   <li>{@code restart}: a supervised child fails, and a message sent through its handle is
 *       answered by the new incarnation: the time from a child's failure to its new incarnation
 *       handling a message.
 * </ul>
 *
 * <p>Sample mode, so JMH reports the median ({@code p0.50}) beside the mean.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SupervisionBenchmark {

  private static final Object CRASH = "crash";
  private static final Object PING = "ping";

  /** An actor that does nothing but answer. */
  static final class Target extends VirtualThreadActor {
    @Override
    protected Object onReceive(Object message) {
      if (message == CRASH) {
        throw new IllegalStateException("crash");
      }
      return message;
    }
  }

  /** Asks the watcher to watch {@code target} and to complete {@code notified} on its end. */
  private record Watch(ActorRef<?> target, CompletableFuture<Termination> notified) {}

  /** Watches what it is told to, and completes the matching future on each notice. */
  static final class Watcher extends VirtualThreadActor {
    private CompletableFuture<Termination> notified;

    @Override
    protected Object onReceive(Object message) {
      Watch w = (Watch) message;
      notified = w.notified();
      watch(w.target());
      return null;
    }

    @Override
    protected void onTerminated(Termination termination) {
      notified.complete(termination);
    }
  }

  private ActorRef<Watcher> watcher;
  private Supervisor supervisor;
  private Supervised<Target> child;

  /** Starts the watcher and a supervisor of one child. */
  @Setup
  public void setUp() {
    watcher = new Watcher().start();
    supervisor =
        Supervisor.builder()
            .maxRestarts(Integer.MAX_VALUE, Duration.ofNanos(1))
            .child("target", Target::new)
            .start();
    child = supervisor.child("target", Target.class);
  }

  /** Stops them. */
  @TearDown
  public void tearDown() {
    supervisor.stop();
    watcher.stop();
  }

  /**
   * Starts an actor, stops it and waits for its end: the baseline of {@link #startWatchStop}.
   *
   * @return its termination
   */
  @Benchmark
  public Termination startStop() {
    ActorRef<Target> target = new Target().start();
    target.stop();
    return target.termination().get();
  }

  /**
   * The same, with a watcher that watches the actor and is notified of its end.
   *
   * @return the termination the watcher got
   */
  @Benchmark
  public Termination startWatchStop() {
    ActorRef<Target> target = new Target().start();
    CompletableFuture<Termination> notified = new CompletableFuture<>();
    watcher.ask(new Watch(target, notified));
    target.stop();
    return notified.join();
  }

  /**
   * Crashes the supervised child and asks its handle until the new incarnation answers.
   *
   * @return the reply
   */
  @Benchmark
  public Object restart() {
    child.tell(CRASH);
    while (true) {
      try {
        return child.ask(PING);
      } catch (ActorDeadException inTheDeadInbox) {
        // queued behind the crash: asked again, it waits for the new incarnation
      }
    }
  }
}
