package pykka.soak;

import java.util.HashMap;
import java.util.Map;
import pykka.Actor;
import pykka.ThreadingActor;
import pykka.Traversable;
import pykka.VirtualThreadActor;
import pykka.testfixtures.ActorRuntime;

/**
 * The soak's actors: one class per runtime, whose hooks are a {@link Hooks} object, and whose
 * public {@link Counter} field is reached by proxies through traversal.
 */
public final class SoakActors {
  private SoakActors() {}

  /** What a soak actor does; every hook runs on the actor's thread. */
  public interface Hooks {
    /** {@code onStart}. */
    default void onStart(Actor self) throws Exception {}

    /** {@code onReceive}; echoes by default. */
    default Object onReceive(Actor self, Object message) throws Exception {
      return message;
    }

    /** {@code onStop}. */
    default void onStop(Actor self) throws Exception {}

    /** {@code onFailure}. */
    default void onFailure(Actor self, Throwable failure) throws Exception {}
  }

  /** The counter of a soak actor; for its own hooks, on its thread. */
  static Counter counterOf(Actor actor) {
    return actor instanceof OnThreads t ? t.counter : ((OnVirtualThreads) actor).counter;
  }

  /** Throws {@code t}, checked or not, as if unchecked; declared to return so callers can throw. */
  @SuppressWarnings("unchecked")
  static <T extends Throwable> RuntimeException sneaky(Throwable t) throws T {
    throw (T) t;
  }

  /** A new, unstarted actor of {@code runtime} whose hooks are {@code hooks}. */
  static Actor create(ActorRuntime runtime, Hooks hooks) {
    return switch (runtime) {
      case THREADING -> new OnThreads(hooks);
      case VIRTUAL_THREADS -> new OnVirtualThreads(hooks);
    };
  }

  /**
   * Numbered messages from many senders: each sender's numbers must arrive 1, 2, 3, ... Touched
   * only by its actor's thread.
   */
  public static final class Counter {
    private final Map<Integer, Integer> last = new HashMap<>();
    private long handled;
    private long disorder;
    private String firstDisorder;

    /**
     * Takes message {@code seq} of {@code sender}.
     *
     * @return {@code seq}
     */
    public int take(int sender, int seq) {
      int before = last.getOrDefault(sender, 0);
      if (seq != before + 1) {
        disorder++;
        if (firstDisorder == null) {
          firstDisorder = "sender " + sender + " sent " + seq + " after " + before;
        }
      }
      last.put(sender, seq);
      handled++;
      return seq;
    }

    /**
     * Throws {@code thrown}: the soak's failing proxied method.
     *
     * @param thrown what to throw
     */
    public void fail(Throwable thrown) {
      throw sneaky(thrown);
    }

    /** How many messages were handled, and the first disorder seen, if any. */
    public Report report() {
      return new Report(handled, disorder, firstDisorder, Map.copyOf(last));
    }
  }

  /**
   * What a counter saw.
   *
   * @param handled messages handled
   * @param disorder messages that broke their sender's order
   * @param firstDisorder the first one, or {@code null}
   * @param last the last number handled per sender
   */
  public record Report(
      long handled, long disorder, String firstDisorder, Map<Integer, Integer> last) {}

  /** A soak actor on a platform thread (a daemon, so a failed soak cannot hang the JVM). */
  public static final class OnThreads extends ThreadingActor {
    /** Reached by proxies as {@code traverse("counter")}. */
    @Traversable public final Counter counter = new Counter();

    private final Hooks hooks;

    OnThreads(Hooks hooks) {
      this.hooks = hooks;
    }

    @Override
    protected void onStart() throws Exception {
      hooks.onStart(this);
    }

    @Override
    protected Object onReceive(Object message) throws Exception {
      return hooks.onReceive(this, message);
    }

    @Override
    protected void onStop() throws Exception {
      hooks.onStop(this);
    }

    @Override
    protected void onFailure(Throwable failure) throws Exception {
      hooks.onFailure(this, failure);
    }

    @Override
    protected boolean useDaemonThread() {
      return true;
    }
  }

  /** A soak actor on virtual threads. */
  public static final class OnVirtualThreads extends VirtualThreadActor {
    /** Reached by proxies as {@code traverse("counter")}. */
    @Traversable public final Counter counter = new Counter();

    private final Hooks hooks;

    OnVirtualThreads(Hooks hooks) {
      this.hooks = hooks;
    }

    @Override
    protected void onStart() throws Exception {
      hooks.onStart(this);
    }

    @Override
    protected Object onReceive(Object message) throws Exception {
      return hooks.onReceive(this, message);
    }

    @Override
    protected void onStop() throws Exception {
      hooks.onStop(this);
    }

    @Override
    protected void onFailure(Throwable failure) throws Exception {
      hooks.onFailure(this, failure);
    }
  }
}
