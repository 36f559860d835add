package pykka.cli;

import pykka.ActorRef;
import pykka.ActorRegistry;
import pykka.DeadlockDetection;
import pykka.examples.DeadlockDebuggingExample.DeadlockActorA;
import pykka.examples.DeadlockDebuggingExample.DeadlockActorB;

/** Ends the deadlock that {@code pykka-demo deadlock} leaves behind, for the next test. */
final class Deadlocks {

  private Deadlocks() {}

  /**
   * Turns detection back on, interrupts both actors' waits (an interrupted get throws), and stops
   * both actors. With detection on, the calls still queued end too: any new wait that closes the
   * cycle throws {@code DeadlockException}.
   */
  static void release() {
    DeadlockDetection.setMode(DeadlockDetection.FAIL);
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      if (thread.getName().matches("DeadlockActor[AB]-\\d+")) {
        thread.interrupt();
      }
    }
    for (ActorRef<?> ref : ActorRegistry.getByClass(DeadlockActorA.class)) {
      ref.stop();
    }
    for (ActorRef<?> ref : ActorRegistry.getByClass(DeadlockActorB.class)) {
      ref.stop();
    }
  }
}
