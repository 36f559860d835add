package pykka;

import org.junit.jupiter.api.AfterEach;
import pykka.testfixtures.ActorRuntime;

/**
 * Runs each test of actors with public members ({@link ProxyTestActor}) on the runtime it is given,
 * and stops every actor afterwards.
 */
abstract class ProxyTestSupport {
  /** Makes the {@link ProxyTestActor}s this test constructs run on {@code runtime}. */
  static void use(ActorRuntime runtime) {
    Actors.use(runtime);
  }

  @AfterEach
  void stopEveryActor() {
    ActorRegistry.stopAll();
    Actors.clear();
  }
}
