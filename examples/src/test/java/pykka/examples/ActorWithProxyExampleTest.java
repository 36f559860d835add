package pykka.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import pykka.testfixtures.Output;

final class ActorWithProxyExampleTest {

  private static final String PROC_LINE = "this was printed by AnActor.proc()";

  @Test
  void theCallersLinesComeInTheDocumentedOrderAndTheFieldKeepsItsNewValue() {
    Output output = new Output();
    String me = Thread.currentThread().getName() + ": ";

    ActorWithProxyExample.run(output.writer(), Duration.ZERO);

    List<String> expected = new ArrayList<>();
    for (int round = 0; round < 3; round++) {
      expected.addAll(
          List.of(
              me + "calling AnActor.proc() ...",
              me + "calling AnActor.func() ...",
              me + "printing result ... (blocking)",
              me + "this was returned by AnActor.func() after a delay",
              me + "reading AnActor.field ...",
              me + "printing result ... (blocking)",
              me + (round == 0 ? "this is the value of AnActor.field" : "new value"),
              me + "writing AnActor.field ...",
              me + "printing new field value ... (blocking)",
              me + "new value"));
    }
    assertThat(output.lines().stream().filter(line -> line.startsWith(me)))
        .containsExactlyElementsOf(expected);
  }

  @Test
  void procPrintsOnTheActorsOwnThreadBetweenItsCallAndTheNextResult() {
    Output output = new Output();

    ActorWithProxyExample.run(output.writer(), Duration.ZERO);

    List<String> lines = output.lines();
    List<String> actorLines = lines.stream().filter(line -> line.endsWith(PROC_LINE)).toList();
    assertThat(actorLines).hasSize(3).allMatch(line -> line.matches("AnActor-\\d+: .*"));
    assertThat(actorLines).containsOnly(actorLines.get(0)); // one actor, one thread
    List<Integer> calls = indexesOf(lines, "calling AnActor.proc() ...");
    List<Integer> procs = indexesOf(lines, PROC_LINE);
    List<Integer> results = indexesOf(lines, "this was returned by AnActor.func() after a delay");
    // Messages are handled in order: proc() is done before func() returns.
    IntStream.range(0, 3)
        .forEach(
            round -> {
              assertThat(procs.get(round)).isGreaterThan(calls.get(round));
              assertThat(procs.get(round)).isLessThan(results.get(round));
            });
  }

  private static List<Integer> indexesOf(List<String> lines, String suffix) {
    return IntStream.range(0, lines.size())
        .filter(i -> lines.get(i).endsWith(suffix))
        .boxed()
        .toList();
  }
}
