package pykka.testfixtures;

/**
 * The two actor runtimes, as a test parameter: every behaviour test runs on both (see {@link
 * BothRuntimes}). A runtime is chosen by an actor's class, so each module that needs test actors
 * keeps a small factory that switches on this enum and makes an actor of the right class.
 */
public enum ActorRuntime {
  /** Actors that extend {@code pykka.ThreadingActor}: one platform thread each. */
  THREADING("pykka.ThreadingActor"),

  /** Actors that extend {@code pykka.VirtualThreadActor}: a virtual thread while they have work. */
  VIRTUAL_THREADS("pykka.VirtualThreadActor");

  private final String actorClassName;

  ActorRuntime(String actorClassName) {
    this.actorClassName = actorClassName;
  }

  /**
   * The binary name of the class that actors of this runtime extend, for code that is generated or
   * compiled at test time.
   *
   * @return {@code "pykka.ThreadingActor"} or {@code "pykka.VirtualThreadActor"}
   */
  public String actorClassName() {
    return actorClassName;
  }
}
