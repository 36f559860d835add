package pykka.debug;

import java.util.Objects;
import java.util.function.BooleanSupplier;
import pykka.ActorRef;
import pykka.ThreadingActor;
import pykka.VirtualThreadActor;

/** Test actors whose {@code onReceive} is a lambda, on either runtime. */
final class TestActors {
  private TestActors() {}

  /** What a scripted actor does with a message. */
  @FunctionalInterface
  interface Behaviour {
    Object onReceive(Object message) throws Exception;
  }

  /** The two runtimes, for parameterised tests. */
  enum Runtime {
    THREADS {
      @Override
      ActorRef<?> start(Behaviour behaviour) {
        return new OnThread(behaviour).start();
      }
    },
    VIRTUAL_THREADS {
      @Override
      ActorRef<?> start(Behaviour behaviour) {
        return new OnVirtualThread(behaviour).start();
      }
    };

    abstract ActorRef<?> start(Behaviour behaviour);
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

  /**
   * Waits until {@code condition} holds, yielding the processor meanwhile. For conditions that no
   * latch can signal (another thread having parked); the suite's default timeout bounds it.
   */
  static void awaitCondition(BooleanSupplier condition) {
    while (!condition.getAsBoolean()) {
      Thread.yield();
    }
  }
}
