package pykka.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;
import pykka.ActorRegistry;
import pykka.Future;
import pykka.examples.GeneratedProxyExample.ShapeActor;
import pykka.testfixtures.Output;
import pykka.typing.ActorMemberMixin;

final class GeneratedProxyExampleTest {

  @Test
  void theGeneratedProxyAnswersLikeAHandWrittenOne() {
    Output output = new Output();

    GeneratedProxyExample.run(output.writer());

    assertThat(output.lines())
        .containsExactly(
            "proxy.pi().get() is 3.14",
            "proxy.area(2.0).get() is 12.56",
            "proxy.ruler().measure(3).get() is 3 cm");
    assertThat(ActorRegistry.getByClass(ShapeActor.class)).isEmpty();
  }

  @Test
  void theProcessorGeneratedTheProxyInterfacesAtCompileTime() throws Exception {
    assertThat(ActorMemberMixin.class).isAssignableFrom(ShapeActorProxy.class);
    Method area = ShapeActorProxy.class.getMethod("area", double.class);
    assertThat(area.getReturnType()).isEqualTo(Future.class);
    assertThat(ShapeActorProxy.class.getMethod("ruler").getReturnType())
        .isEqualTo(RulerProxy.class);
  }
}
