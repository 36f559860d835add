package pykka;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Renders what pykka's log lines mention (actors, messages, throwables) without ever letting user
 * code's {@code toString()} or {@code getMessage()} throw into pykka or into the logging provider.
 * A rendering that throws anything at all, a {@link StackOverflowError} included, falls back to
 * text pykka makes itself. Only failure paths and log lines that are enabled call it: it costs
 * nothing per message.
 *
 * <p>Thread safety: stateless; every method may be called from any thread.
 */
final class SafeText {

  /** How many throwables of one cause and suppression graph are checked at most. */
  private static final int MAX_THROWABLES = 256;

  private SafeText() {}

  /**
   * An object's {@code toString()}, or, if that throws or returns {@code null}, {@code fallback}.
   *
   * @param object what to render (an actor)
   * @param fallback what to use instead (the actor's class name and URN)
   * @return the text
   */
  static String of(Object object, String fallback) {
    try {
      String text = object.toString();
      if (text != null) {
        return text;
      }
    } catch (Throwable t) {
      // fall back
    }
    return fallback;
  }

  /**
   * A message's {@code String.valueOf()}, or, if its {@code toString()} throws, {@code
   * ClassName@hash (toString() threw ExceptionClass)}.
   *
   * @param message what to render, possibly {@code null}
   * @return the text
   */
  static String message(Object message) {
    try {
      return String.valueOf(message);
    } catch (Throwable t) {
      return message.getClass().getName()
          + "@"
          + Integer.toHexString(System.identityHashCode(message))
          + " (toString() threw "
          + t.getClass().getName()
          + ")";
    }
  }

  /**
   * What a log record may carry for {@code throwable}: the throwable itself if it, its causes and
   * its suppressed exceptions can all be printed (their {@code toString()} and {@code getMessage()}
   * return), and otherwise an {@link UnprintableThrowable} that names the culprit and has the
   * throwable's stack trace. A logging provider prints the throwable, and would throw if it could
   * not.
   *
   * @param throwable the throwable to log
   * @return {@code throwable}, or a printable stand-in for it
   */
  static Throwable printable(Throwable throwable) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    ArrayDeque<Throwable> pending = new ArrayDeque<>();
    pending.add(throwable);
    Throwable current = throwable;
    try {
      while (!pending.isEmpty() && seen.size() < MAX_THROWABLES) {
        current = pending.poll();
        if (!seen.add(current)) {
          continue;
        }
        current.toString();
        current.getMessage();
        Throwable cause = current.getCause();
        if (cause != null) {
          pending.add(cause);
        }
        for (Throwable suppressed : current.getSuppressed()) {
          pending.add(suppressed);
        }
      }
      return throwable;
    } catch (Throwable failure) {
      return new UnprintableThrowable(throwable, current, failure);
    }
  }
}
