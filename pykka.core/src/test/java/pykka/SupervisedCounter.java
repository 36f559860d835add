package pykka;

import java.util.function.Supplier;
import pykka.testfixtures.ActorRuntime;

/** A supervised child with public members, for typed proxies through a handle. */
public class SupervisedCounter extends ProxyTestActor {

  /** What a typed proxy through a handle sees of the counter. */
  public interface Api {
    int next();

    void crash();

    ActorRef<?> actorRef();
  }

  private int count;

  /** Counts up from 1 in each incarnation. */
  public int next() {
    return ++count;
  }

  /** Fails, as a tell, to make the supervisor restart the counter. */
  public void crash() {
    throw new IllegalStateException("crash");
  }

  /** Makes counters of {@code runtime}, on whatever thread the supervisor calls it. */
  static Supplier<Actor> factory(ActorRuntime runtime) {
    return () -> {
      Actors.use(runtime);
      try {
        return new SupervisedCounter();
      } finally {
        Actors.clear();
      }
    };
  }
}
