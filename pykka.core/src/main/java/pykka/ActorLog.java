package pykka;

import java.time.Duration;

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

  /**
   * ERROR with the description of a cycle of waiting actors, in deadlock detection's {@code log}
   * mode.
   *
   * @param cycle the cycle, as {@link DeadlockException}'s message would give it
   */
  static void deadlock(String cycle) {
    try {
      Actor.LOG.error(cycle);
    } catch (Throwable t) {
      // The provider failed; there is nowhere to report that.
    }
  }

  /**
   * WARN that a system property pykka reads has a value it does not understand.
   *
   * @param property the property's name
   * @param value its value
   * @param allowed what it may be
   * @param used what pykka uses instead
   */
  static void badProperty(String property, String value, String allowed, String used) {
    try {
      Actor.LOG.warn(
          "System property {} must be {}, but was '{}'; using {}", property, allowed, value, used);
    } catch (Throwable t) {
      // The provider failed; there is nowhere to report that.
    }
  }

  /**
   * WARN {@code <actor> attribute '<name>' is a proxy to itself. Consider making it non-public.}
   * (rule 39).
   *
   * @param ref the actor's ref
   * @param attribute the attribute's dotted path
   */
  static void proxyToItself(ActorRef<?> ref, String attribute) {
    try {
      Actor.LOG.warn(
          "{} attribute '{}' is a proxy to itself. Consider making it non-public.",
          ref.toString(),
          attribute);
    } catch (Throwable t) {
      // The provider failed; there is nowhere to report that.
    }
  }

  /**
   * INFO {@code Restarting child '<id>' of <supervisor>: <old ref> ended with <failure>} (or {@code
   * ended by a stop}), rule S13.
   *
   * @param supervisor the supervisor's actor
   * @param id the child's id
   * @param old the incarnation that ended
   * @param failure what ended it, or {@code null}
   */
  static void restarting(Actor supervisor, String id, ActorRef<?> old, Throwable failure) {
    try {
      if (Actor.LOG.isInfoEnabled()) {
        Actor.LOG.info(
            "Restarting child '{}' of {}: {} ended {}",
            id,
            supervisor.describe(),
            String.valueOf(old),
            failure == null ? "by a stop" : "with " + SafeText.message(failure));
      }
    } catch (Throwable t) {
      // The provider failed; there is nowhere to report that.
    }
  }

  /**
   * ERROR {@code <supervisor> gave up: more than <n> restarts within <d>} with the failure as the
   * logged exception, rule S13.
   *
   * @param supervisor the supervisor's actor
   * @param max the restarts allowed
   * @param within the period
   * @param failure what ended the child that broke the limit, or the supervisor's own exception
   */
  static void gaveUp(Actor supervisor, int max, Duration within, Throwable failure) {
    try {
      if (Actor.LOG.isErrorEnabled()) {
        Actor.LOG.error(
            "{} gave up: more than {} restarts within {}",
            supervisor.describe(),
            max,
            within,
            SafeText.printable(failure));
      }
    } catch (Throwable t) {
      // The provider failed; there is nowhere to report that.
    }
  }
}
