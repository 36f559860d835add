package pykka;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import pykka.testfixtures.Await;

/**
 * The code of the Javadoc's examples: each {@code {@snippet class=pykka.JavadocSnippetsTest
 * region=...}} in pykka.core's public types shows a region of this file, so the examples compile
 * and run with the tests and cannot drift from the API.
 */
final class JavadocSnippetsTest {

  // @start region="greeter"
  static class Greeter extends ThreadingActor {
    @Override
    protected Object onReceive(Object message) {
      return "Hi there, " + message + "!";
    }
  }

  // @end

  // @start region="traversable"
  static class Player extends ThreadingActor {
    @Traversable public final Playback playback = new Playback();
  }

  static class Playback {
    public boolean play() {
      return true;
    }
  }

  // @end

  static class Calculator extends ThreadingActor {
    public int lastResult;

    public int add(int a, int b) {
      lastResult = a + b;
      return lastResult;
    }

    public void sub(int b) {
      lastResult -= b;
    }
  }

  static class Slow extends VirtualThreadActor {
    final CountDownLatch entered = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);

    @Override
    protected Object onReceive(Object message) throws InterruptedException {
      if ("block".equals(message)) {
        entered.countDown();
        release.await();
      }
      return null;
    }
  }

  @AfterEach
  void stopAll() {
    ActorRegistry.stopAll();
  }

  @Test
  void theActorExampleAnswersItsAsk() {
    // @start region="greeter-use"
    ActorRef<Greeter> greeter = new Greeter().start();
    Object reply = greeter.ask("Bob"); // "Hi there, Bob!"
    greeter.stop();
    // @end
    assertThat(reply).isEqualTo("Hi there, Bob!");
  }

  @Test
  void theTraversableExampleCallsThroughTheField() {
    ActorRef<Player> ref = new Player().start();
    // @start region="traversable-use"
    boolean playing = (Boolean) ref.proxy().traverse("playback").call("play").get();
    // @end
    assertThat(playing).isTrue();
  }

  @Test
  void theUntypedProxyExampleGivesWhatItsCommentsSay() {
    // @start region="untyped-proxy"
    ActorProxy calculator = new Calculator().start().proxy();
    Object sum = calculator.call("add", 1, 3).get(); // 4
    Object last = calculator.field("lastResult").get(); // 4
    calculator.setField("lastResult", 17); // blocks until written
    calculator.method("sub").defer(2); // tell semantics: no future
    // @end
    assertThat(sum).isEqualTo(4);
    assertThat(last).isEqualTo(4);
    assertThat(calculator.field("lastResult").get()).isEqualTo(15);
  }

  @Test
  void theRunningActorsExampleFindsAnActorThatIsBehind() {
    Slow slowActor = new Slow();
    ActorRef<Slow> slow = slowActor.start();
    Future<Object> first = slow.askAsync("block");
    Await.on(slowActor.entered); // handling its first message, so the rest wait in its inbox
    for (int i = 0; i < 1_001; i++) {
      slow.tell("later");
    }
    List<String> lines = new ArrayList<>();
    // @start region="running-actors"
    RunningActors.forEach(
        actor -> {
          if (actor.inboxSize() > 1_000) {
            lines.add(actor.ref() + " is behind: " + actor.state());
          }
        });
    // @end
    slowActor.release.countDown();
    first.get(Duration.ofSeconds(Await.SECONDS));
    assertThat(lines).contains(slow + " is behind: HANDLING"); // other tests' actors may linger
  }
}
