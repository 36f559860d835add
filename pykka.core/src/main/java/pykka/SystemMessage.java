package pykka;

/**
 * A message of pykka's own that an actor's loop handles itself, never passing it to {@code
 * onReceive}: a death notice, or the probe that tells whether an actor has started. Only this
 * package makes them, so a user's message is never one.
 *
 * <p>Thread safety: immutable subclasses, handled on the receiving actor's thread.
 */
abstract class SystemMessage {

  /**
   * Handles this message on {@code actor}'s thread.
   *
   * @param actor the actor whose loop handles it
   * @return the reply, for an ask
   * @throws Throwable what a hook called from here threw: handled like a failure of a tell
   */
  abstract Object applyTo(Actor actor) throws Throwable;

  /** Answers {@code null} once the actor has started: all it does is to be handled. */
  static final SystemMessage PROBE =
      new SystemMessage() {
        @Override
        Object applyTo(Actor actor) {
          return null;
        }

        @Override
        public String toString() {
          return "ActorProbe";
        }
      };

  /** Tells a watcher that an actor it watches has ended (rule S3). */
  static final class DeathNotice extends SystemMessage {
    private final Termination termination;

    DeathNotice(Termination termination) {
      this.termination = termination;
    }

    @Override
    Object applyTo(Actor actor) throws Exception {
      DeathWatch.deliver(actor, termination);
      return null;
    }

    @Override
    public String toString() {
      return "DeathNotice[" + termination + "]";
    }
  }
}
