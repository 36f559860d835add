package pykka.internal.proxy;

/**
 * A message the proxies send, with its members already resolved on the caller's side, so the actor
 * only walks cached handles. The public {@code pykka.messages} records are handled by {@link
 * HandBuiltMessages} instead.
 */
public sealed interface ProxyMessage permits Invocation, FieldRead, FieldWrite {
  /**
   * Carries the message out on the actor's thread.
   *
   * @param actor the actor
   * @return the reply
   * @throws Throwable whatever the member throws
   */
  Object applyTo(Object actor) throws Throwable;
}
