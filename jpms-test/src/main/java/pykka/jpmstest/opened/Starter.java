package pykka.jpmstest.opened;

import pykka.ActorRef;

/** Starts the package-private {@code Hidden} actor for the test. */
public final class Starter {
  private Starter() {}

  /**
   * Starts a {@code Hidden} actor.
   *
   * @return its ref
   */
  public static ActorRef<?> startHidden() {
    return Hidden.startOne();
  }
}
