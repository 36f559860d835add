package pykka.examples;

import java.io.PrintWriter;
import pykka.ActorProxy;
import pykka.ThreadingActor;
import pykka.Traversable;

/**
 * The documentation's "Traversable attributes on proxies" example: the actor's {@code playback}
 * field is marked {@link Traversable}, so a proxy does not return the field's value but lets the
 * caller call {@code playback.play()} in the actor's thread.
 *
 * <p>Output (the thread's number varies):
 *
 * <pre>
 * AnActor-1: Playback.play()
 * play_success = true
 * </pre>
 */
public final class TraversableExample {

  private TraversableExample() {}

  /** An actor with a traversable field. Thread safety: used through its proxy. */
  public static final class AnActor extends ThreadingActor {
    /** Reached through the proxy with {@code traverse("playback")}. */
    @Traversable public final Playback playback;

    /**
     * Creates the actor.
     *
     * @param out where {@link Playback#play()} prints
     */
    public AnActor(PrintWriter out) {
      this.playback = new Playback(out);
    }
  }

  /** What the traversable field holds: a plain object, touched only by the actor's thread. */
  public static final class Playback {
    private final PrintWriter out;

    Playback(PrintWriter out) {
      this.out = out;
    }

    /**
     * Starts playing, printing which thread runs it (the actor's).
     *
     * @return {@code true}
     */
    public boolean play() {
      ActorWithProxyExample.log(out, "Playback.play()");
      return true;
    }
  }

  /**
   * Runs the example: calls {@code playback.play()} through the proxy and prints what it returned.
   *
   * @param out where to print
   */
  public static void run(PrintWriter out) {
    ActorProxy proxy = new AnActor(out).start().proxy();
    try {
      boolean playSuccess = (Boolean) proxy.traverse("playback").call("play").get();
      out.println("play_success = " + playSuccess);
    } finally {
      proxy.actorRef().stop();
    }
  }

  /**
   * Runs the example on standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(new PrintWriter(System.out, true));
  }
}
