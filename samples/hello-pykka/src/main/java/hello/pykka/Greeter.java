package hello.pykka;

import java.util.ArrayList;
import java.util.List;
import pykka.ThreadingActor;

/** An actor that handles plain messages: {@link Greet} and {@link Query#GREETED}. */
final class Greeter extends ThreadingActor {

  /** Greet someone; the reply is the greeting. */
  record Greet(String name) {}

  /** Questions to the greeter. */
  enum Query {
    /** Whom has it greeted so far? */
    GREETED
  }

  /** Only touched on the actor's own thread, one message at a time: no locks needed. */
  private final List<String> greeted = new ArrayList<>();

  @Override
  protected Object onReceive(Object message) throws Exception {
    return switch (message) {
      case Greet(String name) -> {
        greeted.add(name);
        yield "Hello, " + name + "!";
      }
      case Query.GREETED -> List.copyOf(greeted);
      default -> super.onReceive(message);
    };
  }
}
