package pykka;

import pykka.internal.FieldAccessor;

/** Reads, from the caller's thread, the object at the end of a proxy's path. */
final class ProxyTargets {
  private ProxyTargets() {}

  /**
   * The object a proxy path leads to, read now from the calling thread (as Pykka's proxies
   * introspect the actor), to learn the class of the next traversal step.
   *
   * @param ref the actor's ref
   * @param path the traversable fields
   * @return the object at the end
   */
  static Object walk(ActorRef<?> ref, FieldAccessor[] path) {
    Object target = ref.actor();
    for (FieldAccessor f : path) {
      target = f.get(target);
    }
    return target;
  }
}
