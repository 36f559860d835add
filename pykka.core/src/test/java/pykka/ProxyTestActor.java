package pykka;

import pykka.internal.runtime.ThreadingMailbox;
import pykka.internal.runtime.VirtualThreadMailbox;
import pykka.testfixtures.ActorRuntime;

/**
 * A test actor whose runtime is the one {@link Actors#use} made current on the thread that
 * constructs it, so that one actor class with public members serves both runtimes' tests. {@code
 * ThreadingActor} and {@code VirtualThreadActor} add nothing to {@code Actor} but this choice.
 * Public, so that test actors of other packages may extend it.
 */
public abstract class ProxyTestActor extends Actor {
  /** Chooses the runtime {@link Actors#current()}. */
  protected ProxyTestActor() {
    super(
        Actors.current() == ActorRuntime.VIRTUAL_THREADS
            ? VirtualThreadMailbox::new
            : ThreadingMailbox::new);
  }
}
