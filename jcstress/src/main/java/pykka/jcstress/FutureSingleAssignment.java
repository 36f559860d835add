package pykka.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;
import pykka.ThreadingFuture;
import pykka.TimeoutException;

/**
 * {@code set}, {@code setException} and {@code setGetHook} racing on one {@link ThreadingFuture}:
 * exactly one wins, every other gets {@link IllegalStateException}, and the future then holds the
 * winner's outcome (rule 21 of docs/behaviour.md).
 *
 * <p>Each result is: one code per racing call ({@code 1} won, {@code 0} got {@code
 * IllegalStateException}, {@code -2} anything else), then what a later {@code get} returns: {@code
 * 101} the value of {@code set}, {@code 102} the exception of {@code setException}, {@code 103} the
 * value of the get hook, {@code 104} the value of a second {@code set}.
 */
public final class FutureSingleAssignment {

  private FutureSingleAssignment() {}

  /** What {@code setException} sets; {@link #winner} recognises it. */
  static final class Marker extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Marker() {
      super("set by setException", null, false, false);
    }
  }

  /** The state of one race: a fresh future. */
  abstract static class Race {
    final ThreadingFuture<Integer> future = new ThreadingFuture<>();

    int set() {
      return Codes.trySet(() -> future.set(101));
    }

    int setException() {
      return Codes.trySet(() -> future.setException(new Marker()));
    }

    int setGetHook() {
      return Codes.trySet(() -> future.setGetHook(timeout -> 103));
    }

    int winner() {
      try {
        Integer value = future.get(Codes.PATIENCE);
        return value == null ? Codes.OTHER : value;
      } catch (Marker e) {
        return 102;
      } catch (TimeoutException e) {
        return Codes.TIMED_OUT;
      } catch (RuntimeException e) {
        return Codes.OTHER;
      }
    }
  }

  /** {@code set} against {@code setException}. */
  @JCStressTest
  @Outcome(id = "1, 0, 101", expect = ACCEPTABLE, desc = "set won; setException was refused")
  @Outcome(id = "0, 1, 102", expect = ACCEPTABLE, desc = "setException won; set was refused")
  @Outcome(
      expect = FORBIDDEN,
      desc = "both or neither won, or the future holds the loser's outcome")
  @State
  public static class SetVersusSetException extends Race {

    /** Creates the state. */
    public SetVersusSetException() {}

    /**
     * Sets the value.
     *
     * @param r the result
     */
    @Actor
    public void setter(III_Result r) {
      r.r1 = set();
    }

    /**
     * Sets an exception.
     *
     * @param r the result
     */
    @Actor
    public void failer(III_Result r) {
      r.r2 = setException();
    }

    /**
     * Reads the outcome.
     *
     * @param r the result
     */
    @Arbiter
    public void arbiter(III_Result r) {
      r.r3 = winner();
    }
  }

  /** {@code set} against {@code setGetHook}. */
  @JCStressTest
  @Outcome(id = "1, 0, 101", expect = ACCEPTABLE, desc = "set won; setGetHook was refused")
  @Outcome(id = "0, 1, 103", expect = ACCEPTABLE, desc = "setGetHook won; set was refused")
  @Outcome(
      expect = FORBIDDEN,
      desc = "both or neither won, or the future holds the loser's outcome")
  @State
  public static class SetVersusSetGetHook extends Race {

    /** Creates the state. */
    public SetVersusSetGetHook() {}

    /**
     * Sets the value.
     *
     * @param r the result
     */
    @Actor
    public void setter(III_Result r) {
      r.r1 = set();
    }

    /**
     * Sets a get hook.
     *
     * @param r the result
     */
    @Actor
    public void hooker(III_Result r) {
      r.r2 = setGetHook();
    }

    /**
     * Reads the outcome.
     *
     * @param r the result
     */
    @Arbiter
    public void arbiter(III_Result r) {
      r.r3 = winner();
    }
  }

  /** {@code setException} against {@code setGetHook}. */
  @JCStressTest
  @Outcome(id = "1, 0, 102", expect = ACCEPTABLE, desc = "setException won; setGetHook was refused")
  @Outcome(id = "0, 1, 103", expect = ACCEPTABLE, desc = "setGetHook won; setException was refused")
  @Outcome(
      expect = FORBIDDEN,
      desc = "both or neither won, or the future holds the loser's outcome")
  @State
  public static class SetExceptionVersusSetGetHook extends Race {

    /** Creates the state. */
    public SetExceptionVersusSetGetHook() {}

    /**
     * Sets an exception.
     *
     * @param r the result
     */
    @Actor
    public void failer(III_Result r) {
      r.r1 = setException();
    }

    /**
     * Sets a get hook.
     *
     * @param r the result
     */
    @Actor
    public void hooker(III_Result r) {
      r.r2 = setGetHook();
    }

    /**
     * Reads the outcome.
     *
     * @param r the result
     */
    @Arbiter
    public void arbiter(III_Result r) {
      r.r3 = winner();
    }
  }

  /** Two {@code set}s with different values. */
  @JCStressTest
  @Outcome(id = "1, 0, 101", expect = ACCEPTABLE, desc = "the first setter won")
  @Outcome(id = "0, 1, 104", expect = ACCEPTABLE, desc = "the second setter won")
  @Outcome(expect = FORBIDDEN, desc = "both or neither won, or the future holds the loser's value")
  @State
  public static class SetVersusSet extends Race {

    /** Creates the state. */
    public SetVersusSet() {}

    /**
     * Sets 101.
     *
     * @param r the result
     */
    @Actor
    public void first(III_Result r) {
      r.r1 = set();
    }

    /**
     * Sets 104.
     *
     * @param r the result
     */
    @Actor
    public void second(III_Result r) {
      r.r2 = Codes.trySet(() -> future.set(104));
    }

    /**
     * Reads the outcome.
     *
     * @param r the result
     */
    @Arbiter
    public void arbiter(III_Result r) {
      r.r3 = winner();
    }
  }
}
