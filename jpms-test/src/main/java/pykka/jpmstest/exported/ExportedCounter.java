package pykka.jpmstest.exported;

import pykka.ThreadingActor;

/** A counter actor in a package that is exported to pykka.core. */
public class ExportedCounter extends ThreadingActor {
  /** The count so far. */
  public int count;

  /** Creates the actor. */
  public ExportedCounter() {}

  /**
   * Adds one.
   *
   * @return the new count
   */
  public int increment() {
    return ++count;
  }
}
