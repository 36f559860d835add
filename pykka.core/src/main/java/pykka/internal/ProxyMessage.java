package pykka.internal;

/**
 * A message the proxies send, with its members already resolved on the caller's side, so the actor
 * only walks cached handles. The public {@code pykka.messages} records are handled by {@link
 * NamedMembers} instead.
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

  /**
   * Follows a path of traversable fields from the actor to the object at its end.
   *
   * @param actor the actor
   * @param path the fields to follow
   * @return the object at the end of the path
   */
  static Object walk(Object actor, FieldAccessor[] path) {
    Object target = actor;
    for (FieldAccessor f : path) {
      target = f.get(target);
      if (target == null) {
        throw new NullPointerException("traversable field '" + f.name() + "' is null");
      }
    }
    return target;
  }
}
