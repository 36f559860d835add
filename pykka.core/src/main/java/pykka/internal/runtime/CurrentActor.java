package pykka.internal.runtime;

/** Which actor, if any, the calling thread runs. */
public final class CurrentActor {
  private static final ThreadLocal<Cell> CURRENT = new ThreadLocal<>();

  private CurrentActor() {}

  /**
   * The actor the calling thread runs.
   *
   * @return its cell, or {@code null} on a thread that runs no actor
   */
  public static Cell get() {
    return CURRENT.get();
  }

  static void set(Cell cell) {
    CURRENT.set(cell);
  }

  static void clear() {
    CURRENT.remove();
  }
}
