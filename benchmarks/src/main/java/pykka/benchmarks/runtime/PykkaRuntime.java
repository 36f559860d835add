package pykka.benchmarks.runtime;

import java.util.concurrent.CountDownLatch;
import pykka.ActorRef;
import pykka.ThreadingActor;
import pykka.VirtualThreadActor;

/** pykka's {@code ThreadingActor} or {@code VirtualThreadActor}. Thread-safe. */
final class PykkaRuntime implements ActorRuntime {

  private final boolean virtual;

  PykkaRuntime(boolean virtual) {
    this.virtual = virtual;
  }

  @Override
  public Ref spawn(Behavior behavior) {
    if (virtual) {
      VirtualActor a = new VirtualActor(behavior);
      a.start();
      return a.self;
    }
    PlatformActor a = new PlatformActor(behavior);
    a.start();
    return a.self;
  }

  @Override
  public Object spawnIdle(CountDownLatch started, CountDownLatch stopped) {
    return virtual
        ? new IdleVirtual(started, stopped).start()
        : new IdlePlatform(started, stopped).start();
  }

  @Override
  public void stopIdle(Object handle) {
    ((ActorRef<?>) handle).stopAsync();
  }

  @Override
  public ProxyCalls proxyCalls() {
    return Adders.start(virtual);
  }

  @Override
  public void close() {}

  /** A ref to a pykka actor. */
  private static final class PykkaRef implements Ref {
    private final ActorRef<?> ref;

    PykkaRef(ActorRef<?> ref) {
      this.ref = ref;
    }

    @Override
    public void tell(Object message) {
      ref.tell(message);
    }

    @Override
    public Object ask(Object message) {
      return ref.ask(message);
    }

    @Override
    public void stop() {
      ref.stopAsync();
    }

    @Override
    public void stopAndWait() {
      ref.stop();
    }

    @Override
    public Object unwrap() {
      return ref;
    }
  }

  /** Runs a behaviour on a virtual-thread actor. */
  private static final class VirtualActor extends VirtualThreadActor {
    private final Behavior behavior;
    final Ref self = new PykkaRef(actorRef());

    VirtualActor(Behavior behavior) {
      this.behavior = behavior;
    }

    @Override
    protected void onStart() {
      behavior.started(self);
    }

    @Override
    protected Object onReceive(Object message) throws Exception {
      return behavior.receive(message, self);
    }

    @Override
    protected void onStop() {
      behavior.stopped();
    }
  }

  /** Runs a behaviour on a platform-thread actor. */
  private static final class PlatformActor extends ThreadingActor {
    private final Behavior behavior;
    final Ref self = new PykkaRef(actorRef());

    PlatformActor(Behavior behavior) {
      this.behavior = behavior;
    }

    @Override
    protected void onStart() {
      behavior.started(self);
    }

    @Override
    protected Object onReceive(Object message) throws Exception {
      return behavior.receive(message, self);
    }

    @Override
    protected void onStop() {
      behavior.stopped();
    }

    @Override
    protected boolean useDaemonThread() {
      return true;
    }
  }

  /** The smallest virtual-thread actor: it only reports its start and stop. */
  private static final class IdleVirtual extends VirtualThreadActor {
    private final CountDownLatch started;
    private final CountDownLatch stopped;

    IdleVirtual(CountDownLatch started, CountDownLatch stopped) {
      this.started = started;
      this.stopped = stopped;
    }

    @Override
    protected void onStart() {
      started.countDown();
    }

    @Override
    protected void onStop() {
      stopped.countDown();
    }
  }

  /** The smallest platform-thread actor: it only reports its start and stop. */
  private static final class IdlePlatform extends ThreadingActor {
    private final CountDownLatch started;
    private final CountDownLatch stopped;

    IdlePlatform(CountDownLatch started, CountDownLatch stopped) {
      this.started = started;
      this.stopped = stopped;
    }

    @Override
    protected void onStart() {
      started.countDown();
    }

    @Override
    protected void onStop() {
      stopped.countDown();
    }

    @Override
    protected boolean useDaemonThread() {
      return true;
    }
  }
}
