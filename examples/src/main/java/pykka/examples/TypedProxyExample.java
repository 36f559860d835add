package pykka.examples;

import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.stream.Collectors;
import pykka.ActorRef;
import pykka.Future;
import pykka.ThreadingActor;

/**
 * The documentation's typed proxy example ("Type hints"): a {@link CircleActor}, and an interface,
 * {@link CircleProxy}, that describes its proxy, so that the compiler knows what each call returns.
 * Pykka casts an untyped proxy to such a class; in Java, {@code ref.proxy(CircleProxy.class)}
 * implements the interface, checking every method against the actor when the proxy is made.
 *
 * <p>Output: the types of the proxy's members, which Python shows with {@code reveal_type}, then
 * what the calls return:
 *
 * <pre>
 * proxy.stop() returns pykka.Future&lt;java.lang.Void&gt;
 * proxy.pi() returns pykka.Future&lt;java.lang.Double&gt;
 * proxy.area(double) returns pykka.Future&lt;java.lang.Double&gt;
 * proxy.pi().get() is 3.14
 * proxy.area(2.0).get() is 12.56
 * </pre>
 */
public final class TypedProxyExample {

  private TypedProxyExample() {}

  /**
   * 1) The actor class to be proxied is defined as usual.
   *
   * <p>Thread safety: used through its proxy; runs in its own thread.
   */
  public static final class CircleActor extends ThreadingActor {
    /** A public field, read through the proxy. */
    public final double pi = 3.14;

    /** Creates the actor. */
    public CircleActor() {}

    /**
     * The area of a circle.
     *
     * @param radius the radius
     * @return the area
     */
    public double area(double radius) {
      return pi * radius * radius;
    }
  }

  /**
   * 2) In addition, an interface describes the proxy: one method for each field (a read) and each
   * method of the actor, with {@code stop()} and {@code actorRef()} as Pykka's {@code
   * ActorMemberMixin} has them. Written by hand here, as Pykka's proxy classes are; generating it
   * from the actor class is the job of the pykka.typing module.
   */
  public interface CircleProxy {
    /**
     * Reads the actor's {@code pi} field.
     *
     * @return the future value
     */
    Future<Double> pi();

    /**
     * Calls the actor's {@code area}.
     *
     * @param radius the radius
     * @return the future area
     */
    Future<Double> area(double radius);

    /**
     * Stops the actor, as Pykka's {@code proxy.stop()}.
     *
     * @return a future that completes once the stop is enqueued
     */
    Future<Void> stop();

    /**
     * The proxied actor's ref.
     *
     * @return the ref
     */
    ActorRef<?> actorRef();
  }

  /**
   * Runs the example: shows the proxy's types, calls it, and stops the actor.
   *
   * @param out where to print
   */
  public static void run(PrintWriter out) {
    // 3) The actor is started like usual, and a proxy implementing the interface is made from it.
    CircleProxy proxy = new CircleActor().start().proxy(CircleProxy.class);
    try {
      // Now, the types of the proxy's members are known to the compiler:
      for (String name : new String[] {"stop", "pi", "area"}) {
        Method method = methodNamed(name);
        String type = method.getGenericReturnType().getTypeName();
        out.println("proxy." + signature(method) + " returns " + type);
      }
      Double pi = proxy.pi().get();
      out.println("proxy.pi().get() is " + pi);
      Double area = proxy.area(2.0).get();
      out.println("proxy.area(2.0).get() is " + area);
    } finally {
      proxy.actorRef().stop();
    }
  }

  private static Method methodNamed(String name) {
    return Arrays.stream(CircleProxy.class.getMethods())
        .filter(m -> m.getName().equals(name))
        .findFirst()
        .orElseThrow();
  }

  private static String signature(Method method) {
    return method.getName()
        + Arrays.stream(method.getParameterTypes())
            .map(Class::getTypeName)
            .collect(Collectors.joining(", ", "(", ")"));
  }

  /**
   * Runs the example on standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(new PrintWriter(System.out, true));
  }
}
