package pykka.internal.proxy;

import java.util.List;
import pykka.messages.ProxyCall;
import pykka.messages.ProxyGetAttr;
import pykka.messages.ProxySetAttr;

/**
 * How tools name a message (flight recorder events, thread dumps): a proxy message, whether a proxy
 * made it or it was built by hand, by its kind and the dotted path of its member ({@code
 * ProxyCall:counter.add}, {@code ProxyGetAttr:total}, {@code ProxySetAttr:total}), any other
 * message by its class's fully qualified name, and {@code null} as {@code "null"}.
 *
 * <p>Thread-safe: it reads only the messages' final fields and classes.
 */
public final class MessageNames {

  private MessageNames() {}

  /**
   * The name of a message.
   *
   * @param message the message, possibly {@code null}
   * @return its name
   */
  public static String of(Object message) {
    return switch (message) {
      case null -> "null";
      case Invocation call -> "ProxyCall:" + call.path().dotted(call.method().name());
      case FieldRead read -> "ProxyGetAttr:" + read.path().dotted(read.field().name());
      case FieldWrite write -> "ProxySetAttr:" + write.path().dotted(write.field().name());
      case ProxyCall call -> "ProxyCall:" + dotted(call.attrPath());
      case ProxyGetAttr get -> "ProxyGetAttr:" + dotted(get.attrPath());
      case ProxySetAttr set -> "ProxySetAttr:" + dotted(set.attrPath());
      default -> message.getClass().getName();
    };
  }

  private static String dotted(List<String> path) {
    return String.join(".", path);
  }
}
