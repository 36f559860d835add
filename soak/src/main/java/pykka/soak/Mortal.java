package pykka.soak;

import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import pykka.Actor;
import pykka.ActorRef;
import pykka.testfixtures.ActorRuntime;

/**
 * The hooks of a short-lived actor: echo, fail, stop itself, ask itself, hang; hooks counted, so
 * that a scenario can check each ran once.
 */
final class Mortal implements SoakActors.Hooks {

  /** A message that makes a mortal actor throw {@code thrown}. */
  record Fail(Throwable thrown) {}

  final AtomicInteger onStops = new AtomicInteger();
  final AtomicInteger onFailures = new AtomicInteger();
  final CountDownLatch ended = new CountDownLatch(1);
  final CountDownLatch hanging = new CountDownLatch(1);
  final CountDownLatch release = new CountDownLatch(1);
  volatile Throwable failure;

  /**
   * Starts an actor with these hooks on a runtime drawn from {@code random}, and counts it.
   *
   * @return the started actor's ref
   */
  ActorRef<Actor> startOnRandomRuntime(Random random, SoakStats stats) {
    ActorRuntime runtime = ActorRuntime.values()[random.nextInt(ActorRuntime.values().length)];
    ActorRef<Actor> ref = SoakActors.create(runtime, this).start();
    stats.count("actors started: " + runtime);
    return ref;
  }

  @Override
  public Object onReceive(Actor self, Object message) throws Exception {
    if (message instanceof Fail f) {
      throw SoakActors.sneaky(f.thrown());
    }
    switch (String.valueOf(message)) {
      case "stop yourself" -> self.stop();
      case "ask yourself" -> {
        return self.actorRef().ask("inner");
      }
      case "hang" -> {
        hanging.countDown();
        release.await();
      }
      default -> {}
    }
    return message;
  }

  @Override
  public void onStop(Actor self) {
    onStops.incrementAndGet();
    ended.countDown();
  }

  @Override
  public void onFailure(Actor self, Throwable t) {
    failure = t;
    onFailures.incrementAndGet();
    ended.countDown();
  }
}
