package pykka;

import pykka.internal.runtime.ThreadingMailbox;

/**
 * An {@link Actor} that runs on its own platform thread for its whole life, as Pykka's {@code
 * ThreadingActor} does. The thread is named {@code <SimpleClassName>-<n>} and is not a daemon
 * unless {@link #useDaemonThread()} says so, so a running actor keeps the JVM alive until stopped.
 *
 * <p>Choose it when actors are few and long-lived, or block in native code; choose {@link
 * VirtualThreadActor} for many actors.
 */
public abstract class ThreadingActor extends Actor {

  /** Creates the actor in the calling thread; {@link #start()} starts its thread. */
  protected ThreadingActor() {
    super(ThreadingMailbox::new);
  }
}
