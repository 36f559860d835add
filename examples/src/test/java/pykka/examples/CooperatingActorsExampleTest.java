package pykka.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import pykka.ActorRegistry;
import pykka.testfixtures.Output;

final class CooperatingActorsExampleTest {

  private static final String URN =
      "urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}";

  @Test
  void theBookkeeperCountsToTenOneAddOneCallAtATime() {
    Output output = new Output();

    CooperatingActorsExample.run(output.writer());

    List<String> lines = output.lines();
    assertThat(lines).hasSize(20);
    Matcher first =
        Pattern.compile("(Adder \\(" + URN + "\\)) is increasing 0").matcher(lines.get(0));
    Matcher second =
        Pattern.compile("(Bookkeeper \\(" + URN + "\\)) got 1 back").matcher(lines.get(1));
    assertThat(first.matches()).as(lines.get(0)).isTrue();
    assertThat(second.matches()).as(lines.get(1)).isTrue();
    String adder = first.group(1);
    String bookkeeper = second.group(1);
    for (int i = 0; i < 10; i++) {
      assertThat(lines.get(2 * i)).isEqualTo(adder + " is increasing " + i);
      assertThat(lines.get(2 * i + 1)).isEqualTo(bookkeeper + " got " + (i + 1) + " back");
    }
  }

  @Test
  void everyActorIsStoppedAtTheEnd() {
    CooperatingActorsExample.run(new Output().writer());

    assertThat(ActorRegistry.getByClass(CooperatingActorsExample.Adder.class)).isEmpty();
    assertThat(ActorRegistry.getByClass(CooperatingActorsExample.Bookkeeper.class)).isEmpty();
  }
}
