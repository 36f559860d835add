package pykka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import pykka.testfixtures.ActorRuntime;
import pykka.testfixtures.BothRuntimes;

/** The documentation's proxy examples, ported: "Actor proxies", "Traversable attributes", ... */
@BothRuntimes
final class ProxyDocumentationExamplesTest extends ProxyTestSupport {

  ProxyDocumentationExamplesTest(ActorRuntime runtime) {
    super(runtime);
  }

  public static class Calculator extends ProxyTestActor {
    public Integer lastResult;

    public int add(int a, int b) {
      lastResult = a + b;
      return lastResult;
    }

    public int add(int a) {
      lastResult += a;
      return lastResult;
    }

    public int sub(int a, int b) {
      lastResult = a - b;
      return lastResult;
    }

    public int sub(int a) {
      lastResult -= a;
      return lastResult;
    }
  }

  @Test
  void theCalculatorIsUsedThroughMethodCallsAndFieldAccess() {
    ActorProxy proxy = new Calculator().start().proxy();

    assertThat(proxy.call("add", 1, 3).get()).isEqualTo(4);
    assertThat(proxy.field("lastResult").get()).isEqualTo(4);

    proxy.call("sub", 5);
    proxy.call("add", 3);
    assertThat(proxy.field("lastResult").get()).isEqualTo(2);

    proxy.setField("lastResult", 17);
    assertThat(proxy.field("lastResult").get()).isEqualTo(17);
  }

  public static class Adder extends ProxyTestActor {
    final List<String> log;

    Adder(List<String> log) {
      this.log = log;
    }

    public int addOne(int i) {
      log.add(this + " is increasing " + i);
      return i + 1;
    }
  }

  public static class Bookkeeper extends ProxyTestActor {
    final ActorProxy adder;
    final List<String> log;

    Bookkeeper(ActorProxy adder, List<String> log) {
      this.adder = adder;
      this.log = log;
    }

    public void countTo(int target) {
      int i = 0;
      while (i < target) {
        i = (Integer) adder.call("addOne", i).get();
        log.add(this + " got " + i + " back");
      }
    }
  }

  @Test
  void theBookkeeperCountsToTenWithTheAddersHelp() {
    List<String> log = Collections.synchronizedList(new ArrayList<>());
    Adder adderActor = new Adder(log);
    ActorProxy adder = adderActor.start().proxy();
    Bookkeeper bookkeeperActor = new Bookkeeper(adder, log);
    ActorProxy bookkeeper = bookkeeperActor.start().proxy();

    bookkeeper.call("countTo", 10).get();
    ActorRegistry.stopAll();

    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      expected.add(adderActor + " is increasing " + i);
      expected.add(bookkeeperActor + " got " + (i + 1) + " back");
    }
    assertThat(log).containsExactlyElementsOf(expected);
  }

  public static class Playback {
    public boolean play() {
      return true;
    }
  }

  public static class AnActor extends ProxyTestActor {
    @Traversable public final Playback playback = new Playback();
  }

  @Test
  void aTraversableFieldsMethodsAreReachedThroughTheProxy() {
    ActorProxy proxy = new AnActor().start().proxy();

    Object playSuccess = proxy.traverse("playback").call("play").get();

    assertThat(playSuccess).isEqualTo(true);
  }

  @Traversable
  public static class TraversablePlayback {
    public String state = "stopped";

    public boolean play() {
      state = "playing";
      return true;
    }
  }

  public static class AnActorWithATraversableClass extends ProxyTestActor {
    public final TraversablePlayback playback = new TraversablePlayback();
  }

  @Test
  void aClassAnnotatedTraversableMakesEveryFieldOfItTraversable() {
    ActorProxy proxy = new AnActorWithATraversableClass().start().proxy();

    assertThat(proxy.traverse("playback").call("play").get()).isEqualTo(true);
    assertThat(proxy.traverse("playback").field("state").get()).isEqualTo("playing");
  }

  /** Pykka's type-hints example: a typed proxy to CircleActor. */
  public static class CircleActor extends ProxyTestActor {
    public final double pi = 3.14;

    public double area(double radius) {
      return pi * radius * radius;
    }
  }

  interface CircleProxy {
    Future<Double> pi();

    Future<Double> area(double radius);
  }

  @Test
  void theCircleActorIsUsedThroughATypedProxy() {
    CircleProxy proxy = new CircleActor().start().proxy(CircleProxy.class);

    Future<Double> area = proxy.area(2.0);
    Future<Double> pi = proxy.pi();

    assertThat(pi.get()).isEqualTo(3.14);
    assertThat(area.get()).isEqualTo(3.14 * 2.0 * 2.0);
  }
}
