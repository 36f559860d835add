package pykka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import pykka.testfixtures.ActorRuntime;
import pykka.testfixtures.BothRuntimes;

/** Rules 40 to 42 of docs/behaviour.md: typed proxies, on both runtimes. */
@BothRuntimes
final class TypedProxyTest extends ProxyTestSupport {

  TypedProxyTest(ActorRuntime runtime) {
    super(runtime);
  }

  @Traversable
  public static class Constants {
    public double e = 2.718;

    public String name() {
      return "constants";
    }
  }

  public static class Circle extends ProxyTestActor {
    public String text = "circle";
    public final Constants constants = new Constants();
    public int resets;
    public volatile String lastThread;

    public double area(double radius) {
      lastThread = Thread.currentThread().getName();
      return 3.14 * radius * radius;
    }

    public double perimeter(double radius) {
      return 2 * 3.14 * radius;
    }

    public void reset() {
      resets++;
    }

    public long widen(long x) {
      return x * 2;
    }

    public String fail() {
      throw new IllegalArgumentException("typed boom");
    }

    public String checked() throws IOException {
      throw new IOException("checked boom");
    }
  }

  interface ConstantsApi {
    Future<Double> e();

    String name();
  }

  interface CircleApi {
    Future<Double> area(double radius);

    Future<String> text();

    double perimeter(double radius);

    void reset();

    Future<Integer> resets();

    void text(String newText);

    Future<Void> resets(int value);

    ConstantsApi constants();

    long widen(int x);

    String fail();

    String checked() throws IOException;

    Future<Void> stop();

    ActorRef<?> actorRef();

    default String describe() {
      return "circle on " + Thread.currentThread().getName();
    }
  }

  @Test
  void everyKindOfInterfaceMethodMapsOntoTheActor() {
    Circle actor = new Circle();
    ActorRef<Circle> ref = actor.start();
    CircleApi circle = ref.proxy(CircleApi.class);

    assertThat(circle.area(2.0).get()).isEqualTo(3.14 * 4);
    assertThat(actor.lastThread).startsWith("Circle-");
    assertThat(circle.text().get()).isEqualTo("circle");
    assertThat(circle.perimeter(1.0)).isEqualTo(6.28);
    circle.reset();
    circle.reset();
    assertThat(circle.resets().get()).isEqualTo(2);
    circle.text("renamed");
    assertThat(circle.text().get()).isEqualTo("renamed");
    assertThat(circle.resets(7).get()).isNull();
    assertThat(circle.resets().get()).isEqualTo(7);
    assertThat(circle.constants().e().get()).isEqualTo(2.718);
    assertThat(circle.constants().name()).isEqualTo("constants");
    assertThat(circle.widen(21)).isEqualTo(42L);
    assertThat(circle.actorRef()).isSameAs(ref);
    assertThat(circle.describe()).isEqualTo("circle on " + Thread.currentThread().getName());
  }

  @Test
  void aBlockingMethodRethrowsTheActorsExceptionAndTheActorLives() {
    ActorRef<Circle> ref = new Circle().start();
    CircleApi circle = ref.proxy(CircleApi.class);

    assertThatThrownBy(circle::fail)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("typed boom");
    assertThatThrownBy(circle::checked).isInstanceOf(IOException.class).hasMessage("checked boom");
    assertThat(ref.isAlive()).isTrue();
  }

  @Test
  void stopThroughATypedProxyResolvesOnceEnqueued() {
    ActorRef<Circle> ref = new Circle().start();

    assertThat(ref.proxy(CircleApi.class).stop().get()).isNull();
    ref.stop();
    assertThat(ref.isAlive()).isFalse();
  }

  interface WrongApi {
    Future<Double> area(double radius);

    Future<String> volume(double radius);

    int perimeter(double radius);

    void constants(Constants c);

    Future<Double> area(String notANumber);
  }

  @Test
  void aMismatchedInterfaceFailsAtCreationNamingEveryMethodThatMapsToNothing() {
    ActorRef<Circle> ref = new Circle().start();

    assertThatThrownBy(() -> ref.proxy(WrongApi.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("WrongApi")
        .hasMessageContaining("volume(double)")
        .hasMessageContaining("perimeter(double)")
        .hasMessageContaining("constants(Constants)")
        .hasMessageContaining("area(String)")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Future<Double> area(double)"));
    assertThatThrownBy(() -> ref.proxy(Circle.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not one");
  }

  public static class Holder extends ProxyTestActor {
    public final Constants plain = null;
  }

  interface HolderApi {
    ConstantsApi plain();
  }

  @Test
  void aNestedTypedProxyIsCheckedWhenTheOuterOneIsCreated() {
    ActorRef<Holder> ref = new Holder().start();

    assertThatThrownBy(() -> ref.proxy(HolderApi.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'plain'");
  }

  @Test
  void typedProxiesForTheSameActorInterfaceAndPathAreEqual() {
    ActorRef<Circle> ref = new Circle().start();
    ActorRef<Circle> other = new Circle().start();

    assertThat(ref.proxy(CircleApi.class)).isEqualTo(ref.proxy(CircleApi.class));
    assertThat(ref.proxy(CircleApi.class).hashCode())
        .isEqualTo(ref.proxy(CircleApi.class).hashCode());
    assertThat(ref.proxy(CircleApi.class)).isNotEqualTo(other.proxy(CircleApi.class));
    assertThat(ref.proxy(CircleApi.class).constants())
        .isEqualTo(ref.proxy(CircleApi.class).constants());
    assertThat(ref.proxy(CircleApi.class).toString()).contains("CircleApi", ref.actorUrn());
  }

  @Test
  void callsThroughATypedProxyWhoseActorDiedFailWithActorDeadException() {
    ActorRef<Circle> ref = new Circle().start();
    CircleApi circle = ref.proxy(CircleApi.class);
    ref.stop();

    assertThatThrownBy(() -> circle.area(1.0).get()).isInstanceOf(ActorDeadException.class);
    assertThatThrownBy(() -> circle.perimeter(1.0)).isInstanceOf(ActorDeadException.class);
    assertThatThrownBy(circle::reset).isInstanceOf(ActorDeadException.class);
    assertThatThrownBy(() -> ref.proxy(CircleApi.class)).isInstanceOf(ActorDeadException.class);
  }

  @Test
  void aVoidMethodThatThrowsStopsTheActorLikeDefer() {
    ActorRef<Circle> ref = new Circle().start();
    interface FailApi {
      void fail();
    }
    FailApi api = ref.proxy(FailApi.class);

    api.fail();

    assertThatThrownBy(() -> ref.ask("after", Duration.ofSeconds(30)))
        .isInstanceOfAny(ActorDeadException.class);
    assertThat(ref.isAlive()).isFalse();
  }
}
