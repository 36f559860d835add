package pykka;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import pykka.testfixtures.ActorRuntime;

/**
 * A watcher for the death-watch tests: an actor that runs {@link Step}s sent to it on its own
 * thread (so that a test can call the protected {@code watch} and {@code unwatch} there) and
 * records every {@code onTerminated}, with the thread it ran on.
 */
final class Watching {

  /** Code a test runs on the watcher's thread. */
  @FunctionalInterface
  interface Step {
    Object run(Actor self) throws Exception;
  }

  /** One {@code onTerminated}: what it received and whether it ran on the watcher's thread. */
  record Notice(Termination termination, boolean onOwnThread) {}

  final ActorRef<Actor> ref;
  final BlockingQueue<Notice> notices = new LinkedBlockingQueue<>();

  private Watching(ActorRuntime runtime, Script script) {
    script
        .onReceive((self, message) -> ((Step) message).run(self))
        .onTerminated(
            (self, termination) ->
                notices.add(
                    new Notice(termination, self.cell().thread() == Thread.currentThread())));
    this.ref = Actors.start(runtime, script);
  }

  /** Starts a watcher on {@code runtime}. */
  static Watching start(ActorRuntime runtime) {
    return new Watching(runtime, Script.script());
  }

  /** Starts a watcher on {@code runtime} whose other hooks are {@code script}'s. */
  static Watching start(ActorRuntime runtime, Script script) {
    return new Watching(runtime, script);
  }

  /** Runs {@code step} on the watcher's thread and returns what it returned. */
  Object run(Step step) {
    return ref.ask(step);
  }

  /** Watches {@code other} from the watcher's thread. */
  void watch(ActorRef<?> other) {
    run(
        self -> {
          self.watch(other);
          return null;
        });
  }

  /** Unwatches {@code other} from the watcher's thread. */
  void unwatch(ActorRef<?> other) {
    run(
        self -> {
          self.unwatch(other);
          return null;
        });
  }

  /**
   * The notices handled so far, once every message sent before this call has been handled: a notice
   * queued before it has then run.
   */
  List<Notice> handled() {
    run(self -> null);
    return List.copyOf(notices);
  }
}
