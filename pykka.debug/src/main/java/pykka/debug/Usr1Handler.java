package pykka.debug;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.util.function.Consumer;

/**
 * The {@code SIGUSR1} handler behind {@link Debug#installSignalHandler()}. {@code sun.misc.Signal}
 * (module {@code jdk.unsupported}) is the only way for an application to handle a signal; its
 * handler runs on a new thread that the JVM starts for each signal. It is reached through {@link
 * Signals}, which says why.
 */
final class Usr1Handler {

  /** Guarded by the class's lock. */
  private static boolean installed;

  private Usr1Handler() {}

  /** Installs the handler once; later calls do nothing. */
  static synchronized void install() {
    if (installed) {
      return;
    }
    if (jvmIgnoresSignalHandlers()) {
      throw new UnsupportedOperationException(
          "The JVM runs with -Xrs (-XX:+ReduceSignalUsage), so it would ignore a SIGUSR1 handler;"
              + " run it without that option, or call Debug.logThreadTracebacks() another way");
    }
    handle("USR1", Usr1Handler::dump);
    installed = true;
  }

  /**
   * Installs {@code handler} for the signal {@code name}; the handler receives the signal's name.
   *
   * @throws UnsupportedOperationException if the platform has no such signal, or the JVM or the OS
   *     keeps it for itself
   */
  static void handle(String name, Consumer<String> handler) {
    Object signal;
    try {
      signal = Signals.signal(name);
    } catch (IllegalArgumentException e) {
      throw new UnsupportedOperationException(
          "This platform ("
              + System.getProperty("os.name")
              + ") has no SIG"
              + name
              + " signal; call Debug.logThreadTracebacks() another way",
          e);
    }
    try {
      Signals.handle(signal, handler);
    } catch (IllegalArgumentException e) {
      throw new UnsupportedOperationException(
          "The JVM does not let applications handle SIG" + name + " here: " + e.getMessage(), e);
    }
  }

  /**
   * Whether HotSpot runs with {@code ReduceSignalUsage} ({@code -Xrs}), under which an installed
   * handler is silently never called. {@code false} where that cannot be told (another JVM).
   */
  static boolean jvmIgnoresSignalHandlers() {
    try {
      HotSpotDiagnosticMXBean hotSpot =
          ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
      return hotSpot != null
          && Boolean.parseBoolean(hotSpot.getVMOption("ReduceSignalUsage").getValue());
    } catch (IllegalArgumentException | UnsupportedOperationException | SecurityException e) {
      return false;
    }
  }

  private static void dump(String signal) {
    try {
      Debug.logThreadTracebacks();
    } catch (RuntimeException | Error e) {
      Debug.LOG.error("Could not log the thread dump for SIG{}", signal, e);
    }
  }
}
