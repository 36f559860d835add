package pykka.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Mode;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.Signal;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;
import org.openjdk.jcstress.infra.results.I_Result;
import pykka.ThreadingFuture;
import pykka.TimeoutException;

/**
 * A {@code get} racing with whatever completes the future: the getter always wakes up (no lost
 * wake-up) and sees the outcome, including the plain writes made before it was set (Future's memory
 * consistency effects).
 *
 * <p>The continuous tests wait at most {@link Codes#PATIENCE}, so a lost wake-up shows as {@code
 * -1}; the termination tests wait without a timeout (the other code path of {@code get}) and must
 * end once the signal sets the future.
 */
public final class FutureWakeUps {

  private FutureWakeUps() {}

  /** A value with a plain field, to check that what was written before {@code set} is seen. */
  static final class Box {
    int x;
  }

  static Box box() {
    Box b = new Box();
    b.x = Codes.VALUE;
    return b;
  }

  /**
   * Waits for a box and reads its field.
   *
   * @return the field, {@code 0} if the write is not visible, or a {@link Codes} failure
   */
  static int read(ThreadingFuture<Box> future) {
    try {
      Box b = future.get(Codes.PATIENCE);
      return b == null ? Codes.OTHER : b.x;
    } catch (TimeoutException e) {
      return Codes.TIMED_OUT;
    } catch (RuntimeException e) {
      return Codes.OTHER;
    }
  }

  /** {@code set} against {@code get}: the getter sees the value and what was written before. */
  @JCStressTest
  @Outcome(id = "42", expect = ACCEPTABLE, desc = "the getter woke up and saw the value")
  @Outcome(id = "0", expect = FORBIDDEN, desc = "the value's field was not visible")
  @Outcome(id = "-1", expect = FORBIDDEN, desc = "lost wake-up: the getter timed out")
  @Outcome(expect = FORBIDDEN, desc = "something else")
  @State
  public static class SetVersusGet {
    private final ThreadingFuture<Box> future = new ThreadingFuture<>();

    /** Creates the state. */
    public SetVersusGet() {}

    /** Sets the value. */
    @Actor
    public void setter() {
      future.set(box());
    }

    /**
     * Waits for the value.
     *
     * @param r the value's field
     */
    @Actor
    public void getter(I_Result r) {
      r.r1 = read(future);
    }
  }

  /** {@code setException} against {@code get}: the getter wakes up and gets the exception. */
  @JCStressTest
  @Outcome(id = "1", expect = ACCEPTABLE, desc = "the getter woke up and got the exception")
  @Outcome(id = "-1", expect = FORBIDDEN, desc = "lost wake-up: the getter timed out")
  @Outcome(expect = FORBIDDEN, desc = "something else")
  @State
  public static class SetExceptionVersusGet {
    private final ThreadingFuture<Box> future = new ThreadingFuture<>();

    /** Creates the state. */
    public SetExceptionVersusGet() {}

    /** Sets an exception. */
    @Actor
    public void failer() {
      future.setException(new FutureSingleAssignment.Marker());
    }

    /**
     * Waits for the outcome.
     *
     * @param r {@code 1} if the getter got the exception
     */
    @Actor
    public void getter(I_Result r) {
      try {
        future.get(Codes.PATIENCE);
        r.r1 = Codes.OTHER;
      } catch (FutureSingleAssignment.Marker e) {
        r.r1 = 1;
      } catch (TimeoutException e) {
        r.r1 = Codes.TIMED_OUT;
      } catch (RuntimeException e) {
        r.r1 = Codes.OTHER;
      }
    }
  }

  /**
   * {@code setGetHook} against {@code get}: a getter parked on the pending future is woken by the
   * hook and runs it; the hook runs once; {@code setGetHook} itself succeeds.
   */
  @JCStressTest
  @Outcome(
      id = "1, 42, 1",
      expect = ACCEPTABLE,
      desc = "setGetHook succeeded, the getter got the hook's value, the hook ran once")
  @Outcome(
      id = "-2, 42, 1",
      expect = FORBIDDEN,
      desc = "setGetHook threw although it set the hook (the getter ran the hook meanwhile)")
  @Outcome(id = "1, -1, 0", expect = FORBIDDEN, desc = "lost wake-up: the getter timed out")
  @Outcome(expect = FORBIDDEN, desc = "something else")
  @State
  public static class SetGetHookVersusGet {
    private final ThreadingFuture<Box> future = new ThreadingFuture<>();
    private final AtomicInteger calls = new AtomicInteger();

    /** Creates the state. */
    public SetGetHookVersusGet() {}

    /**
     * Sets a counting get hook.
     *
     * @param r whether {@code setGetHook} returned normally
     */
    @Actor
    public void hooker(III_Result r) {
      r.r1 =
          Codes.trySet(
              () ->
                  future.setGetHook(
                      timeout -> {
                        calls.incrementAndGet();
                        return box();
                      }));
    }

    /**
     * Waits for the value.
     *
     * @param r the value's field
     */
    @Actor
    public void getter(III_Result r) {
      r.r2 = read(future);
    }

    /**
     * Counts the hook's runs.
     *
     * @param r the count
     */
    @Arbiter
    public void arbiter(III_Result r) {
      r.r3 = calls.get();
    }
  }

  /** An untimed {@code get} (it parks without a deadline) ends once the signal sets the value. */
  @JCStressTest(Mode.Termination)
  @Outcome(id = "TERMINATED", expect = ACCEPTABLE, desc = "the getter woke up")
  @Outcome(id = "STALE", expect = FORBIDDEN, desc = "lost wake-up: the getter never returned")
  @State
  public static class UntimedGetEndsOnSet {
    private final ThreadingFuture<Box> future = new ThreadingFuture<>();

    /** Creates the state. */
    public UntimedGetEndsOnSet() {}

    /** Waits for the value. */
    @Actor
    public void getter() {
      future.get();
    }

    /** Sets the value. */
    @Signal
    public void signal() {
      future.set(box());
    }
  }

  /** An untimed {@code get} ends once the signal sets a get hook, which it then runs. */
  @JCStressTest(Mode.Termination)
  @Outcome(id = "TERMINATED", expect = ACCEPTABLE, desc = "the getter woke up and ran the hook")
  @Outcome(id = "STALE", expect = FORBIDDEN, desc = "lost wake-up: the getter never returned")
  @State
  public static class UntimedGetEndsOnSetGetHook {
    private final ThreadingFuture<Box> future = new ThreadingFuture<>();

    /** Creates the state. */
    public UntimedGetEndsOnSetGetHook() {}

    /** Waits for the value. */
    @Actor
    public void getter() {
      future.get();
    }

    /** Sets a get hook. */
    @Signal
    public void signal() {
      future.setGetHook(timeout -> box());
    }
  }
}
