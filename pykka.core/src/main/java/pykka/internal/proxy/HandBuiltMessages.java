package pykka.internal.proxy;

import java.util.List;
import java.util.Set;
import pykka.NoSuchMemberException;
import pykka.messages.ProxyCall;
import pykka.messages.ProxyGetAttr;
import pykka.messages.ProxySetAttr;

/**
 * Handles the public {@code pykka.messages} records, built by hand and sent with {@code ask} or
 * {@code tell}, on the actor's thread: their members are found by name, with the same rules ({@link
 * MemberRules}, {@link Overloads}) and the same error messages as the proxies' (rule 8).
 */
public final class HandBuiltMessages {
  private HandBuiltMessages() {}

  /**
   * Whether a message is one of the public proxy records.
   *
   * @param message the message
   * @return whether {@link #handle} takes it
   */
  public static boolean isHandBuilt(Object message) {
    return message instanceof ProxyCall
        || message instanceof ProxyGetAttr
        || message instanceof ProxySetAttr;
  }

  /**
   * Handles a {@link ProxyCall}, {@link ProxyGetAttr} or {@link ProxySetAttr} on the actor's
   * thread.
   *
   * @param actor the actor
   * @param message the message
   * @return the reply
   * @throws Throwable what the member throws, {@link NoSuchMemberException}, or {@link
   *     IllegalArgumentException} for a write the field cannot take
   */
  public static Object handle(Object actor, Object message) throws Throwable {
    Object owner = ProxyErrors.owner(actor);
    return switch (message) {
      case ProxyCall call -> {
        List<String> names = call.attrPath();
        MemberPath path = traversal(owner, actor, names);
        Object target = path.walk(actor);
        String name = names.get(names.size() - 1);
        List<MethodInvoker> overloads =
            MemberRules.methods(owner, path, MemberTable.of(target.getClass()), name, Set.of());
        Object[] args = call.args().toArray();
        MethodInvoker method = Overloads.resolve(owner, path.dotted(name), overloads, args);
        yield method.invoke(target, method.arguments(args));
      }
      case ProxyGetAttr get -> {
        MemberPath path = traversal(owner, actor, get.attrPath());
        Object target = path.walk(actor);
        yield field(owner, path, target, get.attrPath()).get(target);
      }
      case ProxySetAttr set -> {
        MemberPath path = traversal(owner, actor, set.attrPath());
        Object target = path.walk(actor);
        FieldAccessor field = field(owner, path, target, set.attrPath());
        MemberRules.checkWrite(owner, path, field, set.value());
        field.set(target, set.value());
        yield null;
      }
      default -> throw new IllegalArgumentException("not a hand-built proxy message: " + message);
    };
  }

  /** The traversable fields leading to the member at the end of {@code names}. */
  private static MemberPath traversal(Object owner, Object actor, List<String> names) {
    return MemberRules.traversal(owner, actor, names.subList(0, names.size() - 1));
  }

  private static FieldAccessor field(
      Object owner, MemberPath path, Object target, List<String> names) {
    String name = names.get(names.size() - 1);
    return MemberRules.field(owner, path, MemberTable.of(target.getClass()), name, Set.of());
  }
}
