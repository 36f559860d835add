package hello.pykka;

import hello.pykka.Greeter.Greet;
import hello.pykka.Greeter.Query;
import java.io.PrintWriter;
import pykka.ActorRef;
import pykka.ActorRegistry;

/** Starts three actors, talks to each one way, and stops them all. */
public final class Hello {

  private Hello() {}

  /**
   * Runs the application.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(new PrintWriter(System.out, true));
  }

  static void run(PrintWriter out) {
    try {
      ActorRef<Greeter> greeter = new Greeter().start();
      greeter.tell(new Greet("Ann")); // tell: send and go on
      out.println(greeter.ask(new Greet("Bob"))); // ask: wait for the reply
      out.println("Greeted so far: " + greeter.ask(Query.GREETED));

      CalculatorApi calculator = new Calculator().start().proxy(CalculatorApi.class);
      out.println("1 + 2 = " + calculator.add(1, 2).get());
      out.println("Last result: " + calculator.last().get());

      CounterProxy counter = new Counter().start().proxy(CounterProxy.class);
      counter.increment(5);
      counter.increment(2);
      out.println("Count: " + counter.count().get()); // messages to one actor keep their order
    } finally {
      // A ThreadingActor runs on a non-daemon thread, as in Pykka: the JVM would not exit while
      // one is alive. Stop them all, whatever happened.
      ActorRegistry.stopAll();
    }
  }
}
