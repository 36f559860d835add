package pykka.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.IIII_Result;
import org.openjdk.jcstress.infra.results.III_Result;
import org.openjdk.jcstress.infra.results.II_Result;
import pykka.Future;
import pykka.ThreadingFuture;

/**
 * Get hooks under concurrent {@code get}s: the hook runs once and every caller gets its value (rule
 * 23 of docs/behaviour.md), also for derived futures ({@code map}) whose source is set meanwhile,
 * and for {@code toCompletableFuture}, which runs a pending hook on a virtual thread.
 */
public final class FutureGetHooks {

  private FutureGetHooks() {}

  /** Two first {@code get}s of a future with a get hook. */
  @JCStressTest
  @Outcome(id = "42, 42, 1", expect = ACCEPTABLE, desc = "both got the value; the hook ran once")
  @Outcome(expect = FORBIDDEN, desc = "the hook ran twice, or a getter got something else")
  @State
  public static class TwoGetsRunTheHookOnce {
    private final ThreadingFuture<Integer> future = new ThreadingFuture<>();
    private final AtomicInteger calls = new AtomicInteger();

    /** Creates the state: a future with a counting get hook. */
    public TwoGetsRunTheHookOnce() {
      future.setGetHook(
          timeout -> {
            calls.incrementAndGet();
            return Codes.VALUE;
          });
    }

    /**
     * Gets the value.
     *
     * @param r the value
     */
    @Actor
    public void first(III_Result r) {
      r.r1 = Codes.await(future);
    }

    /**
     * Gets the value.
     *
     * @param r the value
     */
    @Actor
    public void second(III_Result r) {
      r.r2 = Codes.await(future);
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

  /** A {@code map}ped future read while its source is being set. */
  @JCStressTest
  @Outcome(
      id = "42, 42, 1",
      expect = ACCEPTABLE,
      desc = "the mapped value, read twice; the function ran once")
  @Outcome(expect = FORBIDDEN, desc = "the function ran twice, or a get saw something else")
  @State
  public static class MapWhileTheSourceIsSet {
    private final ThreadingFuture<Integer> source = new ThreadingFuture<>();
    private final AtomicInteger calls = new AtomicInteger();
    private final Future<Integer> mapped =
        source.map(
            v -> {
              calls.incrementAndGet();
              return v * 2;
            });

    /** Creates the state. */
    public MapWhileTheSourceIsSet() {}

    /** Sets the source. */
    @Actor
    public void setter() {
      source.set(Codes.VALUE / 2);
    }

    /**
     * Gets the mapped value.
     *
     * @param r the value
     */
    @Actor
    public void getter(III_Result r) {
      r.r1 = Codes.await(mapped);
    }

    /**
     * Gets it again and counts the function's runs.
     *
     * @param r the value and the count
     */
    @Arbiter
    public void arbiter(III_Result r) {
      r.r2 = Codes.await(mapped);
      r.r3 = calls.get();
    }
  }

  /** {@code toCompletableFuture} against {@code set}: the completion callback is never lost. */
  @JCStressTest
  @Outcome(id = "42, 1", expect = ACCEPTABLE, desc = "the CompletableFuture got the value")
  @Outcome(id = "-1, 1", expect = FORBIDDEN, desc = "lost callback: it never completed")
  @Outcome(expect = FORBIDDEN, desc = "something else")
  @State
  public static class ToCompletableFutureVersusSet {
    private final ThreadingFuture<Integer> future = new ThreadingFuture<>();
    private CompletableFuture<Integer> completable;

    /** Creates the state. */
    public ToCompletableFutureVersusSet() {}

    /** Sets the value. */
    @Actor
    public void setter() {
      future.set(Codes.VALUE);
    }

    /**
     * Converts the future.
     *
     * @param r whether the conversion returned
     */
    @Actor
    public void converter(II_Result r) {
      completable = future.toCompletableFuture();
      r.r2 = Codes.OK;
    }

    /**
     * Waits for the CompletableFuture.
     *
     * @param r its value
     */
    @Arbiter
    public void arbiter(II_Result r) {
      r.r1 = Codes.await(completable);
    }
  }

  /**
   * {@code toCompletableFuture} against {@code setGetHook}: converted after the hook was set, it
   * runs the hook on a virtual thread; converted before, it completes once a {@code get} runs the
   * hook (the arbiter's). Either way the hook runs once and {@code setGetHook} succeeds.
   */
  @JCStressTest
  @Outcome(
      id = "1, 42, 42, 1",
      expect = ACCEPTABLE,
      desc = "setGetHook succeeded; get and the CompletableFuture agree; the hook ran once")
  @Outcome(
      id = "-2, 42, 42, 1",
      expect = FORBIDDEN,
      desc = "setGetHook threw although it set the hook (the hook ran meanwhile)")
  @Outcome(expect = FORBIDDEN, desc = "something else")
  @State
  public static class ToCompletableFutureVersusSetGetHook {
    private final ThreadingFuture<Integer> future = new ThreadingFuture<>();
    private final AtomicInteger calls = new AtomicInteger();
    private CompletableFuture<Integer> completable;

    /** Creates the state. */
    public ToCompletableFutureVersusSetGetHook() {}

    /**
     * Sets a counting get hook.
     *
     * @param r whether {@code setGetHook} returned normally
     */
    @Actor
    public void hooker(IIII_Result r) {
      r.r1 =
          Codes.trySet(
              () ->
                  future.setGetHook(
                      timeout -> {
                        calls.incrementAndGet();
                        return Codes.VALUE;
                      }));
    }

    /** Converts the future. */
    @Actor
    public void converter() {
      completable = future.toCompletableFuture();
    }

    /**
     * Reads the value both ways and counts the hook's runs.
     *
     * @param r the results
     */
    @Arbiter
    public void arbiter(IIII_Result r) {
      r.r2 = Codes.await(future);
      r.r3 = Codes.await(completable);
      r.r4 = calls.get();
    }
  }
}
