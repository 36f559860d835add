package pykka.debug;

import java.util.Objects;
import pykka.ActorRef;
import pykka.ThreadingActor;
import pykka.VirtualThreadActor;
import pykka.testfixtures.ActorRuntime;

/** Test actors whose {@code onReceive} is a lambda, on either runtime. */
final class TestActors {
  private TestActors() {}

  /** What a scripted actor does with a message. */
  @FunctionalInterface
  interface Behaviour {
    Object onReceive(Object message) throws Exception;
  }

  /** Starts an actor of {@code runtime} that does {@code behaviour} with each message. */
  static ActorRef<?> start(ActorRuntime runtime, Behaviour behaviour) {
    return switch (runtime) {
      case THREADING -> new OnThread(behaviour).start();
      case VIRTUAL_THREADS -> new OnVirtualThread(behaviour).start();
    };
  }

  /** A scripted {@link ThreadingActor}; a daemon, so a test that leaks it cannot hold the JVM. */
  static final class OnThread extends ThreadingActor {
    private final Behaviour behaviour;

    OnThread(Behaviour behaviour) {
      this.behaviour = Objects.requireNonNull(behaviour);
    }

    @Override
    protected Object onReceive(Object message) throws Exception {
      return behaviour.onReceive(message);
    }

    @Override
    protected boolean useDaemonThread() {
      return true;
    }
  }

  /** A scripted {@link VirtualThreadActor}. */
  static final class OnVirtualThread extends VirtualThreadActor {
    private final Behaviour behaviour;

    OnVirtualThread(Behaviour behaviour) {
      this.behaviour = Objects.requireNonNull(behaviour);
    }

    @Override
    protected Object onReceive(Object message) throws Exception {
      return behaviour.onReceive(message);
    }
  }
}
