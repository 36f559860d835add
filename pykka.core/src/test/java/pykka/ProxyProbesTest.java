package pykka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import pykka.messages.ProxyCall;
import pykka.proxyprobe.Mid;
import pykka.proxyprobe.Wide;
import pykka.testfixtures.ActorRuntime;
import pykka.testfixtures.Await;
import pykka.testfixtures.BothRuntimes;

/**
 * Probes of untyped proxies and hand-built messages as a hostile user writes them, beyond the
 * defects first reported: generic classes and methods, covariant overrides, overloads that mix
 * varargs, boxing, {@code null} and primitive widening, arrays of arrays, static and shadowed
 * fields, a public class of a package-private base in another package, and huge argument counts.
 * Each test says what it found before the proxies were fixed ("found: ...") or that it held.
 */
@BothRuntimes
final class ProxyProbesTest extends ProxyTestSupport {

  private static final Duration BOUND = Duration.ofSeconds(Await.SECONDS);

  ProxyProbesTest(ActorRuntime runtime) {
    super(runtime);
  }

  private static Object call(ActorProxy proxy, String name, Object... args) {
    return proxy.call(name, args).get(BOUND);
  }

  // ---- generic classes and methods ----

  public static class Box<T> extends ProxyTestActor {
    public T value;

    public void put(T newValue) {
      value = newValue;
    }

    public T get() {
      return value;
    }

    public <E> E echo(E x) {
      return x;
    }

    public <N extends Number> N larger(N a, N b) {
      return a.doubleValue() >= b.doubleValue() ? a : b;
    }
  }

  public static class IntBox extends Box<Integer> {}

