package pykka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import pykka.proxyprobe.Wide;
import pykka.proxyprobe.WideApi;
import pykka.testfixtures.ActorRuntime;
import pykka.testfixtures.Await;
import pykka.testfixtures.BothRuntimes;

/**
 * Probes of typed proxies as a hostile user writes their interfaces, beyond the defects first
 * reported: generic methods and classes, interfaces extending (generic) interfaces, covariant
 * redeclarations, {@code Object}'s methods redeclared, default methods calling abstract ones,
 * interface-typed fields, overloads chosen by static types, writes of {@code null}. Each test says
 * what it found before the proxies were fixed ("found: ...") or that it held.
 */
@BothRuntimes
final class TypedProxyProbesTest extends ProxyTestSupport {

  private static final Duration BOUND = Duration.ofSeconds(Await.SECONDS);

  TypedProxyProbesTest(ActorRuntime runtime) {
    super(runtime);
  }

  // ---- generic methods and classes ----

  public static class Generic<T> extends ProxyTestActor {
    public T value;

    public T get() {
      return value;
    }

    public void put(T newValue) {
      value = newValue;
    }

    public <E> E echo(E x) {
      return x;
    }

    public <N extends Number> N larger(N a, N b) {
      return a.doubleValue() >= b.doubleValue() ? a : b;
    }

    public <E> E nothing() {
      return null;
    }
  }

  public static class IntGeneric extends Generic<Integer> {}

  interface EchoApi {
    String echo(String x);

    Future<List<Integer>> echo(List<Integer> x);

    Integer larger(Integer a, Integer b);

    String get();

    void put(String value);

    Future<String> value();

    Future<CharSequence> nothing();
  }

  interface GenericEchoApi {
    <T> Future<T> echo(T x);
  }

  interface WrongEchoApi {
    Future<Integer> echo(String x);

    String larger(Integer a, Integer b);
  }

  interface WrongIntApi {
    Future<String> get();
  }

