package pykka;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class SmokeTest {
  static final class Greeter extends VirtualThreadActor {
    @Override
    protected Object onReceive(Object message) {
      return "Hi there, " + message + "!";
    }
  }

  static final class PGreeter extends ThreadingActor {
    @Override
    protected Object onReceive(Object message) {
      return "Hi there, " + message + "!";
    }
  }

  @Test
  void greeterAnswers() {
    ActorRef<Greeter> ref = new Greeter().start();
    for (int i = 0; i < 1000; i++) {
      assertThat(ref.ask("Bob")).isEqualTo("Hi there, Bob!");
    }
    assertThat(ref.stop()).isTrue();
    assertThat(ref.stop()).isFalse();
    ActorRef<PGreeter> p = new PGreeter().start();
    for (int i = 0; i < 1000; i++) {
      assertThat(p.ask("Bob")).isEqualTo("Hi there, Bob!");
    }
    assertThat(p.stop()).isTrue();
  }
}
