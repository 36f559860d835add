package pykka.examples;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import pykka.ActorRef;
import pykka.ThreadingActor;

/**
 * The documentation's "Plain actor" example: an actor without proxies, that stores every message it
 * is told and hands the stored messages back when asked for them.
 *
 * <p>Output:
 *
 * <pre>
 * [{no=Norway, se=Sweden}, {a=3, b=4, c=5}]
 * </pre>
 */
public final class PlainActorExample {

  /** The message that asks a {@link PlainActor} for the messages it has stored. */
  public static final Object GET_MESSAGES =
      new Object() {
        @Override
        public String toString() {
          return "GetMessages";
        }
      };

  private PlainActorExample() {}

  /**
   * Stores every message it receives, except {@link #GET_MESSAGES}, which it answers with the
   * messages stored so far.
   *
   * <p>Thread safety: its state is touched only by its own thread, through {@link #onReceive}.
   */
  public static final class PlainActor extends ThreadingActor {
    private final List<Object> storedMessages = new ArrayList<>();

    /** Creates the actor; {@link #start()} starts it. */
    public PlainActor() {}

    /**
     * Answers {@link #GET_MESSAGES} with the stored messages, and stores any other message.
     *
     * @param message the message
     * @return for {@code GET_MESSAGES}, an unmodifiable snapshot of the stored messages (messages
     *     are passed by reference, so the actor does not hand out its own list); otherwise {@code
     *     null}
     */
    @Override
    protected Object onReceive(Object message) {
      if (message == GET_MESSAGES) {
        return Collections.unmodifiableList(new ArrayList<>(storedMessages));
      }
      storedMessages.add(message);
      return null;
    }
  }

  /**
   * Runs the example: tells a plain actor two maps, asks it for what it stored, prints that, and
   * stops it.
   *
   * @param out where to print
   */
  public static void run(PrintWriter out) {
    ActorRef<PlainActor> actor = new PlainActor().start();
    try {
      actor.tell(map("no", "Norway", "se", "Sweden"));
      actor.tell(map("a", 3, "b", 4, "c", 5));
      out.println(actor.ask(GET_MESSAGES));
    } finally {
      actor.stop();
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

  /** An insertion-ordered map, so the output reads as the documentation's does. */
  private static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }
}
