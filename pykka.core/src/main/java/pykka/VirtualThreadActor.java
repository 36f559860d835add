package pykka;

/**
 * An {@link Actor} that runs on virtual threads: the runtime for large numbers of actors. Messages
 * are handled on a virtual thread named {@code <SimpleClassName>-<n>}, the same name every time;
 * between messages that thread parks, and once the actor has been idle for 50 to 100 ms it ends, so
 * an idle actor holds no thread at all. The contract is exactly that of
 * {@link ThreadingActor}: one message at a time, every hook on the actor's thread. Virtual threads
 * are daemons: running virtual-thread actors do not keep the JVM alive.
 *
 * <p>Blocking in a hook (I/O, {@link Future#get()}) unmounts the virtual thread instead of holding
 * a carrier.
 */
public abstract class VirtualThreadActor extends Actor {

  /** Creates the actor in the calling thread; {@link #start()} schedules its first burst. */
  protected VirtualThreadActor() {
    super(true);
  }
}