  // Found: a subclass's type argument was not enforced (IntBox took put("five"), as put(Object)
  // erased). Now a generic method takes what its bound takes; a class's own type variable, unknown
  // at run time, takes its bound; a subclass's type argument is enforced as Java would.
  @Test
  void genericClassesAndMethodsTakeWhatJavaWouldPass() {
    ActorProxy box = new Box<String>().start().proxy();
    ActorProxy ints = new IntBox().start().proxy();

    call(box, "put", "text");
    assertThat(call(box, "get")).isEqualTo("text");
    assertThat(call(box, "echo", List.of(1))).isEqualTo(List.of(1));
    assertThat(call(box, "larger", 2, 3.5)).isEqualTo(3.5);
    assertThatThrownBy(() -> call(box, "larger", "a", "b"))
        .isInstanceOf(NoSuchMemberException.class)
        .hasMessageContaining("'larger' that takes (String, String)");
    call(ints, "put", 5);
    assertThat(call(ints, "get")).isEqualTo(5);
    assertThatThrownBy(() -> call(ints, "put", "five"))
        .isInstanceOf(NoSuchMemberException.class)
        .hasMessageContaining("'put' that takes (String)");
    assertThatThrownBy(() -> ints.setField("value", "five"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("field 'value' is of type java.lang.Integer");
  }

  // ---- covariant return overrides and generic interfaces ----

  public static class Parent extends ProxyTestActor {
    public Number size() {
      return 1;
    }
  }

  public static class Child extends Parent {
    @Override
    public Integer size() {
      return 2;
    }
  }

  /** A generic interface the actor implements: javac bridges accept(Object) to accept(String). */
  public interface Sink<T> {
    void accept(T item);
  }

  public static class StringSink extends ProxyTestActor implements Sink<String> {
    public String last;

    @Override
    public void accept(String item) {
      last = item;
    }
  }

  // Held: the covariant override is the one method 'size'; the generic bridge is not exposed.
  @Test
  void aCovariantOverrideIsOneMethodAndAGenericInterfacesBridgeIsNotExposed() {
    ActorProxy child = new Child().start().proxy();
    ActorProxy sink = new StringSink().start().proxy();

    assertThat(call(child, "size")).isEqualTo(2);
    call(sink, "accept", "item");
    assertThat(sink.field("last").get(BOUND)).isEqualTo("item");
    assertThatThrownBy(() -> call(sink, "accept", 42))
        .isInstanceOf(NoSuchMemberException.class)
        .hasMessageContaining("'accept' that takes (Integer); it has public void");
  }

  // ---- overloads mixing varargs, boxing, null and primitive widening ----

  public static class Mixed extends ProxyTestActor {
    public String v(long x) {
      return "long";
    }

    public String v(int... xs) {
      return "int...";
    }

    public String o(Object x) {
      return "Object";
    }

    public String o(Object... xs) {
      return xs == null ? "Object... null" : "Object... " + xs.length;
    }

    public String c(int x) {
      return "int";
    }

    public String c(Object x) {
      return "Object";
    }

    public String ch(long x) {
      return "long";
    }

    public String ch(Character x) {
      return "Character";
    }

    public String b(double x) {
      return "double";
    }

    public String b(long x) {
      return "long";
    }

    public String b(Short x) {
      return "Short";
    }

    public String names(String... xs) {
      return xs == null ? "null array" : Arrays.toString(xs);
    }

    public int ints(int... xs) {
      return xs.length;
    }

    public String e(int... xs) {
      return "int...";
    }

    public String e(long... xs) {
      return "long...";
    }

    public String s(String x) {
      return "String";
    }

    public String s(Object... xs) {
      return "Object...";
    }
  }

  // Held once varargs were fixed: each call selects what javac selects for those argument types.
  @Test
  void overloadsMixingVarargsBoxingNullAndWideningResolveAsJavaDoes() {
    ActorProxy p = new Mixed().start().proxy();

    assertThat(call(p, "v", 1)).isEqualTo("long");
    assertThat(call(p, "v")).isEqualTo("int...");
    assertThat(call(p, "v", 1, 2)).isEqualTo("int...");
    assertThat(call(p, "o", "a")).isEqualTo("Object");
    assertThat(call(p, "o")).isEqualTo("Object... 0");
    assertThat(call(p, "o", "a", "b")).isEqualTo("Object... 2");
    assertThat(call(p, "o", (Object) null)).isEqualTo("Object... null");
    assertThat(call(p, "c", 'x')).isEqualTo("int");
    assertThat(call(p, "ch", 'x')).isEqualTo("Character");
    assertThat(call(p, "ch", (byte) 1)).isEqualTo("long");
    assertThat(call(p, "b", (byte) 1)).isEqualTo("long");
    assertThat(call(p, "b", (short) 1)).isEqualTo("Short");
    assertThat(call(p, "b", 1.5f)).isEqualTo("double");
    assertThat(call(p, "e")).isEqualTo("int...");
    assertThat(call(p, "e", 1L)).isEqualTo("long...");
    assertThat(call(p, "s", "x")).isEqualTo("String");
    assertThat(call(p, "s", "x", "y")).isEqualTo("Object...");
    assertThatThrownBy(() -> call(p, "s", (Object) null))
        .isInstanceOf(NoSuchMemberException.class)
        .hasMessageContaining("ambiguous");
  }

  // Found: (Object) null reached names(String...) as {null}, not as a null array. Now null passes
  // as the varargs array itself, or as elements of a reference array, never into a primitive one.
  @Test
  void nullPassedToVarargsIsTheArrayOrAnElementAsInJava() {
    ActorRef<Mixed> ref = new Mixed().start();
    ActorProxy p = ref.proxy();

    assertThat(call(p, "names", (Object) null)).isEqualTo("null array");
    assertThat(call(p, "names", null, null)).isEqualTo("[null, null]");
    assertThat(call(p, "names", (Object[]) null)).isEqualTo("null array");
    assertThatThrownBy(() -> call(p, "ints", null, null))
        .isInstanceOf(NoSuchMemberException.class)
        .hasMessageContaining("'ints' that takes (null, null)");
    assertThat(ref.ask(new ProxyCall(List.of("names"), Arrays.asList("a", null)), BOUND))
        .isEqualTo("[a, null]");
  }

  // ---- arrays of arrays ----

  public static class Grid extends ProxyTestActor {
    public int rows(int[]... rows) {
      return rows.length;
    }

    public int cells(int[][] grid) {
      return Arrays.stream(grid).mapToInt(row -> row.length).sum();
    }

    public int count(Object... xs) {
      return xs.length;
    }
  }

  // Held once varargs were fixed: an int[] is one row; an int[][] is the rows; a String[] passed
  // to Object... is the array itself, as javac passes it.
  @Test
  void arraysOfArraysPassAsRowsOrAsTheWholeArray() {
    ActorProxy p = new Grid().start().proxy();

    assertThat(call(p, "rows", new int[] {1}, new int[] {2, 3})).isEqualTo(2);
    assertThat(call(p, "rows", (Object) new int[][] {{1}, {2}, {3}})).isEqualTo(3);
    assertThat(call(p, "rows")).isEqualTo(0);
    assertThat(call(p, "cells", (Object) new int[][] {{1, 2}, {3}})).isEqualTo(3);
    assertThat(call(p, "count", (Object) new String[] {"a", "b", "c"})).isEqualTo(3);
    assertThat(call(p, "count", new String[] {"a"}, new String[] {"b"})).isEqualTo(2);
    assertThatThrownBy(() -> call(p, "cells", (Object) new int[] {1}))
        .isInstanceOf(NoSuchMemberException.class)
        .hasMessageContaining("'cells' that takes (int[])");
  }

  // ---- static and shadowed fields ----

  public interface Limits {
    int MAX = 5;
  }

  public static class Fields extends ProxyTestActor implements Limits {
    public static final String KIND = "fields";
    public int shadowed = 1;
    public int hiddenLater = 1;
    public long wide;
    public int narrow;

    public static String helper() {
      return "static";
    }
  }

  public static class ShadowingFields extends Fields {
    public String shadowed = "child";
    private int hiddenLater = 2;

    int hiddenLater() {
      return hiddenLater;
    }
  }

  // Found: a public field hidden by a private field of a subclass was still exposed, though Java
  // code outside cannot reach it ("hiddenLater has private access").
  @Test
  void staticAndShadowedFieldsAreThoseJavaCodeOutsideWouldReach() {
    ActorRef<ShadowingFields> ref = new ShadowingFields().start();
    ActorProxy p = ref.proxy();

    assertThat(p.field("MAX").get(BOUND)).isEqualTo(5);
    assertThat(p.field("KIND").get(BOUND)).isEqualTo("fields");
    assertThatThrownBy(() -> p.setField("KIND", "other"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(ref + " field 'KIND' is final and cannot be written");
    assertThat(p.field("shadowed").get(BOUND)).isEqualTo("child");
    assertThatThrownBy(() -> p.field("hiddenLater"))
        .isInstanceOf(NoSuchMemberException.class)
        .hasMessage(
            ref
                + " has no member 'hiddenLater'"
                + " (it is not public; proxies expose public members only)");
    assertThatThrownBy(() -> p.call("helper"))
        .isInstanceOf(NoSuchMemberException.class)
        .hasMessageContaining("'helper'");
  }

  // Held: a field write widens and unboxes as an assignment would, and narrows never.
  @Test
  void aFieldWriteWidensAndUnboxesAsAnAssignmentWould() {
    ActorRef<Fields> ref = new Fields().start();
    ActorProxy p = ref.proxy();

    p.setField("wide", 7);
    p.setField("narrow", 'a');
    assertThat(p.field("wide").get(BOUND)).isEqualTo(7L);
    assertThat(p.field("narrow").get(BOUND)).isEqualTo(97);
    assertThatThrownBy(() -> p.setField("narrow", 7L))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(ref + " field 'narrow' is of type int and cannot take a java.lang.Long");
  }

  // ---- a public actor class in another package of a package-private base ----

  public static class Far extends Mid {}

  // Found (defect 3's sibling): the base's public methods, reached through Mid's bridges from
  // this package, were hidden; the generic one must take only what Mid's type argument allows.
  @Test
  void anActorInAnotherPackageOfAPackagePrivateBaseExposesItsPublicMembers() {
    ActorRef<Far> ref = new Far().start();
    ActorProxy p = ref.proxy();

    assertThat(call(p, "hello")).isEqualTo("hello");
    assertThat(call(p, "sum", 1, 2, 3)).isEqualTo(6);
    assertThat(p.field("greeting").get(BOUND)).isEqualTo("hello from the hidden base");
    call(p, "keep", "kept");
    assertThat(p.field("kept").get(BOUND)).isEqualTo("kept");
    assertThatThrownBy(() -> call(p, "keep", 1))
        .isInstanceOf(NoSuchMemberException.class)
        .hasMessageContaining("'keep' that takes (Integer)");
    assertThatThrownBy(() -> p.call("packagePrivate"))
        .isInstanceOf(NoSuchMemberException.class)
        .hasMessageContaining("not public");
    assertThat(ref.ask(new ProxyCall(List.of("sum"), List.of(4, 5)), BOUND)).isEqualTo(9);
  }

  // ---- huge argument counts ----

  // Found: a method of 127 long parameters (255 slots with the receiver) has no method handle,
  // and building its invoker threw, so no proxy to any actor of the class could be made at all.
  @Test
  void hugeArgumentCountsAreCalledCorrectly() {
    ActorProxy p = new Wide().start().proxy();
    Object[] many = new Object[100_000];
    Arrays.fill(many, 1);
    Object[] longs = new Object[127];
    Arrays.fill(longs, 1L);
    longs[126] = 100L;

    assertThat(call(p, "count", many)).isEqualTo(100_000);
    assertThat(call(p, "count", (Object) new int[100_000])).isEqualTo(100_000);
    assertThat(call(p, "wide", longs)).isEqualTo(102L);
    assertThatThrownBy(() -> call(p, "wide", Arrays.copyOf(longs, 126)))
        .isInstanceOf(NoSuchMemberException.class)
        .hasMessageContaining("'wide' that takes (Long, Long");
  }
}
