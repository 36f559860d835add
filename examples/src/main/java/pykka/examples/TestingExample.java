package pykka.examples;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import pykka.ActorProxy;
import pykka.ActorRef;
import pykka.ThreadingActor;

/**
 * The documentation's "Testing" example: a {@link ProducerActor} that hands each new item to a
 * {@link Consumer}. In production the consumer is another actor, reached through a typed proxy; a
 * test replaces it with a test double that records what it is given ({@code TestingExampleTest}
 * shows the four steps: start the actor with its collaborators, talk to it, assert, stop it).
 *
 * <p>Output:
 *
 * <pre>
 * ConsumerActor consumed {item=1, new=true}
 * </pre>
 */
public final class TestingExample {

  private TestingExample() {}

  /**
   * What a producer hands its items to. A {@code void} method of a typed proxy is a tell, so a
   * {@link ConsumerActor} behind {@code ref.proxy(Consumer.class)} consumes asynchronously.
   */
  public interface Consumer {
    /**
     * Takes an item.
     *
     * @param item the item
     */
    void consume(Map<String, Object> item);
  }

  /** The actor under test: produces an item and hands it to its consumer. */
  public static final class ProducerActor extends ThreadingActor {
    private final Consumer consumer;

    /**
     * Creates the actor.
     *
     * @param consumer where new items go
     */
    public ProducerActor(Consumer consumer) {
      this.consumer = Objects.requireNonNull(consumer, "consumer");
    }

    /** Produces a new item and hands it to the consumer, in the actor's thread. */
    public void produce() {
      Map<String, Object> newItem = new LinkedHashMap<>();
      newItem.put("item", 1);
      newItem.put("new", true);
      consumer.consume(newItem);
    }
  }

  /** The consumer used in production: an actor that prints what it consumes. */
  public static final class ConsumerActor extends ThreadingActor {
    private final PrintWriter out;

    /**
     * Creates the actor.
     *
     * @param out where to print
     */
    public ConsumerActor(PrintWriter out) {
      this.out = Objects.requireNonNull(out, "out");
    }

    /**
     * Consumes an item, saying so.
     *
     * @param item the item
     */
    public void consume(Map<String, Object> item) {
      out.println(getClass().getSimpleName() + " consumed " + item);
    }
  }

  /**
   * Runs the producer with the real consumer: produces one item, then stops both actors (the
   * consumer after it has handled everything it was told).
   *
   * @param out where to print
   */
  public static void run(PrintWriter out) {
    ActorRef<ConsumerActor> consumerRef = new ConsumerActor(out).start();
    Consumer consumer = consumerRef.proxy(Consumer.class);
    ActorProxy producer = new ProducerActor(consumer).start().proxy();
    try {
      producer.call("produce").get();
    } finally {
      producer.actorRef().stop();
      consumerRef.stop();
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
