package pykka;

import pykka.internal.runtime.ThreadingMailbox;
import pykka.internal.runtime.VirtualThreadMailbox;

/**
 * A test actor whose runtime is chosen by {@link ProxyRuntime#CURRENT}, so one actor class serves
 * both runtimes' tests. {@code ThreadingActor} and {@code VirtualThreadActor} add nothing to {@code
 * Actor} but this choice. Public, so that test actors of other packages may extend it.
 */
public abstract class ProxyTestActor extends Actor {
  /** Chooses the runtime of {@link ProxyRuntime#CURRENT}. */
  protected ProxyTestActor() {
    super(
        ProxyRuntime.CURRENT.get() == ProxyRuntime.VIRTUAL_THREADS
            ? VirtualThreadMailbox::new
            : ThreadingMailbox::new);
  }
}
