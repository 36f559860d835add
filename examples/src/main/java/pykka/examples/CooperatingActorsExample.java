package pykka.examples;

import java.io.PrintWriter;
import java.util.Objects;
import pykka.ActorProxy;
import pykka.ActorRegistry;
import pykka.ThreadingActor;

/**
 * The documentation's "Multiple cooperating actors" example: a {@link Bookkeeper} counts to 10 by
 * asking an {@link Adder} to add one, again and again, through a proxy.
 *
 * <p>Output (the URNs differ from run to run):
 *
 * <pre>
 * Adder (urn:uuid:f50029eb-7cea-4ab9-98bf-a5bf65af8b8f) is increasing 0
 * Bookkeeper (urn:uuid:4f2d4e78-7a33-4c4f-86ac-7c415a7205f4) got 1 back
 * Adder (urn:uuid:f50029eb-7cea-4ab9-98bf-a5bf65af8b8f) is increasing 1
 * Bookkeeper (urn:uuid:4f2d4e78-7a33-4c4f-86ac-7c415a7205f4) got 2 back
 * ...
 * Adder (urn:uuid:f50029eb-7cea-4ab9-98bf-a5bf65af8b8f) is increasing 9
 * Bookkeeper (urn:uuid:4f2d4e78-7a33-4c4f-86ac-7c415a7205f4) got 10 back
 * </pre>
 */
public final class CooperatingActorsExample {

  private CooperatingActorsExample() {}

  /** Adds one. Thread safety: used through its proxy; runs in its own thread. */
  public static final class Adder extends ThreadingActor {
    private final PrintWriter out;

    /**
     * Creates the actor.
     *
     * @param out where to print
     */
    public Adder(PrintWriter out) {
      this.out = Objects.requireNonNull(out, "out");
    }

    /**
     * Adds one to {@code i}, saying so.
     *
     * @param i the number
     * @return {@code i + 1}
     */
    public int addOne(int i) {
      out.println(this + " is increasing " + i);
      return i + 1;
    }
  }

  /**
   * Counts with the help of an {@link Adder}. Thread safety: used through its proxy; runs in its
   * own thread, and blocks there on each of the adder's replies.
   */
  public static final class Bookkeeper extends ThreadingActor {
    private final ActorProxy adder;
    private final PrintWriter out;

    /**
     * Creates the actor.
     *
     * @param adder a proxy to the adder to count with
     * @param out where to print
     */
    public Bookkeeper(ActorProxy adder, PrintWriter out) {
      this.adder = Objects.requireNonNull(adder, "adder");
      this.out = Objects.requireNonNull(out, "out");
    }

    /**
     * Counts from 0 to {@code target}, one {@code addOne} call at a time.
     *
     * @param target where to stop
     */
    public void countTo(int target) {
      int i = 0;
      while (i < target) {
        i = (Integer) adder.call("addOne", i).get();
        out.println(this + " got " + i + " back");
      }
    }
  }

  /**
   * Runs the example: the bookkeeper counts to 10 with the adder; then every actor is stopped.
   *
   * @param out where to print
   */
  public static void run(PrintWriter out) {
    try {
      ActorProxy adder = new Adder(out).start().proxy();
      ActorProxy bookkeeper = new Bookkeeper(adder, out).start().proxy();
      bookkeeper.call("countTo", 10).get();
    } finally {
      ActorRegistry.stopAll();
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
