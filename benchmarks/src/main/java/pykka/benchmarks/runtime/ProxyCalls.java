package pykka.benchmarks.runtime;

/**
 * One pykka actor reached three ways, for comparing a proxy call with a plain ask doing the same
 * work: a plain {@code ask} of a message the actor adds, {@code proxy.call("add", 1, 2).get()} on
 * an untyped proxy, and {@code adder.add(1, 2)} on a typed proxy. Only pykka's runtimes have
 * proxies.
 *
 * <p>Thread safety: call from one plain (non-actor) thread at a time; {@link #close} once, last.
 */
public interface ProxyCalls extends AutoCloseable {

  /**
   * A plain ask: {@code ref.ask(new Add(1, 2))}.
   *
   * @return the sum
   */
  Object ask();

  /**
   * An untyped proxy call: {@code proxy.call("add", 1, 2).get()}.
   *
   * @return the sum
   */
  Object untypedCall();

  /**
   * A typed proxy call: {@code adder.add(1, 2)}.
   *
   * @return the sum
   */
  int typedCall();

  /** Stops the actor and waits until it has stopped. */
  @Override
  void close();
}
