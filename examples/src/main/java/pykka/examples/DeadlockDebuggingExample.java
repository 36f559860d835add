package pykka.examples;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pykka.ActorProxy;
import pykka.ActorRef;
import pykka.ActorRegistry;
import pykka.DeadlockDetection;
import pykka.DeadlockException;
import pykka.Future;
import pykka.ThreadingActor;
import pykka.TimeoutException;
import pykka.debug.Debug;

/**
 * The documentation's "Deadlock debugging" example: two actors that wait for each other's replies.
 * {@link DeadlockActorA#foo} asks B for {@code bar} and waits; {@link DeadlockActorB#bar} asks A
 * for {@code foo} and waits; neither reply can ever come.
 *
 * <p>Pykka leaves such actors hanging; pykka for Java detects the cycle by default and throws
 * {@link DeadlockException} from the wait that closes it ({@link #detect}). To show the debugging
 * recipe of the documentation, {@link #run} turns detection off first, so the actors hang as they
 * would in Pykka, and idles; {@code kill -USR1 <pid>} then logs every thread's stack, the two
 * actors' included.
 *
 * <p>Output of {@link #run} (the actors' DEBUG lines appear when the {@code pykka} logger is at
 * DEBUG; the PID varies):
 *
 * <pre>
 * Registering signal handler...
 * Turning deadlock detection off, so that the actors hang as they do in Pykka...
 * Starting actors...
 * Now doing something stupid that will deadlock the actors...
 * [DeadlockActorA-1] DEBUG pykka.examples.DeadlockDebuggingExample - This is foo calling bar
 * [DeadlockActorB-2] DEBUG pykka.examples.DeadlockDebuggingExample - This is bar calling foo; BOOM!
 * Making main thread relax; not block, not quit
 * 1) Use `kill -USR1 2284` to log thread tracebacks
 * 2) Then `kill 2284` to terminate the process
 * </pre>
 *
 * <p>{@link #release} ends that deadlock without ending the process.
 */
public final class DeadlockDebuggingExample {

  private static final Logger LOG = LoggerFactory.getLogger(DeadlockDebuggingExample.class);

  private DeadlockDebuggingExample() {}

  /** Asks B for {@code bar} and waits for the reply. Used through its proxy. */
  public static final class DeadlockActorA extends ThreadingActor {

    /** Creates the actor. */
    public DeadlockActorA() {}

    /**
     * Calls {@code b.bar()} and waits for its result.
     *
     * @param b a proxy to a {@link DeadlockActorB}
     * @return what {@code bar} returns, never
     */
    public Object foo(ActorProxy b) {
      LOG.debug("This is foo calling bar");
      return b.call("bar").get();
    }
  }

  /** Asks A for {@code foo} and waits for the reply. Used through its proxy. */
  public static final class DeadlockActorB extends ThreadingActor {
    private final ActorProxy a;

    /**
     * Creates the actor.
     *
     * @param a a proxy to a {@link DeadlockActorA}
     */
    public DeadlockActorB(ActorProxy a) {
      this.a = a;
    }

    /**
     * Calls {@code a.foo(this actor)} and waits for its result.
     *
     * @return what {@code foo} returns, never
     */
    public Object bar() {
      LOG.debug("This is bar calling foo; BOOM!");
      return a.call("foo", actorRef().proxy()).get();
    }
  }

  /**
   * The two actors, and the future of the call that deadlocks them.
   *
   * @param a the proxy to A
   * @param b the proxy to B
   * @param foo the future of {@code a.foo(b)}, which never completes unless the cycle is detected
   */
  public record Deadlock(ActorProxy a, ActorProxy b, Future<Object> foo) {}

  /** How the main thread passes its time once the actors are deadlocked. */
  @FunctionalInterface
  public interface Idler {
    /** Idles until the process is killed: the JVM handles signals on a thread of its own. */
    Idler FOREVER = () -> new CountDownLatch(1).await();

    /**
     * Idles.
     *
     * @throws InterruptedException if the main thread is interrupted
     */
    void idle() throws InterruptedException;
  }

