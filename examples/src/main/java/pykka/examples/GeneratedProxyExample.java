package pykka.examples;

import java.io.PrintWriter;
import pykka.ActorRef;
import pykka.ThreadingActor;
import pykka.Traversable;
import pykka.typing.GenerateProxy;
import pykka.typing.GenerateTraversableProxy;

/**
 * Beyond Pykka: the typed proxy of the "Type hints" example, generated at compile time instead of
 * written by hand. {@link GenerateProxy} on {@link ShapeActor} makes the pykka.typing annotation
 * processor write {@code ShapeActorProxy}, and {@link GenerateTraversableProxy} on {@link Ruler}
 * writes {@code RulerProxy}, the nested proxy of the traversable field {@code ruler}.
 *
 * <p>Output:
 *
 * <pre>
 * proxy.pi().get() is 3.14
 * proxy.area(2.0).get() is 12.56
 * proxy.ruler().measure(3).get() is 3 cm
 * </pre>
 */
public final class GeneratedProxyExample {

  private GeneratedProxyExample() {}

  /**
   * The actor, written once; its proxy interface {@code ShapeActorProxy} is generated.
   *
   * <p>Thread safety: used through its proxy; runs in its own thread.
   */
  @GenerateProxy
  public static final class ShapeActor extends ThreadingActor {
    /** A public field: {@code Future<Double> pi()} in the proxy. */
    public final double pi = 3.14;

    /** A traversable field: {@code RulerProxy ruler()} in the proxy. */
    @Traversable public final Ruler ruler = new Ruler();

    /** Creates the actor. */
    public ShapeActor() {}

    /**
     * The area of a circle: {@code Future<Double> area(double)} in the proxy.
     *
     * @param radius the radius
     * @return the area
     */
    public double area(double radius) {
      return pi * radius * radius;
    }
  }

  /** The class of a traversable field; its proxy interface {@code RulerProxy} is generated. */
  @GenerateTraversableProxy
  public static final class Ruler {
    /** Creates a ruler. */
    public Ruler() {}

    /**
     * Measures a length.
     *
     * @param centimetres the length
     * @return the length with its unit
     */
    public String measure(int centimetres) {
      return centimetres + " cm";
    }
  }

  /**
   * Runs the example.
   *
   * @param out where to print
   */
  public static void run(PrintWriter out) {
    ActorRef<ShapeActor> ref = new ShapeActor().start();
    try {
      ShapeActorProxy proxy = ref.proxy(ShapeActorProxy.class);
      out.println("proxy.pi().get() is " + proxy.pi().get());
      out.println("proxy.area(2.0).get() is " + proxy.area(2.0).get());
      out.println("proxy.ruler().measure(3).get() is " + proxy.ruler().measure(3).get());
    } finally {
      ref.stop();
    }
  }

  /**
   * Runs the example on standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true);
    run(out);
    out.flush();
  }
}
