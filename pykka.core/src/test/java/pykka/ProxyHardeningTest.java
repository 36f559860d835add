package pykka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import pykka.messages.ProxyCall;
import pykka.testfixtures.ActorRuntime;
import pykka.testfixtures.Await;
import pykka.testfixtures.BothRuntimes;

/**
 * Regression tests of the proxy defects found by hostile use: varargs (defect 2), methods inherited
 * from a non-public superclass (defect 3), unchecked {@code Future<T>} type arguments (defect 4),
 * overloads resolved unlike Java (defect 6) and a {@code null} returned where a typed proxy
 * promises a primitive (defect 7). Each runs through untyped, typed and hand-built calls.
 */
@BothRuntimes
final class ProxyHardeningTest extends ProxyTestSupport {

  private static final Duration BOUND = Duration.ofSeconds(Await.SECONDS);

  ProxyHardeningTest(ActorRuntime runtime) {
    super(runtime);
  }

  // ---- defect 2: varargs ----

  public static class Varargs extends ProxyTestActor {
    public int deferred;

    public int sum(int... xs) {
      int total = 0;
      for (int x : xs) {
        total += x;
      }
      return total;
    }

    public String join(String separator, String... parts) {
      return String.join(separator, parts);
    }

    public void add(int... xs) {
      deferred += sum(xs);
    }

    public int count(Object... xs) {
      return xs == null ? -1 : xs.length;
    }
  }

  interface VarargsApi {
    int sum(int... xs);

    Future<Integer> sum(int a, int b);

    String join(String separator, String... parts);

    void add(int... xs);

    int count(Object... xs);
  }

  // Defect 2: an array passes as the varargs array, loose arguments are collected.
  @Test
  void anUntypedCallPassesAnArrayAsTheVarargsArrayAndCollectsLooseArguments() {
    ActorProxy proxy = new Varargs().start().proxy();

    assertThat(proxy.call("sum", (Object) new int[] {1, 2}).get(BOUND)).isEqualTo(3);
    assertThat(proxy.call("sum", 1, 2, 3).get(BOUND)).isEqualTo(6);
    assertThat(proxy.call("sum", 7).get(BOUND)).isEqualTo(7);
    assertThat(proxy.call("sum").get(BOUND)).isEqualTo(0);
    assertThat(proxy.call("join", "-", "a", "b").get(BOUND)).isEqualTo("a-b");
    assertThat(proxy.call("join", "-").get(BOUND)).isEqualTo("");
    assertThat(proxy.call("join", "-", new String[] {"x", "y"}).get(BOUND)).isEqualTo("x-y");
    assertThat(proxy.call("count", "a", 1, null).get(BOUND)).isEqualTo(3);
    assertThat(proxy.call("count").get(BOUND)).isEqualTo(0);
  }

  // Defect 2: method().defer of a varargs method killed the actor.
  @Test
  void deferOfAVarargsMethodRunsItAndTheActorLives() {
    ActorRef<Varargs> ref = new Varargs().start();
    ActorProxy proxy = ref.proxy();

    proxy.method("add").defer(1, 2, 3);
    proxy.method("add").defer((Object) new int[] {4});
    proxy.method("add").defer();

    assertThat(proxy.field("deferred").get(BOUND)).isEqualTo(10);
    assertThat(ref.isAlive()).isTrue();
  }

  // Defect 2: typed proxies failed the same way.
  @Test
  void aTypedProxyCallsAVarargsMethodWithAnArrayOrWithFixedParameters() {
    ActorRef<Varargs> ref = new Varargs().start();
    VarargsApi api = ref.proxy(VarargsApi.class);

    assertThat(api.sum(1, 2, 3)).isEqualTo(6);
    assertThat(api.sum()).isEqualTo(0);
    assertThat(api.sum(new int[] {5, 5})).isEqualTo(10);
    assertThat(api.sum(20, 22).get(BOUND)).isEqualTo(42);
    assertThat(api.join("+", "a", "b", "c")).isEqualTo("a+b+c");
    api.add(1, 1);
    assertThat(api.count("x", null)).isEqualTo(2);
    assertThat(ref.proxy().field("deferred").get(BOUND)).isEqualTo(2);
  }

  // Defect 2: hand-built ProxyCall messages too.
  @Test
  void aHandBuiltCallOfAVarargsMethodPassesAnArrayOrCollectsTheArguments() {
    ActorRef<Varargs> ref = new Varargs().start();

    assertThat(ref.ask(new ProxyCall(List.of("sum"), List.of(1, 2, 3)), BOUND)).isEqualTo(6);
    assertThat(ref.ask(new ProxyCall(List.of("sum"), List.of(new int[] {4, 5})), BOUND))
        .isEqualTo(9);
    assertThat(ref.ask(new ProxyCall(List.of("sum"), List.of()), BOUND)).isEqualTo(0);
    assertThat(ref.ask(new ProxyCall(List.of("join"), List.of(",", "a", "b")), BOUND))
        .isEqualTo("a,b");
  }

