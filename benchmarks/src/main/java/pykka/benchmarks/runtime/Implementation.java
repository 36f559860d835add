package pykka.benchmarks.runtime;

/** The actor implementations the benchmarks compare, by the name used on command lines. */
public enum Implementation {
  /** pykka's {@code ThreadingActor}: one platform thread per actor. */
  THREADING("threading"),
  /** pykka's {@code VirtualThreadActor}: virtual threads, no thread while idle. */
  VIRTUAL("virtual"),
  /** Apache Pekko classic actors on its default dispatcher: the reference. */
  PEKKO("pekko"),
  /** The straightforward port: a platform thread per actor blocking on a LinkedBlockingQueue. */
  PORT_THREAD("port-thread"),
  /** The straightforward port on virtual threads. */
  PORT_VIRTUAL("port-virtual");

  private final String id;

  Implementation(String id) {
    this.id = id;
  }

  /**
   * The name used on command lines and in tables.
   *
   * @return the name
   */
  public String id() {
    return id;
  }

  /**
   * Whether each actor holds a platform thread for its whole life, which limits how many can exist.
   *
   * @return whether actors are platform threads
   */
  public boolean platformThreadPerActor() {
    return this == THREADING || this == PORT_THREAD;
  }

  /**
   * Whether this is one of pykka's runtimes, which have proxies.
   *
   * @return whether it is pykka's
   */
  public boolean isPykka() {
    return this == THREADING || this == VIRTUAL;
  }

  /**
   * Creates a fresh runtime of this implementation.
   *
   * @return the runtime; close it when done
   */
  public ActorRuntime create() {
    return switch (this) {
      case THREADING -> new PykkaRuntime(false);
      case VIRTUAL -> new PykkaRuntime(true);
      case PEKKO -> new PekkoRuntime();
      case PORT_THREAD -> new PortRuntime(false);
      case PORT_VIRTUAL -> new PortRuntime(true);
    };
  }

  /**
   * The implementation with this command-line name.
   *
   * @param id a name such as {@code virtual}
   * @return the implementation
   * @throws IllegalArgumentException for an unknown name
   */
  public static Implementation of(String id) {
    for (Implementation i : values()) {
      if (i.id.equals(id) || i.name().equalsIgnoreCase(id)) {
        return i;
      }
    }
    throw new IllegalArgumentException("Unknown implementation: " + id);
  }

  @Override
  public String toString() {
    return id;
  }
}
