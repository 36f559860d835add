package pykka.benchmarks.runtime;

import java.util.concurrent.CountDownLatch;

/**
 * One actor implementation under test. A benchmark JVM uses exactly one, so every call through
 * these interfaces stays monomorphic and costs the same for each implementation.
 *
 * <p>Thread safety: {@link #spawn} and {@link #spawnIdle} may be called from any thread, an actor's
 * included; {@link #close} once, at the end.
 */
public interface ActorRuntime extends AutoCloseable {

  /**
   * Starts an actor that runs {@code behavior}.
   *
   * @param behavior the actor's behaviour and state, used by this actor only
   * @return its ref
   */
  Ref spawn(Behavior behavior);

  /**
   * Starts the smallest actor this implementation can make: it does nothing but count {@code
   * started} down when it has started and {@code stopped} when it has stopped. Used to measure
   * memory per idle actor without any benchmark wrapper around it.
   *
   * @param started counted down in the actor's start hook
   * @param stopped counted down in the actor's stop hook
   * @return the implementation's own handle, to pass to {@link #stopIdle}
   */
  Object spawnIdle(CountDownLatch started, CountDownLatch stopped);

  /**
   * Asks an actor made by {@link #spawnIdle} to stop; returns at once.
   *
   * @param handle what {@code spawnIdle} returned
   */
  void stopIdle(Object handle);

  /**
   * Starts an actor reached both by plain asks and by proxies, if this implementation has proxies.
   *
   * @return the actor's three entry points; close it when done
   * @throws UnsupportedOperationException if the implementation has no proxies (only pykka has)
   */
  default ProxyCalls proxyCalls() {
    throw new UnsupportedOperationException("no proxies");
  }

  /** Stops whatever the runtime itself runs (Pekko's actor system); actors are stopped first. */
  @Override
  void close();
}
