package pykka.soak;

import pykka.Actor;
import pykka.ActorProxy;
import pykka.ActorRef;
import pykka.Future;
import pykka.testfixtures.ActorRuntime;

/**
 * A long-lived actor that every worker sends numbered messages to, by every route: its ref, a proxy
 * of its counter reached by traversal, and nested typed proxies that ask and tell.
 */
final class Hub {

  /** A numbered message to a hub. */
  record Numbered(int sender, int seq) {}

  /** A hub's counter, typed, asking. */
  interface CounterAsking {
    Future<Integer> take(int sender, int seq);
  }

  /** A hub's counter, typed, telling. */
  interface CounterTelling {
    void take(int sender, int seq);
  }

  /** A hub, typed: its counter as a nested typed proxy. */
  interface Asking {
    CounterAsking counter();
  }

  /** A hub, typed, for telling. */
  interface Telling {
    CounterTelling counter();
  }

  final ActorRuntime runtime;
  final ActorRef<Actor> ref;
  final ActorProxy counter;
  final CounterAsking asking;
  final CounterTelling telling;

  Hub(ActorRuntime runtime) {
    this.runtime = runtime;
    this.ref =
        SoakActors.create(
                runtime,
                new SoakActors.Hooks() {
                  @Override
                  public Object onReceive(Actor self, Object message) {
                    if (message instanceof Numbered n) {
                      return SoakActors.counterOf(self).take(n.sender(), n.seq());
                    }
                    if ("report".equals(message)) {
                      return SoakActors.counterOf(self).report();
                    }
                    return message;
                  }
                })
            .start();
    this.counter = ref.proxy().traverse("counter");
    this.asking = ref.proxy(Asking.class).counter();
    this.telling = ref.proxy(Telling.class).counter();
  }
}
