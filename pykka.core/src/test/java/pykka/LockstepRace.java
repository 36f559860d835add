package pykka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs two actions against each other many times on two platform threads, in strides of fresh
 * states as jcstress does: each thread runs its action over the whole stride, the second following
 * the first state by state (it starts on a state the moment the first thread has started on it),
 * and each thread pauses briefly before acting, for a different time from state to state, so that
 * the two actions overlap on every state, with offsets that sweep both ways. A race that needs a
 * narrow interleaving then shows up within seconds. For regression tests of races that jcstress
 * found.
 */
final class LockstepRace {

  /** States per stride. */
  private static final int STRIDE = 1_000;

  /** How many different pauses each thread makes before acting, to vary the overlap. */
  private static final int OFFSETS = 16;

  @SuppressWarnings("unused") // written by pause() only
  private static volatile int tick;

  private LockstepRace() {}

  /**
   * Races {@code first} against {@code second} on fresh states, and checks each state once both are
   * done, for about {@code budget} (a stride started before it ends is finished).
   *
   * @param <S> the state of one round
   * @param budget how long to go on starting strides
   * @param setup makes a state (on the first thread)
   * @param first one side (on the first thread)
   * @param second the other side (on a second thread)
   * @param check runs once both sides are done with a state (on the first thread); throws to fail
   * @throws Exception what either side or the check threw
   */
  static <S> void run(
      Duration budget, Supplier<S> setup, Consumer<S> first, Consumer<S> second, Consumer<S> check)
      throws Exception {
    Handshake<S> h = new Handshake<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread other =
        Thread.ofPlatform()
            .name("lockstep-second")
            .daemon()
            .start(
                () -> {
                  try {
                    for (int stride = 1; ; stride++) {
                      final int s = stride;
                      spinUntil(() -> h.published == s || h.stopped || failure.get() != null);
                      if (h.published != s) {
                        return;
                      }
                      List<S> states = h.states;
                      h.ready = s;
                      for (int i = 0; i < states.size(); i++) {
                        final int index = i;
                        spinUntil(() -> h.at >= index || failure.get() != null);
                        if (failure.get() != null) {
                          return;
                        }
                        pause(i % OFFSETS);
                        second.accept(states.get(i));
                      }
                      h.done = s;
                    }
                  } catch (Throwable t) {
                    failure.compareAndSet(null, t);
                  }
                });
    long deadline = System.nanoTime() + budget.toNanos();
    try {
      for (int stride = 1; failure.get() == null && System.nanoTime() - deadline < 0; stride++) {
        final int s = stride;
        List<S> states = new ArrayList<>(STRIDE);
        for (int i = 0; i < STRIDE; i++) {
          states.add(setup.get());
        }
        h.states = states;
        h.at = -1;
        h.published = s;
        spinUntil(() -> h.ready == s || failure.get() != null);
        for (int i = 0; i < states.size(); i++) {
          h.at = i;
          pause(i / OFFSETS % OFFSETS);
          first.accept(states.get(i));
        }
        spinUntil(() -> h.done == s || failure.get() != null);
        if (failure.get() == null) {
          states.forEach(check);
        }
      }
    } catch (Throwable t) {
      failure.compareAndSet(null, t);
    } finally {
      h.stopped = true;
    }
    other.join();
    Throwable t = failure.get();
    if (t instanceof Exception e) {
      throw e;
    } else if (t instanceof Error e) {
      throw e;
    }
  }

  private static void pause(int steps) {
    for (int i = 0; i < steps; i++) {
      tick = i; // a volatile write: a step of a few nanoseconds that the JIT cannot remove
    }
  }

  private static void spinUntil(Supplier<Boolean> condition) {
    for (int spins = 0; !condition.get(); spins++) {
      if (spins % 128 == 127) {
        Thread.yield(); // two cores shared with other builds: let the other side run
      } else {
        Thread.onSpinWait();
      }
    }
  }

  private static final class Handshake<S> {
    volatile List<S> states;
    volatile int published;
    volatile int ready;
    volatile int done;
    volatile boolean stopped;

    /** The index of the state the first thread has started on. */
    volatile int at;
  }
}
