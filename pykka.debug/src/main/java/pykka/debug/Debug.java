package pykka.debug;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.slf4j.MarkerFactory;

/**
 * Debug helpers: Pykka's {@code pykka.debug}. {@link #logThreadTracebacks()} logs the state of
 * every thread, saying which actor runs on it and which actor it is waiting for, which is what you
 * need to see why actors hang; {@link #installSignalHandler()} makes {@code kill -USR1 <pid>} log
 * that dump while the application keeps running:
 *
 * {@snippet :
 * Debug.installSignalHandler(); // first: until then, SIGUSR1 kills the JVM
 * ActorRef<MyActor> ref = new MyActor().start();
 * // ... later, from a shell: kill -USR1 <pid>
 * }
 *
 * <p>The records go to the logger named {@code pykka} at ERROR with the marker {@value
 * #CRITICAL_MARKER} (SLF4J has no CRITICAL level; Pykka logs these at CRITICAL), so a logging
 * configuration that lets ERROR through shows them.
 *
 * <p><b>Thread safety.</b> Every method may be called from any thread at any time.
 */
public final class Debug {

  /**
   * The name of the SLF4J marker on the dump's records, {@value}: Pykka logs them at level
   * CRITICAL, which SLF4J lacks.
   */
  public static final String CRITICAL_MARKER = "CRITICAL";

  private static final Marker CRITICAL = MarkerFactory.getMarker(CRITICAL_MARKER);

  static final Logger LOG = LoggerFactory.getLogger("pykka");

  private Debug() {}

  /**
   * Logs, at ERROR with the marker {@value #CRITICAL_MARKER} on the logger {@code pykka}, one
   * record per thread: {@code Current state of <thread name> (ident: <thread id>):} followed, for
   * an actor's thread, by the actor (class and URN), its state and how many messages wait in its
   * inbox, the message it is handling and for how long ({@code Handling: java.lang.String for at
   * least 1.250 s}, a proxy message as {@code ProxyCall:<path>}; timed from the first dump that saw
   * it if it began before any tool asked), and the actor whose reply it waits for, if any, and then
   * the thread's stack. The threads are every live platform thread and every running actor's
   * thread, virtual threads included. One more record lists the actors that hold no thread, with
   * their state and inbox, if there are any: idle {@code VirtualThreadActor}s, and actors whose
   * thread has not started yet.
   *
   * <p>The actors are those of {@link pykka.RunningActors}, registered or not; this is built on
   * that public view alone, so a tool of your own can show the same.
   *
   * <p>Which actor waits for which is known whatever the {@link pykka.DeadlockDetection} mode. The
   * stacks are taken one thread after another, not as one atomic snapshot. Does nothing if the
   * logger drops ERROR records with that marker.
   */
  public static void logThreadTracebacks() {
    if (!LOG.isErrorEnabled(CRITICAL)) {
      return;
    }
    for (String text : ThreadDump.take()) {
      LOG.error(CRITICAL, text);
    }
  }

  /**
   * Makes the signal {@code SIGUSR1} run {@link #logThreadTracebacks()}, so that {@code kill -USR1
   * <pid>} logs a thread dump while the application keeps running. Install it early: until a
   * handler is installed, {@code SIGUSR1} terminates the JVM. Calling it again does nothing.
   *
   * <p>The dump runs on a thread the JVM starts for each signal, so it works however busy or
   * blocked the application's own threads are (unlike Pykka, no thread has to stay idle for it).
   *
   * @throws UnsupportedOperationException where the platform has no {@code SIGUSR1} (Windows), the
   *     JVM does not let applications handle it, or the JVM runs with {@code -Xrs}, which would
   *     silently ignore the handler
   */
  public static void installSignalHandler() {
    Usr1Handler.install();
  }
}
