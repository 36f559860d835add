package pykka.examples;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Objects;
import pykka.ActorProxy;
import pykka.Future;
import pykka.ThreadingActor;

/**
 * The documentation's "Actor with proxy" example: a method with a side effect, a method with a
 * return value, and a field read and written, all through an {@link ActorProxy}. Each line is
 * prefixed with the name of the thread that prints it: {@code main} for the caller, {@code
 * AnActor-<n>} for the actor.
 *
 * <p>Output (the actor's line may come earlier or later among the caller's, but always after its
 * {@code calling AnActor.proc() ...} and before the first result):
 *
 * <pre>
 * main: calling AnActor.proc() ...
 * main: calling AnActor.func() ...
 * main: printing result ... (blocking)
 * AnActor-1: this was printed by AnActor.proc()
 * main: this was returned by AnActor.func() after a delay
 * main: reading AnActor.field ...
 * main: printing result ... (blocking)
 * main: this is the value of AnActor.field
 * main: writing AnActor.field ...
 * main: printing new field value ... (blocking)
 * main: new value
 * </pre>
 *
 * <p>and twice more, where the field then reads {@code new value} from the start.
 */
public final class ActorWithProxyExample {

  /** How long {@link AnActor#func()} blocks in the documentation: half a second. */
  public static final Duration DEFAULT_DELAY = Duration.ofMillis(500);

  private ActorWithProxyExample() {}

  /**
   * An actor with a method that prints, a method that returns a value after a delay, and a public
   * field.
   *
   * <p>Thread safety: used through its proxy; its methods run in the actor's own thread.
   */
  public static final class AnActor extends ThreadingActor {

    /** A public field: readable and writable through the proxy. */
    public String field = "this is the value of AnActor.field";

    private final PrintWriter out;
    private final Duration delay;

    /**
     * Creates the actor.
     *
     * @param out where {@link #proc()} prints
     * @param delay how long {@link #func()} blocks before returning
     */
    public AnActor(PrintWriter out, Duration delay) {
      this.out = Objects.requireNonNull(out, "out");
      this.delay = Objects.requireNonNull(delay, "delay");
    }

    /** A method with a side effect: prints a line, prefixed with the actor's thread name. */
    public void proc() {
      log(out, "this was printed by AnActor.proc()");
    }

    /**
     * A method with a return value, which blocks a bit first to make it realistic.
     *
     * @return a message
     * @throws InterruptedException if the actor's thread is interrupted while blocking
     */
    public String func() throws InterruptedException {
      Thread.sleep(delay); // Block a bit to make it realistic
      return "this was returned by AnActor.func() after a delay";
    }
  }

  /** Prints {@code msg}, prefixed with the name of the calling thread. */
  static void log(PrintWriter out, Object msg) {
    out.println(Thread.currentThread().getName() + ": " + msg);
  }

  /**
   * Runs the example: three rounds of calls, reads and writes through the proxy, then stops the
   * actor.
   *
   * @param out where to print
   * @param delay how long {@link AnActor#func()} blocks ({@link #DEFAULT_DELAY} in the
   *     documentation)
   */
  public static void run(PrintWriter out, Duration delay) {
    ActorProxy actor = new AnActor(out, delay).start().proxy();
    try {
      for (int i = 0; i < 3; i++) {
        // Method with side effect
        log(out, "calling AnActor.proc() ...");
        actor.call("proc");

        // Method with return value
        log(out, "calling AnActor.func() ...");
        Future<Object> result = actor.call("func"); // Does not block, returns a future
        log(out, "printing result ... (blocking)");
        log(out, result.get()); // Blocks until ready

        // Field reading
        log(out, "reading AnActor.field ...");
        result = actor.field("field"); // Does not block, returns a future
        log(out, "printing result ... (blocking)");
        log(out, result.get()); // Blocks until ready

        // Field writing
        log(out, "writing AnActor.field ...");
        actor.setField("field", "new value"); // Blocks until the actor has written it
        result = actor.field("field"); // Does not block, returns a future
        log(out, "printing new field value ... (blocking)");
        log(out, result.get()); // Blocks until ready
      }
    } finally {
      actor.actorRef().stop();
    }
  }

  /**
   * Runs the example on standard output, with the documentation's delay.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(new PrintWriter(System.out, true), DEFAULT_DELAY);
  }
}
