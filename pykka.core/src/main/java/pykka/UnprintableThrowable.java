package pykka;

/**
 * What pykka logs in place of a throwable that cannot be printed (its {@code toString()} or {@code
 * getMessage()} throws, or that of a cause or a suppressed exception), so that the logging
 * provider, which prints it, does not throw. It names the throwable's class and the culprit, and
 * has the throwable's stack trace. It is only ever logged: callers and {@code onFailure} get the
 * original throwable.
 */
final class UnprintableThrowable extends Throwable {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the stand-in.
   *
   * @param original the throwable that cannot be printed
   * @param culprit the throwable in its graph whose rendering threw (perhaps the original)
   * @param failure what that rendering threw
   */
  UnprintableThrowable(Throwable original, Throwable culprit, Throwable failure) {
    super(describe(original, culprit, failure), null, false, true);
    try {
      setStackTrace(original.getStackTrace());
    } catch (Throwable t) {
      // getStackTrace() is overridable too; keep an empty trace
    }
  }

  private static String describe(Throwable original, Throwable culprit, Throwable failure) {
    String what =
        culprit == original
            ? "its toString() or getMessage()"
            : "the toString() or getMessage() of its cause or suppressed "
                + culprit.getClass().getName();
    return original.getClass().getName()
        + " cannot be printed: "
        + what
        + " threw "
        + failure.getClass().getName();
  }
}
