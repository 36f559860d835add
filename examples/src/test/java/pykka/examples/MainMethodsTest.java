package pykka.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pykka.testfixtures.StreamCapture;

/** Each example runs on its own, through its {@code main}, printing to standard output. */
final class MainMethodsTest {

  private StreamCapture stdout;

  @BeforeEach
  void captureStandardOutput() {
    stdout = StreamCapture.stdout();
  }

  @AfterEach
  void restoreStandardOutput() {
    stdout.close();
  }

  private List<String> lines() {
    return stdout.lines();
  }

  @Test
  void plainActorMainPrintsTheStoredMessages() {
    PlainActorExample.main(new String[0]);

    assertThat(lines()).containsExactly("[{no=Norway, se=Sweden}, {a=3, b=4, c=5}]");
  }

  @Test
  void actorWithProxyMainRunsThreeRoundsWithTheDocumentedDelay() {
    ActorWithProxyExample.main(new String[0]);

    assertThat(lines()).hasSize(33).last().asString().endsWith(": new value");
  }

  @Test
  void supervisorMainRestartsTheWorkerThenShowsTheSupervisorGivingUp() {
    SupervisorExample.main(new String[0]);

    assertThat(lines())
        .hasSize(15)
        .contains("done: 2 restarts")
        .last()
        .asString()
        .contains("the supervisor gave up");
  }

  @Test
  void cooperatingActorsMainCountsToTen() {
    CooperatingActorsExample.main(new String[0]);

    assertThat(lines()).hasSize(20).last().asString().endsWith(" got 10 back");
  }

  @Test
  void resolverMainTakesThePoolSizeAndTheAddressesFromItsArguments() {
    ResolverExample.main(new String[] {"1", "127.0.0.1"});

    assertThat(lines()).first().isEqualTo("Finished resolving 127.0.0.1");
  }

  @Test
  void typedProxyMainPrintsTheTypesAndTheValues() {
    TypedProxyExample.main(new String[0]);

    assertThat(lines()).hasSize(5).last().isEqualTo("proxy.area(2.0).get() is 12.56");
  }

  @Test
  void traversableMainPlays() {
    TraversableExample.main(new String[0]);

    assertThat(lines()).last().isEqualTo("play_success = true");
  }

  @Test
  void testingMainWiresTheProducerToTheRealConsumer() {
    TestingExample.main(new String[0]);

    assertThat(lines()).containsExactly("ConsumerActor consumed {item=1, new=true}");
  }

  @Test
  void deadlockDebuggingMainWithDetectReportsTheCycle() throws InterruptedException {
    DeadlockDebuggingExample.main(new String[] {"--detect"});

    assertThat(lines())
        .last()
        .asString()
        .startsWith("The call failed with pykka.DeadlockException");
  }
}