  // Found: String echo(String) against <E> E echo(E) was refused ("returns java.lang.Object, not
  // java.lang.String"), as was String get() of a Generic<T>; Future<String> get() of an
  // IntGeneric was accepted. Now the result type is what Java infers at the call.
  @Test
  void aGenericMethodsResultIsInferredFromTheArgumentsOrTheExpectedType() {
    ActorRef<Generic<String>> ref = new Generic<String>().start();
    EchoApi api = ref.proxy(EchoApi.class);

    assertThat(api.echo("x")).isEqualTo("x");
    assertThat(api.echo(List.of(1)).get(BOUND)).containsExactly(1);
    assertThat(api.larger(2, 3)).isEqualTo(3);
    api.put("put");
    assertThat(api.get()).isEqualTo("put");
    assertThat(api.value().get(BOUND)).isEqualTo("put");
    assertThat(api.nothing().get(BOUND)).isNull();
    assertThat(ref.proxy(GenericEchoApi.class).echo(4).get(BOUND)).isEqualTo(4);
    assertThatThrownBy(() -> ref.proxy(WrongEchoApi.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Future<Integer> echo(String)")
        .hasMessageContaining("String larger(Integer, Integer)");
    ActorRef<IntGeneric> ints = new IntGeneric().start();
    assertThatThrownBy(() -> ints.proxy(WrongIntApi.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(
            "Future<String> get(): the actor's method returns java.lang.Integer,"
                + " which Future<String> cannot hold");
  }

  // ---- interfaces extending interfaces, generic interfaces, covariant redeclarations ----

  public static class Named extends ProxyTestActor {
    public String name = "named";

    public String get() {
      return name;
    }

    public void put(String newName) {
      name = newName;
    }

    public String make() {
      return "made";
    }
  }

  interface Getter<T> {
    Future<T> get();

    void put(T value);
  }

  interface StringGetter extends Getter<String> {
    Future<String> name();
  }

  interface IntGetter extends Getter<Integer> {}

  interface Maker {
    Object make();
  }

  interface StringMaker extends Maker {
    @Override
    String make();
  }

  // Found: StringGetter extends Getter<String> was refused ("void put(Object): no overload"), its
  // inherited methods read with erased types. Now an interface's type arguments reach the methods
  // it inherits, and a covariant redeclaration is answered whichever interface a call goes through.
  @Test
  void interfacesExtendingGenericInterfacesAreCheckedWithTheirTypeArguments() {
    ActorRef<Named> ref = new Named().start();
    StringGetter strings = ref.proxy(StringGetter.class);
    StringMaker maker = ref.proxy(StringMaker.class);

    strings.put("renamed");
    assertThat(strings.get().get(BOUND)).isEqualTo("renamed");
    assertThat(strings.name().get(BOUND)).isEqualTo("renamed");
    assertThat(maker.make()).isEqualTo("made");
    assertThat(((Maker) maker).make()).isEqualTo("made");
    assertThatThrownBy(() -> ref.proxy(IntGetter.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("get()")
        .hasMessageContaining("put(Integer)");
  }

  // ---- Object's methods redeclared, default methods ----

  interface Described {
    @Override
    String toString();

    @Override
    boolean equals(Object other);

    @Override
    int hashCode();

    Future<String> get();
  }

  // Found: an interface redeclaring toString (or equals, hashCode) could not be used at all:
  // "the actor has no public method or field 'toString'". They are answered by the proxy itself.
  @Test
  void anInterfaceRedeclaringObjectsMethodsHasThemAnsweredByTheProxy() {
    ActorRef<Named> ref = new Named().start();
    Described described = ref.proxy(Described.class);

    assertThat(described.toString()).contains("Described", ref.actorUrn());
    assertThat(described).isEqualTo(ref.proxy(Described.class));
    assertThat(described.hashCode()).isEqualTo(ref.proxy(Described.class).hashCode());
    assertThat(described.get().get(BOUND)).isEqualTo("named");
  }

  public static class Adder extends ProxyTestActor {
    public int add(int a, int b) {
      return a + b;
    }
  }

  interface AdderApi {
    int add(int a, int b);

    default int twice(int x) {
      return add(x, x);
    }

    default int total(int... xs) {
      int total = 0;
      for (int x : xs) {
        total = add(total, x);
      }
      return total;
    }
  }

  interface MoreAdderApi extends AdderApi {
    default int thrice(int x) {
      return add(twice(x), x);
    }
  }

  // Found: a varargs default method failed with a ClassCastException (its handle collected the
  // varargs array again). Default methods run on the caller's thread and call the abstract ones
  // through the proxy.
  @Test
  void defaultMethodsCallingAbstractOnesRunThroughTheProxy() {
    MoreAdderApi api = new Adder().start().proxy(MoreAdderApi.class);

    assertThat(api.twice(4)).isEqualTo(8);
    assertThat(api.thrice(4)).isEqualTo(12);
    assertThat(api.total(1, 2, 3, 4)).isEqualTo(10);
    assertThat(api.total()).isEqualTo(0);
  }

  // ---- interface-typed fields, writes of null ----

  public static class Holder extends ProxyTestActor {
    public List<String> items = List.of("a", "b");
    public int counter;
  }

  interface HolderApi {
    List<String> items();

    Future<List<String>> items(List<String> newItems);

    void counter(Integer value);

    Future<Integer> counter();
  }

  // Found: a blocking read of a List field, List<String> items(), was taken for a nested proxy
  // and refused ("not traversable"); a typed write of null to an int field through an Integer
  // parameter killed the actor (a tell that failed on its thread).
  @Test
  void anInterfaceTypedFieldIsReadPlainlyAndANullWriteToAPrimitiveFailsAtOnce() {
    ActorRef<Holder> ref = new Holder().start();
    assertThatThrownBy(() -> ref.proxy(HolderApi.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(
            "Future<List<String>> items(List): a field write returns java.lang.Void,"
                + " which Future<List<String>> cannot hold");

    interface Fixed {
      List<String> items();

      void counter(Integer value);

      Future<Integer> counter();
    }
    Fixed api = ref.proxy(Fixed.class);

    assertThat(api.items()).containsExactly("a", "b");
    api.counter(5);
    assertThatThrownBy(() -> api.counter(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(ref + " field 'counter' is of type int and cannot take null");
    assertThat(api.counter().get(BOUND)).isEqualTo(5);
    assertThat(ref.isAlive()).isTrue();
  }

  // ---- overloads by static types, and what is refused at creation ----

  public static class Overloaded extends ProxyTestActor {
    public String ch(long x) {
      return "long";
    }

    public String ch(Character x) {
      return "Character";
    }

    public String v(long x) {
      return "long";
    }

    public String v(int... xs) {
      return "int...";
    }

    public int add(int a, int b) {
      return a + b;
    }

    public int count() {
      return 1;
    }
  }

  interface OverloadedApi {
    String ch(char x);

    String ch(Character x);

    String ch(byte x);

    String v(int x);

    String v();

    String v(int a, int b);
  }

  interface RefusedApi {
    int add(int... xs);

    Future<Void> count();

    long count(Void unused);
  }

  // Found (defect 2 again): v() and v(int, int) could not reach v(int...). A typed call selects
  // by its static types, as javac does (a char widens to long before it would box), and what
  // cannot be called fails at creation.
  @Test
  void typedOverloadsSelectByStaticTypesAndMismatchesFailAtCreation() {
    ActorRef<Overloaded> ref = new Overloaded().start();
    OverloadedApi api = ref.proxy(OverloadedApi.class);

    assertThat(api.ch('x')).isEqualTo("long");
    assertThat(api.ch(Character.valueOf('x'))).isEqualTo("Character");
    assertThat(api.ch((byte) 1)).isEqualTo("long");
    assertThat(api.v(1)).isEqualTo("long");
    assertThat(api.v()).isEqualTo("int...");
    assertThat(api.v(1, 2)).isEqualTo("int...");
    assertThatThrownBy(() -> ref.proxy(RefusedApi.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("int add(int[]): no overload of the actor's method 'add'")
        .hasMessageContaining(
            "Future<Void> count(): the actor's method returns int, which Future<Void> cannot hold")
        .hasMessageContaining("long count(Void): no overload");
  }

  // ---- huge argument counts ----

  // Held once varargs and the 255-slot method were fixed: a typed call of 100,000 varargs, of ten
  // loose arguments collected, and of 127 long parameters.
  @Test
  void hugeArgumentCountsThroughATypedProxy() throws Exception {
    WideApi api = new Wide().start().proxy(WideApi.class);
    Class<?>[] types = new Class<?>[127];
    Arrays.fill(types, long.class);
    Object[] longs = new Object[127];
    Arrays.fill(longs, 1L);
    longs[0] = 5L;
    longs[126] = 7L;

    assertThat(api.count(new int[100_000])).isEqualTo(100_000);
    assertThat(api.count(1, 2, 3, 4, 5, 6, 7, 8, 9, 10).get(BOUND)).isEqualTo(10);
    // Called through reflection only to keep 127 arguments off this page: the call still goes
    // through the typed proxy's handler.
    assertThat(WideApi.class.getMethod("wide", types).invoke(api, longs)).isEqualTo(13L);
  }
}
