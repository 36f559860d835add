package hello.pykka;

import pykka.Future;

/** A typed proxy of {@link Calculator}, written by hand: checked against it when it is made. */
public interface CalculatorApi {

  /** Asks the actor to add; the future completes with the sum. */
  Future<Integer> add(int a, int b);

  /** Reads the public field {@code last}. */
  Future<Integer> last();
}
