package pykka.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import pykka.ActorRegistry;
import pykka.examples.TypedProxyExample.CircleActor;
import pykka.testfixtures.Output;

final class TypedProxyExampleTest {

  @Test
  void theProxysTypesAreShownAndItsCallsReturnTheActorsValues() {
    Output output = new Output();

    TypedProxyExample.run(output.writer());

    assertThat(output.lines())
        .containsExactly(
            "proxy.stop() returns pykka.Future<java.lang.Void>",
            "proxy.pi() returns pykka.Future<java.lang.Double>",
            "proxy.area(double) returns pykka.Future<java.lang.Double>",
            "proxy.pi().get() is 3.14",
            "proxy.area(2.0).get() is 12.56");
    assertThat(ActorRegistry.getByClass(CircleActor.class)).isEmpty();
  }
}
