package hello.pykka;

import pykka.ThreadingActor;

/** An actor with public members, reached through the hand-written {@link CalculatorApi}. */
public final class Calculator extends ThreadingActor {

  /** The last result: a public field, which a proxy can read and write. */
  public int last;

  /**
   * Adds two numbers on the actor's thread.
   *
   * @param a a number
   * @param b another
   * @return their sum
   */
  public int add(int a, int b) {
    last = a + b;
    return last;
  }
}
