package hello.pykka;

import pykka.ThreadingActor;
import pykka.typing.GenerateProxy;

/**
 * An actor whose typed proxy, {@code CounterProxy}, the pykka.typing annotation processor writes at
 * compile time: {@code Future<Integer> increment(int)} and {@code Future<Integer> count()}.
 */
@GenerateProxy
public final class Counter extends ThreadingActor {

  /** The count so far. */
  public int count;

  /** Creates a counter at zero. */
  public Counter() {}

  /**
   * Adds to the count.
   *
   * @param by how much
   * @return the new count
   */
  public int increment(int by) {
    count += by;
    return count;
  }
}
