package pykka.jcstress;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import pykka.ActorDeadException;
import pykka.Future;
import pykka.TimeoutException;

/**
 * The integer codes the tests report, and the bounded waits that produce them. A wait that should
 * never take long is bounded by {@link #PATIENCE}, so a lost wake-up shows as a {@link #TIMED_OUT}
 * outcome instead of a hung fork.
 */
final class Codes {

  /** How long a test waits for something that a correct implementation delivers at once. */
  static final Duration PATIENCE = Duration.ofSeconds(10);

  /** The value that setters in these tests publish. */
  static final int VALUE = 42;

  /** The call returned normally (a setter won, an ask was answered). */
  static final int OK = 1;

  /** The call threw {@link IllegalStateException}: the future was already set. */
  static final int ALREADY_SET = 0;

  /** The call threw {@link ActorDeadException}. */
  static final int DEAD = 2;

  /** A bounded wait ran out: a lost wake-up or a reply that never came. */
  static final int TIMED_OUT = -1;

  /** Anything else: an unexpected exception or value. */
  static final int OTHER = -2;

  private Codes() {}

  /**
   * Runs a setter ({@code set}, {@code setException}, {@code setGetHook}).
   *
   * @param setter the call
   * @return {@link #OK}, {@link #ALREADY_SET}, or {@link #OTHER} for any other exception
   */
  static int trySet(Runnable setter) {
    try {
      setter.run();
      return OK;
    } catch (IllegalStateException e) {
      return ALREADY_SET;
    } catch (RuntimeException e) {
      return OTHER;
    }
  }

  /**
   * Waits at most {@link #PATIENCE} for an integer future.
   *
   * @param future the future
   * @return its value, {@link #DEAD}, {@link #TIMED_OUT}, or {@link #OTHER}
   */
  static int await(Future<?> future) {
    try {
      Object value = future.get(PATIENCE);
      return value instanceof Integer i ? i : OTHER;
    } catch (ActorDeadException e) {
      return DEAD;
    } catch (TimeoutException e) {
      return TIMED_OUT;
    } catch (RuntimeException e) {
      return OTHER;
    }
  }

  /**
   * Waits at most {@link #PATIENCE} for an integer {@link CompletableFuture}.
   *
   * @param future the future
   * @return its value, {@link #TIMED_OUT}, or {@link #OTHER}
   */
  static int await(CompletableFuture<?> future) {
    try {
      Object value = future.get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
      return value instanceof Integer i ? i : OTHER;
    } catch (ExecutionException | RuntimeException e) {
      return OTHER;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return OTHER;
    } catch (Exception e) { // the only one left: java.util.concurrent.TimeoutException
      return TIMED_OUT;
    }
  }
}
