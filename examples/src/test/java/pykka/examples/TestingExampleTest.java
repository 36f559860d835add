package pykka.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pykka.ActorProxy;
import pykka.examples.TestingExample.Consumer;
import pykka.examples.TestingExample.ProducerActor;
import pykka.testfixtures.Output;

/** The documentation's testing pattern, step by step, with the consumer replaced by a double. */
final class TestingExampleTest {

  /** A test double for the consumer: records every item, from whichever thread calls it. */
  static final class RecordingConsumer implements Consumer {
    final List<Map<String, Object>> consumed = new CopyOnWriteArrayList<>();
    final List<String> threads = new CopyOnWriteArrayList<>();

    @Override
    public void consume(Map<String, Object> item) {
      consumed.add(item);
      threads.add(Thread.currentThread().getName());
    }
  }

  private RecordingConsumer consumer;
  private ActorProxy producer;

  @BeforeEach
  void startTheProducerWiredToADouble() {
    // Step 1: the actor under test is wired up with its dependencies and started.
    consumer = new RecordingConsumer();
    producer = new ProducerActor(consumer).start().proxy();
  }

  @AfterEach
  void stopTheProducer() {
    // Step 4: the actor is stopped to clean up before the next test.
    producer.actorRef().stop();
  }

  @Test
  void theProducerHandsANewItemToItsConsumerOnce() {
    // Step 2: interact with the actor; get() on the last future waits until the actor has
    // processed every message before anything is asserted.
    producer.call("produce").get();

    // Step 3: assert that the return values or actor state are as expected.
    assertThat(consumer.consumed).containsExactly(Map.of("item", 1, "new", true));
  }

  @Test
  void theConsumerIsCalledFromTheProducersOwnThread() {
    producer.call("produce").get();

    assertThat(consumer.threads).singleElement().asString().matches("ProducerActor-\\d+");
  }

  @Test
  void inProductionTheConsumerIsAnActorBehindATypedProxy() {
    Output output = new Output();

    TestingExample.run(output.writer());

    assertThat(output.lines()).containsExactly("ConsumerActor consumed {item=1, new=true}");
  }
}
