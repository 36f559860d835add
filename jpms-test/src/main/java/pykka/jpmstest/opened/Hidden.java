package pykka.jpmstest.opened;

import pykka.ActorRef;
import pykka.ThreadingActor;

/** A package-private actor class: reachable by proxies only because its package is opened. */
final class Hidden extends ThreadingActor {
  public int increment() {
    return 1;
  }

  /** Starts one and returns its ref, for the test. */
  static ActorRef<Hidden> startOne() {
    return new Hidden().start();
  }
}
