package pykka;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import pykka.testfixtures.ActorRuntime;

/**
 * Runs each test of actors with public members ({@link ProxyTestActor}) on its runtime, and stops
 * every actor afterwards. A {@code @BothRuntimes} class passes its runtime to the constructor; a
 * class whose tests take the runtime one by one calls {@link #use} first thing in each.
 */
abstract class ProxyTestSupport {

  /** The runtime of every test of this class; {@code null} if each test chooses its own. */
  private final ActorRuntime runtime;

  /** For a class whose tests each choose their runtime, with {@link #use}. */
  ProxyTestSupport() {
    this.runtime = null;
  }

  /** For a class whose every test runs its actors on {@code runtime}. */
  ProxyTestSupport(ActorRuntime runtime) {
    this.runtime = runtime;
  }

  /** Makes the {@link ProxyTestActor}s this test constructs run on {@code runtime}. */
  static void use(ActorRuntime runtime) {
    Actors.use(runtime);
  }

  @BeforeEach
  void useTheClassRuntime() {
    if (runtime != null) {
      use(runtime);
    }
  }

  @AfterEach
  void stopEveryActor() {
    ActorRegistry.stopAll();
    Actors.clear();
  }
}
