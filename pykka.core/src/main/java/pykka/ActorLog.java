package pykka;

/**
 * Pykka's own log lines about actors (the logging table of the documentation), written so that
 * nothing the logging provider throws, nor an actor's, message's or throwable's {@code toString()},
 * escapes into the actor runtime: a log line that cannot be written is dropped. What a line
 * mentions is rendered here, through {@link SafeText}, so that SLF4J never meets a {@code
 * toString()} that throws; a line is rendered only if its level is enabled.
 *
 * <p>Thread safety: stateless; called from any thread.
 */
final class ActorLog {

  private ActorLog() {}

  /**
   * DEBUG {@code pattern} with the ref, as in {@code Registered <ref>}.
   *
   * @param pattern the SLF4J pattern, with one {@code {}}
   * @param ref the ref
   */
  static void debug(String pattern, ActorRef<?> ref) {
    try {
      if (Actor.LOG.isDebugEnabled()) {
        Actor.LOG.debug(pattern, ref.toString());
      }
    } catch (Throwable t) {
      // The provider failed; there is nowhere to report that.
    }
  }

  /**
   * DEBUG {@code pattern} with the actor, as in {@code Starting <actor>}.
   *
   * @param pattern the SLF4J pattern, with one {@code {}}
   * @param actor the actor
   */
  static void debug(String pattern, Actor actor) {
    try {
      if (Actor.LOG.isDebugEnabled()) {
        Actor.LOG.debug(pattern, actor.describe());
      }
    } catch (Throwable t) {
      // The provider failed; there is nowhere to report that.
    }
  }

  /**
   * WARN {@code Unexpected message received by <actor>: <message>}.
   *
   * @param actor the actor
   * @param message the message
   */
  static void unexpected(Actor actor, Object message) {
    try {
      if (Actor.LOG.isWarnEnabled()) {
        Actor.LOG.warn(
            "Unexpected message received by {}: {}", actor.describe(), SafeText.message(message));
      }
    } catch (Throwable t) {
      // The provider failed; there is nowhere to report that.
    }
  }

  /**
   * INFO {@code Exception returned from <actor> to caller:} with the throwable.
   *
   * @param actor the actor
   * @param failure what it threw while handling an ask
   */
  static void returned(Actor actor, Throwable failure) {
    try {
      if (Actor.LOG.isInfoEnabled()) {
        Actor.LOG.info(
            "Exception returned from {} to caller:", actor.describe(), SafeText.printable(failure));
      }
    } catch (Throwable t) {
      // The provider failed; there is nowhere to report that.
    }
  }

  /**
   * ERROR {@code Unhandled exception in <actor>:} with the throwable.
   *
   * @param actor the actor
   * @param failure what it threw
   */
  static void unhandled(Actor actor, Throwable failure) {
    try {
      if (Actor.LOG.isErrorEnabled()) {
        Actor.LOG.error(
            "Unhandled exception in {}:", actor.describe(), SafeText.printable(failure));
      }
    } catch (Throwable t) {
      // The provider failed; there is nowhere to report that.
    }
  }
}
