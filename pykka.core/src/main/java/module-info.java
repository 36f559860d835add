/**
 * The pykka actor runtime: actors as plain objects, {@link pykka.ActorRef#tell tell} and {@link
 * pykka.ActorRef#ask ask}, {@link pykka.Future futures}, the {@link pykka.ActorRegistry registry},
 * proxies, and a read-only view of the {@link pykka.RunningActors running actors} for tools. The
 * internals ({@code pykka.internal.runtime}, {@code pykka.internal.proxy}) are exported to no
 * module.
 *
 * <p>A module that defines actors reached through proxies must open its packages to this module
 * ({@code opens my.actors to pykka.core;}), so that the proxy layer can call the actors' public
 * members.
 */
module pykka.core {
  requires jdk.jfr; // flight recorder events, emitted only while a recording wants them
  requires org.slf4j;

  exports pykka;
  exports pykka.messages;
}
