package pykka.jpmstest.opened;

import pykka.ThreadingActor;

/** A counter actor in a package that is opened to pykka.core. */
public class OpenedCounter extends ThreadingActor {
  /** The count so far. */
  public int count;

  /** Creates the actor. */
  public OpenedCounter() {}

  /**
   * Adds one.
   *
   * @return the new count
   */
  public int increment() {
    return ++count;
  }
}
