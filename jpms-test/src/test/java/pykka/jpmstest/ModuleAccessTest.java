package pykka.jpmstest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import pykka.ActorRef;
import pykka.ActorRegistry;
import pykka.Future;

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
    assertThat(pykka.jpmstest.opened.Counter.class.getModule().getName())
        .isEqualTo("pykka.jpmstest");
    assertThat(ActorRef.class.getModule().getName()).isEqualTo("pykka.core");
  }

  @Test
  void anActorInAPackageOpenedToPykkaCoreIsReachedByProxies() {
    ActorRef<pykka.jpmstest.opened.Counter> ref = new pykka.jpmstest.opened.Counter().start();

    assertThat(ref.proxy().call("increment").get()).isEqualTo(1);
    assertThat(ref.proxy(CounterApi.class).increment().get()).isEqualTo(2);
  }

  @Test
  void aPackagePrivateActorClassInAnOpenedPackageIsReachedByProxies() {
    ActorRef<?> ref = pykka.jpmstest.opened.Starter.startHidden();

    assertThat(ref.proxy().call("increment").get()).isEqualTo(1);
  }

  @Test
  void aPublicActorClassInAnExportedPackageNeedsNoOpens() {
    ActorRef<pykka.jpmstest.exported.Counter> ref = new pykka.jpmstest.exported.Counter().start();

    assertThat(ref.proxy().call("increment").get()).isEqualTo(1);
    assertThat(ref.proxy().field("count").get()).isEqualTo(1);
  }

  @Test
  void anActorInAPackageNeitherOpenedNorExportedFailsWithTheOpensToAdd() {
    ActorRef<pykka.jpmstest.closed.Counter> ref = new pykka.jpmstest.closed.Counter().start();

    assertThatThrownBy(ref::proxy)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("opens pykka.jpmstest.closed to pykka.core;")
        .hasMessageContaining("pykka.jpmstest");
    assertThat(ref.ask(null)).isNull();
  }
}
