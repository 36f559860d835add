/**
 * The pykka actor runtime: actors as plain objects, {@link pykka.ActorRef#tell tell} and
 * {@link pykka.ActorRef#ask ask}, {@link pykka.Future futures}, the {@link pykka.ActorRegistry
 * registry} and proxies.
 *
 * <p>A module that defines actors reached through proxies must open its packages to this module
 * ({@code opens my.actors to pykka.core;}), so that the proxy layer can call the actors' public
 * members.
 */
@SuppressWarnings("module") // pykka.debug, the target of a qualified export, is built after this module
module pykka.core {
  requires org.slf4j;

  exports pykka;
  exports pykka.messages;
  // The runtime internals, for the thread dumps of pykka.debug only.
  exports pykka.internal.runtime to
      pykka.debug;
}
