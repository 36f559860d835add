package pykka.benchmarks.savina;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import pykka.benchmarks.runtime.ActorRuntime;
import pykka.benchmarks.runtime.Behavior;
import pykka.benchmarks.runtime.Ref;

/** A ring of actors passes one token {@code size} hops. */
final class ThreadRing implements Workload {

  private final int actors;

  ThreadRing(int actors) {
    this.actors = actors;
  }

  /** The one token, handed over by each tell. */
  private static final class Token {
    final CompletableFuture<Void> done = new CompletableFuture<>();
    long remaining;
  }

  /** A member of the ring; {@code next} is set by the main thread before the token is sent. */
  private static final class Member implements Behavior {
    Ref next;

    @Override
    public Object receive(Object message, Ref self) {
      Token t = (Token) message;
      if (--t.remaining == 0) {
        t.done.complete(null);
      } else {
        next.tell(t);
      }
      return null;
    }
  }

  @Override
  public String name() {
    return "thread-ring";
  }

  @Override
  public List<Metric> metrics() {
    return List.of(new Metric("thread-ring (" + actors + " actors)", "hops/s", true));
  }

  @Override
  public double[] run(ActorRuntime runtime, long size) throws Exception {
    List<Member> members = new ArrayList<>(actors);
    List<Ref> refs = new ArrayList<>(actors);
    for (int i = 0; i < actors; i++) {
      Member m = new Member();
      members.add(m);
      refs.add(runtime.spawn(m));
    }
    for (int i = 0; i < actors; i++) {
      members.get(i).next = refs.get((i + 1) % actors);
    }
    Token token = new Token();
    token.remaining = size;
    long t0 = System.nanoTime();
    refs.get(0).tell(token);
    Signal.await(token.done);
    long nanos = System.nanoTime() - t0;
    for (Ref r : refs) {
      r.stop();
    }
    for (Ref r : refs) {
      r.stopAndWait();
    }
    return new double[] {Signal.perSecond(size, nanos)};
  }
}
