package pykka;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import pykka.internal.events.Events;

/**
 * What pykka does when an actor's thread is about to block on a reply that can never come because
 * the actors form a cycle of waits (see {@link DeadlockException}).
 *
 * <p>The mode starts from the system property {@value #PROPERTY} ({@code fail}, {@code log} or
 * {@code off}; {@code fail} when unset) and can be changed at any time with {@link #setMode}. The
 * check costs nothing on {@code tell}, and one volatile write plus a walk along the chain of
 * waiting actors when an actor thread blocks on a reply that has not arrived yet.
 *
 * <p><b>Which waits are checked.</b> Every blocking wait, in an actor's thread, for the reply of an
 * actor: {@link Future#get()} and {@link Future#get(java.time.Duration)} of the future of an {@link
 * ActorRef#askAsync ask}, a proxy call or a {@link ActorRef#stopAsync stop} (so also {@link
 * ActorRef#ask ask}, {@link ActorRef#stop() stop}, blocking proxy methods and {@link
 * Future#getAll}), and of the futures derived from it by {@link Future#map map}, {@link
 * Future#filter filter}, {@link Future#join join} and {@link Future#reduce reduce}. Also the {@link
 * java.util.concurrent.CompletableFuture} of such a future ({@link Future#toCompletableFuture()}):
 * its {@code get()}, {@code get(timeout, unit)} and {@code join()}, and the same on every stage
 * made from it by its own methods ({@code thenApply}, {@code thenCompose}, {@code thenCombine},
 * {@code handle}, {@code whenComplete}, {@code exceptionally}, {@code copy}, their {@code Async}
 * forms). A timed wait counts as an untimed one. A future or stage completed by hand ({@code set},
 * {@code complete}, {@code orTimeout}...) counts as a wait for the actor until it is completed. The
 * {@link DeadlockException} comes out of those waits as it is, not wrapped in {@code
 * ExecutionException} or {@code CompletionException}.
 *
 * <p><b>Which waits are not.</b> They block as plain waits, as all waits do in Pykka:
 *
 * <ul>
 *   <li>{@code CompletableFuture.allOf} and {@code anyOf} over replies, and what is made from them;
 *   <li>the {@code applyToEither}, {@code acceptEither} and {@code runAfterEither} stages (and
 *       their {@code Async} forms), which their other source may complete;
 *   <li>{@code minimalCompletionStage()}, and the completable future its {@code
 *       toCompletableFuture()} gives;
 *   <li>a stage made from another completable future, even one that combines it with a reply
 *       ({@code other.thenCombine(reply, f)});
 *   <li>a completable future of your own completed from a callback of the reply;
 *   <li>after the first reply has come, the rest of a wait: the future that {@code thenCompose}
 *       composes, and, for the completable future of a {@code join}ed future, the futures after the
 *       first;
 *   <li>any wait outside actors' threads, and any wait for something else than a reply (a lock, a
 *       latch, a queue), even when an actor would end it.
 * </ul>
 *
 * <p><b>Thread safety.</b> The mode is a volatile static: a change is seen by every later block.
 */
public enum DeadlockDetection {
  /** Throw {@link DeadlockException} from the {@code get} that closes the cycle. The default. */
  FAIL,
  /** Log the cycle at ERROR on the {@code pykka} logger, and keep waiting as Pykka does. */
  LOG,
  /**
   * Detect nothing; block as Pykka does. Which actor waits for which is still recorded, for the
   * thread dumps of {@code pykka.debug}.
   */
  OFF;

  /** The system property read at startup: {@code fail}, {@code log} or {@code off}. */
  public static final String PROPERTY = "pykka.deadlockDetection";

  private static volatile DeadlockDetection mode = fromProperty(System.getProperty(PROPERTY));

  /**
   * The mode in force.
   *
   * @return the current mode
   */
  public static DeadlockDetection mode() {
    return mode;
  }

  /**
   * Sets the mode for every later block.
   *
   * @param newMode the mode to use
   */
  public static void setMode(DeadlockDetection newMode) {
    mode = Objects.requireNonNull(newMode, "mode");
  }

  static DeadlockDetection fromProperty(String value) {
    if (value == null || value.isBlank()) {
      return FAIL;
    }
    try {
      return valueOf(value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      ActorLog.badProperty(PROPERTY, value, "fail, log or off", "fail");
      return FAIL;
    }
  }

  /** Records and throws the cycle: mode {@code FAIL}. */
  private static final Consumer<String> THROW =
      cycle -> {
        Events.deadlock(cycle);
        throw new DeadlockException(cycle);
      };

  /** Records and logs the cycle at ERROR and lets the wait go on: mode {@code LOG}. */
  private static final Consumer<String> LOG_IT =
      cycle -> {
        Events.deadlock(cycle);
        ActorLog.deadlock(cycle);
      };

  /**
   * What a wait that closes a cycle does in the current mode, for the wait graph.
   *
   * @return the handler of a cycle's description, or {@code null} in mode {@code OFF}
   */
  static Consumer<String> onCycle() {
    return switch (mode) {
      case FAIL -> THROW;
      case LOG -> LOG_IT;
      case OFF -> null;
    };
  }
}