  // ---- defect 3: public methods inherited from a non-public superclass ----

  abstract static class HiddenBase extends ProxyTestActor {
    public String greeting = "hello field";

    public String hello() {
      return "hello";
    }

    public int total(int... xs) {
      return xs.length;
    }
  }

  /** Public, so javac gives it bridges to the public methods of its package-private base. */
  public static class PublicSub extends HiddenBase {}

  interface HelloApi {
    String hello();

    Future<String> greeting();

    int total(int... xs);
  }

  // Defect 3: javac's visibility bridges were dropped, so hello() was "no member".
  @Test
  void publicMethodsInheritedFromANonPublicSuperclassAreExposedToEveryKindOfCall() {
    ActorRef<PublicSub> ref = new PublicSub().start();
    ActorProxy proxy = ref.proxy();

    assertThat(proxy.call("hello").get(BOUND)).isEqualTo("hello");
    assertThat(proxy.call("total", 1, 2).get(BOUND)).isEqualTo(2);
    assertThat(proxy.field("greeting").get(BOUND)).isEqualTo("hello field");
    assertThat(ref.ask(new ProxyCall(List.of("hello"), List.of()), BOUND)).isEqualTo("hello");
    HelloApi api = ref.proxy(HelloApi.class);
    assertThat(api.hello()).isEqualTo("hello");
    assertThat(api.greeting().get(BOUND)).isEqualTo("hello field");
    assertThat(api.total(1, 2, 3)).isEqualTo(3);
  }

  abstract static class HiddenGenericBase<T> extends ProxyTestActor {
    public T held;

    public void put(T value) {
      held = value;
    }

    public T get() {
      return held;
    }
  }

  /** Java code outside the package may call put(String), never put(Object). */
  public static class StringHolder extends HiddenGenericBase<String> {}

  /** Its put(Object) is a generic bridge to put(String): not callable with an Object in Java. */
  public static class OverridingHolder extends HiddenGenericBase<String> {
    @Override
    public void put(String value) {
      held = "overridden " + value;
    }
  }

  interface StringHolderApi {
    void put(String value);

    String get();

    Future<String> held();
  }

  interface ObjectHolderApi {
    void put(Object value);
  }

