package pykka.jpmstest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import pykka.ActorRef;
import pykka.ActorRegistry;
import pykka.Future;
import pykka.jpmstest.closed.ClosedCounter;
import pykka.jpmstest.exported.ExportedCounter;
import pykka.jpmstest.opened.OpenedCounter;
import pykka.jpmstest.opened.Starter;

/** What a user's named module must declare for pykka's proxies to reach its actors. */
final class ModuleAccessTest {

  interface CounterApi {
    Future<Integer> increment();
  }

  @AfterEach
  void stopAll() {
    ActorRegistry.stopAll();
  }

  @Test
  void theTestRunsInARealNamedModule() {
    assertThat(OpenedCounter.class.getModule().getName()).isEqualTo("pykka.jpmstest");
    assertThat(ActorRef.class.getModule().getName()).isEqualTo("pykka.core");
  }

  @Test
  void anActorInAPackageOpenedToPykkaCoreIsReachedByProxies() {
    ActorRef<OpenedCounter> ref = new OpenedCounter().start();

    assertThat(ref.proxy().call("increment").get()).isEqualTo(1);
    assertThat(ref.proxy(CounterApi.class).increment().get()).isEqualTo(2);
  }

  @Test
  void aPackagePrivateActorClassInAnOpenedPackageIsReachedByProxies() {
    ActorRef<?> ref = Starter.startHidden();

    assertThat(ref.proxy().call("increment").get()).isEqualTo(1);
  }

  @Test
  void aPublicActorClassInAnExportedPackageNeedsNoOpens() {
    ActorRef<ExportedCounter> ref = new ExportedCounter().start();

    assertThat(ref.proxy().call("increment").get()).isEqualTo(1);
    assertThat(ref.proxy().field("count").get()).isEqualTo(1);
  }

  @Test
  void anActorInAPackageNeitherOpenedNorExportedFailsWithTheOpensToAdd() {
    ActorRef<ClosedCounter> ref = new ClosedCounter().start();

    assertThatThrownBy(ref::proxy)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("opens pykka.jpmstest.closed to pykka.core;")
        .hasMessageContaining("pykka.jpmstest");
    assertThat(ref.ask(null)).isNull();
  }
}
