/**
 * The messages pykka's proxies send to actors. They may also be built by hand and sent with {@link
 * pykka.ActorRef#ask ask} or {@link pykka.ActorRef#tell tell}: the actor honours them the same way
 * (rule 8 of {@code docs/behaviour.md}). Public API, exported to every module.
 */
package pykka.messages;
