package pykka.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import pykka.ActorRegistry;
import pykka.examples.PlainActorExample.PlainActor;
import pykka.testfixtures.Output;

final class PlainActorExampleTest {

  @Test
  void theActorHandsBackBothStoredMessagesInTheOrderTheyWereTold() {
    Output output = new Output();

    PlainActorExample.run(output.writer());

    assertThat(output.lines()).containsExactly("[{no=Norway, se=Sweden}, {a=3, b=4, c=5}]");
  }

  @Test
  void theActorIsStoppedWhenTheExampleEnds() {
    PlainActorExample.run(new Output().writer());

    assertThat(ActorRegistry.getByClass(PlainActor.class)).isEmpty();
  }
}