  /**
   * Starts both actors and calls {@code a.foo(b)}, which deadlocks them, or, with detection on,
   * fails with {@link DeadlockException}.
   *
   * @param out where to print
   * @return the actors and the future of the call
   */
  public static Deadlock start(PrintWriter out) {
    out.println("Starting actors...");
    ActorProxy a = new DeadlockActorA().start().proxy();
    ActorProxy b = new DeadlockActorB(a).start().proxy();

    out.println("Now doing something stupid that will deadlock the actors...");
    return new Deadlock(a, b, a.call("foo", b));
  }

  /**
   * The documentation's recipe: installs the {@code SIGUSR1} handler that logs a thread dump
   * ({@link Debug#installSignalHandler()}), turns deadlock detection off, deadlocks the actors,
   * prints the PID and what to run, and idles. Never returns with {@link Idler#FOREVER}; the actors
   * stay deadlocked.
   *
   * @param out where to print
   * @param idler how to idle
   * @throws InterruptedException if the main thread is interrupted while idling
   */
  public static void run(PrintWriter out, Idler idler) throws InterruptedException {
    out.println("Registering signal handler...");
    Debug.installSignalHandler(); // first: until a handler is installed, SIGUSR1 kills the JVM

    out.println("Turning deadlock detection off, so that the actors hang as they do in Pykka...");
    DeadlockDetection.setMode(DeadlockDetection.OFF);

    Deadlock deadlock = start(out);
    try {
      // Yield to the actors, so that their log lines come before the instructions.
      deadlock.foo().get(Duration.ofMillis(10));
    } catch (TimeoutException expected) {
      // They are deadlocked: no reply comes.
    }

    long pid = ProcessHandle.current().pid();
    out.println("Making main thread relax; not block, not quit");
    out.println("1) Use `kill -USR1 " + pid + "` to log thread tracebacks");
    out.println("2) Then `kill " + pid + "` to terminate the process");
    idler.idle();
  }

  /**
   * What pykka for Java does by default: the wait that would close the cycle throws {@link
   * DeadlockException}, naming every actor of the cycle; the call fails with it, and nothing hangs.
   * Both actors are stopped afterwards. The detection mode in force before is restored.
   *
   * @param out where to print
   */
  public static void detect(PrintWriter out) {
    DeadlockDetection before = DeadlockDetection.mode();
    DeadlockDetection.setMode(DeadlockDetection.FAIL);
    try {
      out.println("Deadlock detection is on: the wait that would close the cycle throws instead.");
      Deadlock deadlock = start(out);
      try {
        deadlock.foo().get();
        out.println("The actors did not deadlock.");
      } catch (DeadlockException e) {
        out.println("The call failed with " + e);
      } finally {
        deadlock.a().actorRef().stop();
        deadlock.b().actorRef().stop();
      }
    } finally {
      DeadlockDetection.setMode(before);
    }
  }

  /**
   * Ends the deadlock that {@link #run} leaves behind, without ending the process: turns deadlock
   * detection back on ({@link DeadlockDetection#FAIL}, the default, which {@link #run} turned off),
   * interrupts the waits of both actors (an interrupted {@code get} throws, and the call fails),
   * and stops both actors. With detection on, the calls still queued end too: a new wait that would
   * close the cycle throws {@link DeadlockException}. Safe to call when no actor of this example is
   * running, or when they are not deadlocked.
   *
   * <p>The actors' threads are found by their names ({@code DeadlockActorA-1}, as in the output
   * above), which is enough for this example; an application keeps hold of what it must end.
   */
  public static void release() {
    DeadlockDetection.setMode(DeadlockDetection.FAIL);
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      if (thread.getName().matches("DeadlockActor[AB]-\\d+")) {
        thread.interrupt();
      }
    }
    for (ActorRef<?> ref : ActorRegistry.getByClass(DeadlockActorA.class)) {
      ref.stop();
    }
    for (ActorRef<?> ref : ActorRegistry.getByClass(DeadlockActorB.class)) {
      ref.stop();
    }
  }

  /**
   * Runs the example on standard output: the documentation's recipe, or with {@code --detect} the
   * detection of the cycle.
   *
   * @param args nothing, or {@code --detect}
   * @throws InterruptedException if the main thread is interrupted while idling
   */
  public static void main(String[] args) throws InterruptedException {
    PrintWriter out = new PrintWriter(System.out, true);
    if (args.length > 0 && args[0].equals("--detect")) {
      detect(out);
    } else {
      run(out, Idler.FOREVER);
    }
  }
}
