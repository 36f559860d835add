package pykka;

import pykka.internal.runtime.VirtualThreadMailbox;

/**
 * An {@link Actor} that runs on virtual threads: the runtime for large numbers of actors. Messages
 * are handled on a virtual thread named {@code <SimpleClassName>-<n>}, the same name every time;
 * between messages that thread parks, and once the actor has been idle for 50 to 100 ms it ends, so
 * an idle actor holds no thread at all. The contract is exactly that of {@link ThreadingActor}: one
 * message at a time, every hook on the actor's thread. Virtual threads are daemons: running
 * virtual-thread actors do not keep the JVM alive.
 *
 * <p>Blocking in a hook (I/O, {@link Future#get()}) unmounts the virtual thread instead of holding
 * a carrier.
 *
 * <p><b>Thread-locals do not survive idleness.</b> Each time the actor becomes busy again after its
 * thread has ended, a new virtual thread runs it: {@link ThreadLocal} values set in one burst of
 * messages are gone in the next, and {@link Thread#currentThread()} returns a different {@code
 * Thread} object (only its name stays the same). Keep state in the actor's fields instead: they
 * survive every burst, and each message's handling happens-before the next one's, whichever thread
 * runs it. Per-thread state kept by libraries goes the same way: a logging MDC set while handling
 * one message may be gone at the next, so set it in each message that needs it.
 */
public abstract class VirtualThreadActor extends Actor {

  /** Creates the actor in the calling thread; {@link #start()} schedules its first burst. */
  protected VirtualThreadActor() {
    super(VirtualThreadMailbox::new);
  }
}
