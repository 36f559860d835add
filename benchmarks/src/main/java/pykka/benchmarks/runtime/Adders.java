package pykka.benchmarks.runtime;

import pykka.ActorProxy;
import pykka.ActorRef;
import pykka.ThreadingActor;
import pykka.VirtualThreadActor;

/** pykka's side of {@link ProxyCalls}: an actor with a public {@code add} on either runtime. */
public final class Adders {

  private Adders() {}

  /** The typed proxy's interface. */
  public interface Adder {
    /**
     * Adds on the actor's thread and waits for the sum.
     *
     * @param a a number
     * @param b another
     * @return the sum
     */
    int add(int a, int b);
  }

  /**
   * The message a plain ask sends.
   *
   * @param a a number
   * @param b another
   */
  public record Add(int a, int b) {}

  /** An actor with a public method, reached through proxies, and the same work for a plain ask. */
  public static final class PlatformAdder extends ThreadingActor {
    /**
     * The proxied method.
     *
     * @param a a number
     * @param b another
     * @return the sum
     */
    public int add(int a, int b) {
      return a + b;
    }

    @Override
    protected Object onReceive(Object message) {
      Add m = (Add) message;
      return add(m.a(), m.b());
    }

    @Override
    protected boolean useDaemonThread() {
      return true;
    }
  }

  /** The same on virtual threads. */
  public static final class VirtualAdder extends VirtualThreadActor {
    /**
     * The proxied method.
     *
     * @param a a number
     * @param b another
     * @return the sum
     */
    public int add(int a, int b) {
      return a + b;
    }

    @Override
    protected Object onReceive(Object message) {
      Add m = (Add) message;
      return add(m.a(), m.b());
    }
  }

  /**
   * Starts an adder and makes both proxies to it.
   *
   * @param virtual whether on virtual threads
   * @return the three ways to reach it
   */
  public static ProxyCalls start(boolean virtual) {
    ActorRef<?> ref = virtual ? new VirtualAdder().start() : new PlatformAdder().start();
    ActorProxy untyped = ref.proxy();
    Adder typed = ref.proxy(Adder.class);
    return new ProxyCalls() {
      @Override
      public Object ask() {
        return ref.ask(new Add(1, 2)); // a new message, as a proxy call makes one
      }

      @Override
      public Object untypedCall() {
        return untyped.call("add", 1, 2).get();
      }

      @Override
      public int typedCall() {
        return typed.add(1, 2);
      }

      @Override
      public void close() {
        ref.stop();
      }
    };
  }
}
