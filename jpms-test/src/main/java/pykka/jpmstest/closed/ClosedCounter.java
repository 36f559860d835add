package pykka.jpmstest.closed;

import pykka.ThreadingActor;

/** A counter actor in a package that is closed to pykka.core. */
public class ClosedCounter extends ThreadingActor {
  /** The count so far. */
  public int count;

  /** Creates the actor. */
  public ClosedCounter() {}

  /**
   * Adds one.
   *
   * @return the new count
   */
  public int increment() {
    return ++count;
  }
}
