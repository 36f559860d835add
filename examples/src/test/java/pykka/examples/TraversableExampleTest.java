package pykka.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import pykka.ActorRegistry;
import pykka.examples.TraversableExample.AnActor;
import pykka.testfixtures.Output;

final class TraversableExampleTest {

  @Test
  void playRunsOnTheActorsThreadAndItsResultComesBackThroughTheProxy() {
    Output output = new Output();

    TraversableExample.run(output.writer());

    assertThat(output.lines()).hasSize(2);
    assertThat(output.lines().get(0)).matches("AnActor-\\d+: Playback\\.play\\(\\)");
    assertThat(output.lines().get(1)).isEqualTo("play_success = true");
    assertThat(ActorRegistry.getByClass(AnActor.class)).isEmpty();
  }
}
