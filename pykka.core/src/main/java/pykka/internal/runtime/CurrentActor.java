package pykka.internal.runtime;

/**
 * Which actor, if any, the calling thread runs. A platform-thread actor's {@link ActorThread}
 * carries its cell; any other thread (a virtual-thread actor's burst thread) is told by a {@link
 * ThreadLocal}, set while it runs the actor.
 *
 * <p><b>Thread safety.</b> Each method concerns the calling thread only.
 */
public final class CurrentActor {
  private static final ThreadLocal<Cell> CURRENT = new ThreadLocal<>();

  private CurrentActor() {}

  /**
   * The actor the calling thread runs.
   *
   * @return its cell, or {@code null} on a thread that runs no actor
   */
  public static Cell get() {
    return Thread.currentThread() instanceof ActorThread own ? own.cell() : CURRENT.get();
  }

  /** Records that the calling thread runs {@code cell}, unless its thread says so already. */
  static void set(Cell cell) {
    if (!(Thread.currentThread() instanceof ActorThread)) {
      CURRENT.set(cell);
    }
  }

  /** Records that the calling thread runs no actor any more. */
  static void clear() {
    if (!(Thread.currentThread() instanceof ActorThread)) {
      CURRENT.remove();
    }
  }
}
