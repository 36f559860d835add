package pykka.debug;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Proxy;
import java.util.function.Consumer;

/**
 * {@code sun.misc.Signal} and {@code sun.misc.SignalHandler} (module {@code jdk.unsupported}),
 * reached through method handles and a {@link Proxy} instead of being named in the source.
 *
 * <p>Why: javac warns at every mention of these classes ("internal proprietary API and may be
 * removed in a future release"), and neither {@code @SuppressWarnings} nor any {@code -Xlint}
 * option silences those warnings. Named in the source, they would fill the build's output and hide
 * any new warning of this module. The dependency stays declared: {@code module-info} still {@code
 * requires jdk.unsupported}, so jlink links it and a JVM without it fails at startup, not here.
 *
 * <p>The handles are looked up once, when the class is initialised; a signal is installed once per
 * process, so nothing here is on a hot path.
 */
final class Signals {

  private static final Class<?> SIGNAL_HANDLER;
  private static final MethodHandle NEW_SIGNAL;
  private static final MethodHandle HANDLE;
  private static final MethodHandle GET_NAME;

  static {
    try {
      Class<?> signal = Class.forName("sun.misc.Signal");
      SIGNAL_HANDLER = Class.forName("sun.misc.SignalHandler");
      MethodHandles.Lookup lookup = MethodHandles.publicLookup();
      NEW_SIGNAL = lookup.findConstructor(signal, MethodType.methodType(void.class, String.class));
      HANDLE =
          lookup.findStatic(
              signal, "handle", MethodType.methodType(SIGNAL_HANDLER, signal, SIGNAL_HANDLER));
      GET_NAME = lookup.findVirtual(signal, "getName", MethodType.methodType(String.class));
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private Signals() {}

  /**
   * A {@code sun.misc.Signal} for {@code name} ({@code "USR1"}, without {@code SIG}).
   *
   * @throws IllegalArgumentException if the platform has no such signal
   */
  static Object signal(String name) {
    try {
      return NEW_SIGNAL.invoke(name);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Installs {@code handler} for {@code signal} (from {@link #signal}), in place of the handler
   * before. The JVM calls it on a new thread for each signal, with the signal's name.
   *
   * @throws IllegalArgumentException if the JVM or the OS keeps the signal for itself
   */
  static void handle(Object signal, Consumer<String> handler) {
    Object sunHandler =
        Proxy.newProxyInstance(
            Signals.class.getClassLoader(),
            new Class<?>[] {SIGNAL_HANDLER},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "handle" -> {
                    handler.accept(nameOf(args[0]));
                    yield null;
                  }
                  case "equals" -> proxy == args[0];
                  case "hashCode" -> System.identityHashCode(proxy);
                  case "toString" -> "pykka.debug handler of SIG" + nameOf(signal);
                  default -> throw new UnsupportedOperationException(method.toString());
                });
    try {
      HANDLE.invoke(signal, sunHandler);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }

  private static String nameOf(Object signal) {
    try {
      return (String) GET_NAME.invoke(signal);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }
}
