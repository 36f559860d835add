package pykka;

/**
 * The two actor runtimes. Every behaviour test is a {@code @ParameterizedClass} over this enum, so
 * that both pass the same tests. Each runtime has a scripted actor class (hooks from a {@link
 * Script}) and a subclass of it, for the registry's class lookups.
 */
enum ActorRuntime {
  THREADING {
    @Override
    Actor create(Script script) {
      return new ThreadingScripted(script);
    }

    @Override
    Actor createChild(Script script) {
      return new ThreadingScriptedChild(script);
    }

    @Override
    Class<? extends Actor> actorClass() {
      return ThreadingScripted.class;
    }

    @Override
    Class<? extends Actor> childClass() {
      return ThreadingScriptedChild.class;
    }
  },

  VIRTUAL_THREADS {
    @Override
    Actor create(Script script) {
      return new VirtualScripted(script);
    }

    @Override
    Actor createChild(Script script) {
      return new VirtualScriptedChild(script);
    }

    @Override
    Class<? extends Actor> actorClass() {
      return VirtualScripted.class;
    }

    @Override
    Class<? extends Actor> childClass() {
      return VirtualScriptedChild.class;
    }
  };

  /** A new, unstarted actor of this runtime that runs {@code script}. */
  abstract Actor create(Script script);

  /** Like {@link #create}, but of a subclass of {@link #actorClass()}. */
  abstract Actor createChild(Script script);

  /** The class of the actors {@link #create} makes. */
  abstract Class<? extends Actor> actorClass();

  /** The class of the actors {@link #createChild} makes. */
  abstract Class<? extends Actor> childClass();

  /** Creates and starts an actor running {@code script}. */
  ActorRef<Actor> start(Script script) {
    return create(script).start();
  }

  /** Creates and starts an actor whose {@code onReceive} is {@code receive}. */
  ActorRef<Actor> start(Script.Receive receive) {
    return start(Script.receiving(receive));
  }

  static class ThreadingScripted extends ThreadingActor {
    private final Script script;

    ThreadingScripted(Script script) {
      this.script = script;
    }

    @Override
    protected void onStart() throws Exception {
      if (script.onStart != null) {
        script.onStart.run(this);
      }
    }

    @Override
    protected Object onReceive(Object message) throws Exception {
      Object reply =
          script.onReceive == null ? Script.UNHANDLED : script.onReceive.apply(this, message);
      return reply == Script.UNHANDLED ? super.onReceive(message) : reply;
    }

    @Override
    protected void onStop() throws Exception {
      if (script.onStop != null) {
        script.onStop.run(this);
      }
    }

    @Override
    protected void onFailure(Throwable failure) throws Exception {
      if (script.onFailure != null) {
        script.onFailure.accept(this, failure);
      }
    }

    @Override
    protected boolean useDaemonThread() {
      // Daemon by default here, so that a test that fails midway cannot keep the JVM alive.
      return script.useDaemonThread == null || script.useDaemonThread.getAsBoolean();
    }

    @Override
    public String toString() {
      return script.toString == null ? super.toString() : script.toString.get();
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
      if (script.onStart != null) {
        script.onStart.run(this);
      }
    }

    @Override
    protected Object onReceive(Object message) throws Exception {
      Object reply =
          script.onReceive == null ? Script.UNHANDLED : script.onReceive.apply(this, message);
      return reply == Script.UNHANDLED ? super.onReceive(message) : reply;
    }

    @Override
    protected void onStop() throws Exception {
      if (script.onStop != null) {
        script.onStop.run(this);
      }
    }

    @Override
    protected void onFailure(Throwable failure) throws Exception {
      if (script.onFailure != null) {
        script.onFailure.accept(this, failure);
      }
    }

    @Override
    protected boolean useDaemonThread() {
      return script.useDaemonThread == null || script.useDaemonThread.getAsBoolean();
    }

    @Override
    public String toString() {
      return script.toString == null ? super.toString() : script.toString.get();
    }
  }

  static final class VirtualScriptedChild extends VirtualScripted {
    VirtualScriptedChild(Script script) {
      super(script);
    }
  }
}
