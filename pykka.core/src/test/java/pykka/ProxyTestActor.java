package pykka;

/**
 * A test actor whose runtime is chosen by {@link ProxyRuntime#CURRENT}, so one actor class serves
 * both runtimes' tests. {@code ThreadingActor} and {@code VirtualThreadActor} add nothing to
 * {@code Actor} but this choice.
 */
abstract class ProxyTestActor extends Actor {
  ProxyTestActor() {
    super(ProxyRuntime.CURRENT.get() == ProxyRuntime.VIRTUAL_THREADS);
  }
}
