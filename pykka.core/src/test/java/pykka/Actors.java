package pykka;

import pykka.testfixtures.ActorRuntime;

/**
 * The factory of pykka.core's test actors, which switches on {@link ActorRuntime} (every behaviour
 * test runs on both runtimes). Two kinds of test actor:
 *
 * <ul>
 *   <li>scripted actors, whose hooks are lambdas from a {@link Script}: {@link #start}, {@link
 *       #create} and {@link #createChild} make one of a {@code ThreadingActor} or {@code
 *       VirtualThreadActor} subclass, so that their runtime is chosen by their class;
 *   <li>actors with public members for proxies, which extend {@link ProxyTestActor}: one class
 *       serves both runtimes, and runs on the one {@link #use} made current on the thread that
 *       constructs it.
 * </ul>
 */
final class Actors {

  private static final ThreadLocal<ActorRuntime> CURRENT = new ThreadLocal<>();

  private Actors() {}

  /** A new, unstarted actor of {@code runtime} that runs {@code script}. */
  static Actor create(ActorRuntime runtime, Script script) {
    return switch (runtime) {
      case THREADING -> new ThreadingScripted(script);
      case VIRTUAL_THREADS -> new VirtualScripted(script);
    };
  }

  /** Like {@link #create}, but of a subclass of {@link #actorClass}. */
  static Actor createChild(ActorRuntime runtime, Script script) {
    return switch (runtime) {
      case THREADING -> new ThreadingScriptedChild(script);
      case VIRTUAL_THREADS -> new VirtualScriptedChild(script);
    };
  }

  /** The class of the actors {@link #create} makes for {@code runtime}. */
  static Class<? extends Actor> actorClass(ActorRuntime runtime) {
    return switch (runtime) {
      case THREADING -> ThreadingScripted.class;
      case VIRTUAL_THREADS -> VirtualScripted.class;
    };
  }

  /** The class of the actors {@link #createChild} makes for {@code runtime}. */
  static Class<? extends Actor> childClass(ActorRuntime runtime) {
    return switch (runtime) {
      case THREADING -> ThreadingScriptedChild.class;
      case VIRTUAL_THREADS -> VirtualScriptedChild.class;
    };
  }

  /** Creates and starts an actor of {@code runtime} running {@code script}. */
  static ActorRef<Actor> start(ActorRuntime runtime, Script script) {
    return create(runtime, script).start();
  }

  /** Creates and starts an actor of {@code runtime} whose {@code onReceive} is {@code receive}. */
  static ActorRef<Actor> start(ActorRuntime runtime, Script.Receive receive) {
    return start(runtime, Script.receiving(receive));
  }

  /**
   * Makes {@code runtime} the one that {@link ProxyTestActor}s constructed on this thread run on,
   * until {@link #clear}.
   */
  static void use(ActorRuntime runtime) {
    CURRENT.set(runtime);
  }

  /** Forgets the runtime that {@link #use} made current on this thread. */
  static void clear() {
    CURRENT.remove();
  }

  /**
   * The runtime that {@link #use} made current on this thread.
   *
   * @throws IllegalStateException if none is: a test must say which runtime its actors run on
   */
  static ActorRuntime current() {
    ActorRuntime runtime = CURRENT.get();
    if (runtime == null) {
      throw new IllegalStateException(
          "No runtime chosen on " + Thread.currentThread() + ": call Actors.use(runtime) first");
    }
    return runtime;
  }

  /** The hooks of the scripted actors of both runtimes; each one's default is Actor's own. */
  private static final class Hooks {
    private Hooks() {}

    static void onStart(Script script, Actor self) throws Exception {
      if (script.onStart != null) {
        script.onStart.run(self);
      }
    }

    /** What {@code self} replies: the script's answer, or that of {@code actors} if it has none. */
    static Object onReceive(Script script, Actor self, Object message, Script.Receive actors)
        throws Exception {
      Object reply =
          script.onReceive == null ? Script.UNHANDLED : script.onReceive.apply(self, message);
      return reply == Script.UNHANDLED ? actors.apply(self, message) : reply;
    }

    static void onStop(Script script, Actor self) throws Exception {
      if (script.onStop != null) {
        script.onStop.run(self);
      }
    }

    static void onFailure(Script script, Actor self, Throwable failure) throws Exception {
      if (script.onFailure != null) {
        script.onFailure.accept(self, failure);
      }
    }

    static void onTerminated(Script script, Actor self, Termination termination) throws Exception {
      if (script.onTerminated != null) {
        script.onTerminated.accept(self, termination);
      }
    }

    static boolean useDaemonThread(Script script) {
      // Daemon by default here, so that a test that fails midway cannot keep the JVM alive.
      return script.useDaemonThread == null || script.useDaemonThread.getAsBoolean();
    }

    /** The script's description, or {@code actors}, Actor's own. */
    static String toString(Script script, String actors) {
      return script.toString == null ? actors : script.toString.get();
    }
  }

  static class ThreadingScripted extends ThreadingActor {
    private final Script script;

    ThreadingScripted(Script script) {
      this.script = script;
    }

    @Override
    protected void onStart() throws Exception {
      Hooks.onStart(script, this);
    }

    @Override
    protected Object onReceive(Object message) throws Exception {
      return Hooks.onReceive(script, this, message, (self, m) -> super.onReceive(m));
    }

    @Override
    protected void onStop() throws Exception {
      Hooks.onStop(script, this);
    }

    @Override
    protected void onFailure(Throwable failure) throws Exception {
      Hooks.onFailure(script, this, failure);
    }

    @Override
    protected void onTerminated(Termination termination) throws Exception {
      Hooks.onTerminated(script, this, termination);
    }

    @Override
    protected boolean useDaemonThread() {
      return Hooks.useDaemonThread(script);
    }

    @Override
    public String toString() {
      return Hooks.toString(script, super.toString());
    }
  }

  static final class ThreadingScriptedChild extends ThreadingScripted {
    ThreadingScriptedChild(Script script) {
      super(script);
    }
  }

  static class VirtualScripted extends VirtualThreadActor {
    private final Script script;

    VirtualScripted(Script script) {
      this.script = script;
    }

    @Override
    protected void onStart() throws Exception {
      Hooks.onStart(script, this);
    }

    @Override
    protected Object onReceive(Object message) throws Exception {
      return Hooks.onReceive(script, this, message, (self, m) -> super.onReceive(m));
    }

    @Override
    protected void onStop() throws Exception {
      Hooks.onStop(script, this);
    }

    @Override
    protected void onFailure(Throwable failure) throws Exception {
      Hooks.onFailure(script, this, failure);
    }

    @Override
    protected void onTerminated(Termination termination) throws Exception {
      Hooks.onTerminated(script, this, termination);
    }

    @Override
    protected boolean useDaemonThread() {
      return Hooks.useDaemonThread(script);
    }

    @Override
    public String toString() {
      return Hooks.toString(script, super.toString());
    }
  }

  static final class VirtualScriptedChild extends VirtualScripted {
    VirtualScriptedChild(Script script) {
      super(script);
    }
  }
}
