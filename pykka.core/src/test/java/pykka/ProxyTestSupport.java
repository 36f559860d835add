package pykka;

import org.junit.jupiter.api.AfterEach;

/** Runs each proxy test on the runtime it is given, and stops every actor afterwards. */
abstract class ProxyTestSupport {
  static void use(ProxyRuntime runtime) {
    ProxyRuntime.CURRENT.set(runtime);
  }

  @AfterEach
  void stopEveryActor() {
    ActorRegistry.stopAll();
    ProxyRuntime.CURRENT.remove();
  }
}
