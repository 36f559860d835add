/**
 * Every example of Pykka's documentation, in Java: each class is one example, runnable on its own
 * through its {@code main}, with its logic callable with a {@link java.io.PrintWriter} so that
 * tests and the {@code pykka-demo} command can capture what it prints.
 *
 * <p>The package is opened to {@code pykka.core}, as any module whose actors are reached through
 * proxies must be.
 */
module pykka.examples {
  requires transitive pykka.core;
  requires pykka.debug; // the SIGUSR1 handler of the deadlock debugging example
  requires transitive pykka.typing; // generated proxy interfaces extend ActorMemberMixin
  requires org.slf4j;

  exports pykka.examples;

  opens pykka.examples to
      pykka.core;
}
