package pykka;

import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The hooks of a test actor as lambdas, so that one test can build the same actor on either runtime
 * (see {@link Actors}). Each hook gets the actor itself. A hook left unset behaves as {@link
 * Actor}'s own: {@code onReceive} then logs the WARN and replies {@code null}.
 */
final class Script {

  /** {@code onStart} or {@code onStop}. */
  @FunctionalInterface
  interface Hook {
    void run(Actor self) throws Exception;
  }

  /** {@code onReceive}. */
  @FunctionalInterface
  interface Receive {
    Object apply(Actor self, Object message) throws Exception;
  }

  /** {@code onFailure}. */
  @FunctionalInterface
  interface Failure {
    void accept(Actor self, Throwable failure) throws Exception;
  }

  /** {@code onTerminated}. */
  @FunctionalInterface
  interface Terminated {
    void accept(Actor self, Termination termination) throws Exception;
  }

  /** What an {@code onReceive} lambda returns to leave the message to {@link Actor}'s own. */
  static final Object UNHANDLED =
      new Object() {
        @Override
        public String toString() {
          return "Script.UNHANDLED";
        }
      };

  Hook onStart;
  Receive onReceive;
  Hook onStop;
  Failure onFailure;
  Terminated onTerminated;
  BooleanSupplier useDaemonThread;
  Supplier<String> toString;

  private Script() {}

  /** A script whose every hook is Actor's default. */
  static Script script() {
    return new Script();
  }

  /** A script whose {@code onReceive} is {@code receive}. */
  static Script receiving(Receive receive) {
    return script().onReceive(receive);
  }

  Script onStart(Hook hook) {
    this.onStart = hook;
    return this;
  }

  Script onReceive(Receive receive) {
    this.onReceive = receive;
    return this;
  }

  Script onStop(Hook hook) {
    this.onStop = hook;
    return this;
  }

  Script onFailure(Failure failure) {
    this.onFailure = failure;
    return this;
  }

  Script onTerminated(Terminated terminated) {
    this.onTerminated = terminated;
    return this;
  }

  Script useDaemonThread(BooleanSupplier supplier) {
    this.useDaemonThread = supplier;
    return this;
  }

  /** Overrides the actor's {@code toString()}. */
  Script describedAs(Supplier<String> description) {
    this.toString = description;
    return this;
  }

  /**
   * Throws any {@link Throwable}, checked or not, from code whose signature does not declare it:
   * actor code in Java can throw a raw {@code Throwable} subclass, and rule 19 covers it.
   */
  @SuppressWarnings("unchecked")
  static <T extends Throwable> RuntimeException sneakyThrow(Throwable t) throws T {
    throw (T) t;
  }
}