  // Defect 3: expose what Java could call, as Java sees it: put(String), not put(Object).
  @Test
  void anInheritedGenericMethodTakesWhatJavaWouldPassAndNotWhatItsBridgeErasesTo() {
    ActorRef<StringHolder> holder = new StringHolder().start();
    ActorRef<OverridingHolder> overriding = new OverridingHolder().start();

    holder.proxy().call("put", "text").get(BOUND);
    assertThat(holder.proxy().call("get").get(BOUND)).isEqualTo("text");
    assertThatThrownBy(() -> holder.proxy().call("put", 42).get(BOUND))
        .isInstanceOf(NoSuchMemberException.class)
        .hasMessageContaining("'put' that takes (Integer)");
    overriding.proxy().call("put", "text").get(BOUND);
    assertThat(overriding.proxy().call("get").get(BOUND)).isEqualTo("overridden text");
    assertThatThrownBy(() -> overriding.proxy().call("put", 42).get(BOUND))
        .isInstanceOf(NoSuchMemberException.class)
        .hasMessageContaining("'put' that takes (Integer)");
    StringHolderApi api = holder.proxy(StringHolderApi.class);
    api.put("typed");
    assertThat(api.get()).isEqualTo("typed");
    assertThat(api.held().get(BOUND)).isEqualTo("typed");
    assertThatThrownBy(() -> overriding.proxy(ObjectHolderApi.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("put(Object)");
  }

  // ---- defect 4: Future<T> type arguments ----

  public static class Maker extends ProxyTestActor {
    public long wide = 5;
    public Integer boxedNull;

    public String make() {
      return "made";
    }

    public int count() {
      return 3;
    }

    public Number number() {
      return 4;
    }

    public void nothing() {}
  }

  interface WrongFutures {
    Future<Integer> make();

    Future<String> wide();

    Future<Integer> number();

    Future<Integer> nothing();
  }

  @SuppressWarnings("rawtypes")
  interface RightFutures {
    Future<?> make();

    Future count();

    Future<Object> number();

    Future<Number> wide();

    Future<Void> nothing();
  }

  interface CharSequenceMaker {
    Future<CharSequence> make();

    Future<Comparable<?>> count();
  }

  interface NumberFutures<N extends Number> {
    Future<N> count();

    Future<N> number();
  }

  interface TextFutures<T extends CharSequence> {
    Future<T> count();
  }

  // Defect 4: Future<Integer> make() against String make() was created, then failed at get.
  @Test
  void aFutureWhoseTypeArgumentCannotHoldTheResultIsRejectedWhenTheProxyIsCreated() {
    ActorRef<Maker> ref = new Maker().start();

    assertThatThrownBy(() -> ref.proxy(WrongFutures.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Future<Integer> make()")
        .hasMessageContaining("Future<String> wide()")
        .hasMessageContaining("Future<Integer> number()")
        .hasMessageContaining("Future<Integer> nothing()");
    assertThatThrownBy(() -> ref.proxy(TextFutures.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("count()");
  }

  // Defect 4: what may hold the result is accepted: wildcards, raw, Object, supertypes, bounds.
  @Test
  void aFutureOfAnyTypeTheBoxedResultIsAssignableToIsAccepted() {
    ActorRef<Maker> ref = new Maker().start();

    assertThat(ref.proxy(CharSequenceMaker.class).make().get(BOUND)).isEqualTo("made");
    assertThat(ref.proxy(CharSequenceMaker.class).count().get(BOUND)).isEqualTo(3);
    NumberFutures<?> numbers = ref.proxy(NumberFutures.class);
    assertThat(numbers.count().get(BOUND)).isEqualTo(3);
    assertThat(numbers.number().get(BOUND)).isEqualTo(4);
    RightFutures right = ref.proxy(RightFutures.class);
    assertThat(right.make().get(BOUND)).isEqualTo("made");
    assertThat(right.count().get(BOUND)).isEqualTo(3);
    assertThat(right.number().get(BOUND)).isEqualTo(4);
    assertThat(right.wide().get(BOUND)).isEqualTo(5L);
    assertThat(right.nothing().get(BOUND)).isNull();
  }

  // ---- defect 6: overloads in Java's three phases ----

  public static class Boxed extends ProxyTestActor {
    public String boxed(long x) {
      return "long";
    }

    public String boxed(Integer x) {
      return "Integer";
    }
  }

  interface BoxedApi {
    String boxed(Integer x);

    String boxed(int x);

    String boxed(short x);
  }

  // Defect 6: boxed(long) and boxed(Integer) with an Integer was reported ambiguous.
  @Test
  void anIntegerArgumentSelectsTheIntegerOverloadOverTheWideningOneEverywhere() {
    ActorRef<Boxed> ref = new Boxed().start();

    assertThat(ref.proxy().call("boxed", Integer.valueOf(7)).get(BOUND)).isEqualTo("Integer");
    assertThat(ref.ask(new ProxyCall(List.of("boxed"), List.of(7)), BOUND)).isEqualTo("Integer");
    assertThat(ref.proxy().call("boxed", 7L).get(BOUND)).isEqualTo("long");
    assertThat(ref.proxy().call("boxed", (short) 7).get(BOUND)).isEqualTo("long");
    BoxedApi api = ref.proxy(BoxedApi.class);
    assertThat(api.boxed(Integer.valueOf(7))).isEqualTo("Integer");
    // As javac decides for a static type int or short: phase 1 widens to long, no boxing.
    assertThat(api.boxed(7)).isEqualTo("long");
    assertThat(api.boxed((short) 7)).isEqualTo("long");
  }

  // ---- defect 7: null where a typed proxy promises a primitive ----

  interface PrimitiveApi {
    int count();

    int boxedNull();

    int number();
  }

  public static class NullMaker extends ProxyTestActor {
    public Integer boxedNull() {
      return null;
    }

    public int count() {
      return 3;
    }

    public Integer number = null;

    @Override
    public String toString() {
      return "NullMaker";
    }
  }

  // Defect 7: a bare NullPointerException came from the JDK proxy.
  @Test
  void aNullReturnedWhereTheInterfacePromisesAPrimitiveFailsNamingTheMethodAndTheActor() {
    ActorRef<NullMaker> ref = new NullMaker().start();
    PrimitiveApi api = ref.proxy(PrimitiveApi.class);

    assertThat(api.count()).isEqualTo(3);
    assertThatThrownBy(api::boxedNull)
        .isInstanceOf(NullPointerException.class)
        .hasMessage(
            PrimitiveApi.class.getName()
                + ".boxedNull() returns int, but "
                + ref
                + " returned null from 'boxedNull'; declare it to return Integer");
    assertThatThrownBy(api::number)
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("number()")
        .hasMessageContaining(ref.toString());
    assertThat(ref.isAlive()).isTrue();
  }
}
