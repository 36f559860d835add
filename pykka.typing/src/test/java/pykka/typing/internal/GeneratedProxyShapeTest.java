package pykka.typing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The interfaces the processor writes, compiled together with the actors they come from. */
final class GeneratedProxyShapeTest {

  @TempDir Path dir;

  private Compilation.Result compile(String qualifiedName, String text) throws Exception {
    Compilation.Result result = Compilation.in(dir).source(qualifiedName, text).compile();
    assertThat(result.success()).as(result.all()).isTrue();
    return result;
  }

  @Test
  void theDocumentationsCircleActorGetsAFieldReadAndAMethodCallInItsOwnPackage() throws Exception {
    Compilation.Result result =
        compile(
            "shapes.CircleActor",
            """
            package shapes;

            import pykka.ThreadingActor;
            import pykka.typing.GenerateProxy;

            @GenerateProxy
            public class CircleActor extends ThreadingActor {
              public double pi = 3.14;

              public double area(double radius) {
                return pi * radius * radius;
              }
            }
            """);

    assertThat(result.generatedTypes()).containsExactly("shapes.CircleActorProxy");
    assertThat(result.generatedSource("shapes.CircleActorProxy"))
        .isEqualTo(
            """
            package shapes;

            /**
             * The typed proxy of the actor {@link shapes.CircleActor}, for {@code
             * ref.proxy(CircleActorProxy.class)}: each method sends a message to the actor.
             *
             * <p>Generated from the public members of {@code shapes.CircleActor}; do not edit.
             */
            @javax.annotation.processing.Generated(value = "pykka.typing.internal.ProxyProcessor", \
            comments = "from shapes.CircleActor")
            public interface CircleActorProxy extends pykka.typing.ActorMemberMixin {

              /**
               * Reads the field {@link shapes.CircleActor#pi} in the actor.
               *
               * @return a future of the field's value
               */
              pykka.Future<java.lang.Double> pi();

              /**
               * Calls {@link shapes.CircleActor#area(double)} in the actor.
               *
               * @param radius the argument for {@code radius}
               * @return a future of the method's result
               */
              pykka.Future<java.lang.Double> area(double radius);
            }
            """);
  }

  @Test
  void resultsAreBoxedVoidBecomesFutureOfVoidAndParametersKeepTheirExactTypes() throws Exception {
    Compilation.Result result =
        compile(
            "shapes.Mixed",
            """
            package shapes;

            import java.util.List;
            import java.util.Map;

            @pykka.typing.GenerateProxy
            public class Mixed extends pykka.VirtualThreadActor {
              public void reset() {}

              public int count(long from, char[] marks) {
                return 0;
              }

              public List<? extends Number> numbers(Map<String, int[]> table, String... names) {
                return List.of();
              }

              public Map.Entry<String, ? super Integer> entry(List<?> any) {
                return null;
              }
            }
            """);

    assertThat(result.declarations("shapes.MixedProxy"))
        .containsExactly(
            "public interface MixedProxy extends pykka.typing.ActorMemberMixin",
            "pykka.Future<java.lang.Void> reset();",
            "pykka.Future<java.lang.Integer> count(long from, char[] marks);",
            "pykka.Future<java.util.List<? extends java.lang.Number>> numbers("
                + "java.util.Map<java.lang.String, int[]> table, java.lang.String... names);",
            "pykka.Future<java.util.Map.Entry<java.lang.String, ? super java.lang.Integer>> entry("
                + "java.util.List<?> any);");
  }

  @Test
  void inheritedMembersComeFirstAndAnOverridingMethodAppearsOnceWhereDeclaredWithItsReturnType()
      throws Exception {
    Compilation.Result result =
        Compilation.in(dir)
            .source(
                "shapes.Base",
                """
                package shapes;

                public abstract class Base extends pykka.ThreadingActor {
                  public String name = "base";

                  public Number size() {
                    return 1;
                  }

                  public void greet(String who) {}
                }
                """)
            .source(
                "shapes.Derived",
                """
                package shapes;

                @pykka.typing.GenerateProxy
                public class Derived extends Base {
                  public boolean extra;

                  @Override
                  public Integer size() {
                    return 2;
                  }
                }
                """)
            .compile();

    assertThat(result.success()).as(result.all()).isTrue();
    assertThat(result.declarations("shapes.DerivedProxy"))
        .containsExactly(
            "public interface DerivedProxy extends pykka.typing.ActorMemberMixin",
            "pykka.Future<java.lang.String> name();",
            "pykka.Future<java.lang.Void> greet(java.lang.String who);",
            "pykka.Future<java.lang.Boolean> extra();",
            "pykka.Future<java.lang.Integer> size();");
  }

  @Test
  void pykkasOwnMembersHooksObjectMethodsStaticMethodsAndNonPublicMembersAreLeftOut()
      throws Exception {
    Compilation.Result result =
        compile(
            "shapes.Quiet",
            """
            package shapes;

            @pykka.typing.GenerateProxy
            public class Quiet extends pykka.ThreadingActor {
              public int visible;
              int packagePrivate;
              protected int guarded;
              private int hidden;

              @Override
              public void onStart() {}

              @Override
              public Object onReceive(Object message) {
                return message;
              }

              @Override
              public boolean useDaemonThread() {
                return true;
              }

              @Override
              public void stop() {
                super.stop();
              }

              @Override
              public String toString() {
                return "quiet";
              }

              @Override
              public boolean equals(Object other) {
                return this == other;
              }

              @Override
              public int hashCode() {
                return 1;
              }

              public static Quiet create() {
                return new Quiet();
              }

              void helper() {}

              public int shown() {
                return hidden + packagePrivate + guarded;
              }
            }
            """);

    assertThat(result.declarations("shapes.QuietProxy"))
        .containsExactly(
            "public interface QuietProxy extends pykka.typing.ActorMemberMixin",
            "pykka.Future<java.lang.Integer> visible();",
            "pykka.Future<java.lang.Integer> shown();");
  }

  @Test
  void staticFieldsAreReadAndAHiddenFieldAppearsOnceAsTheSubclassesField() throws Exception {
    Compilation.Result result =
        Compilation.in(dir)
            .source(
                "shapes.Parent",
                """
                package shapes;

                public abstract class Parent extends pykka.ThreadingActor {
                  public static final String KIND = "parent";
                  public int value;
                }
                """)
            .source(
                "shapes.Child",
                """
                package shapes;

                @pykka.typing.GenerateProxy
                public class Child extends Parent {
                  public String value = "hides Parent.value";
                }
                """)
            .compile();

    assertThat(result.success()).as(result.all()).isTrue();
    assertThat(result.declarations("shapes.ChildProxy"))
        .containsExactly(
            "public interface ChildProxy extends pykka.typing.ActorMemberMixin",
            "pykka.Future<java.lang.String> KIND();",
            "pykka.Future<java.lang.String> value();");
  }

  // A public field hidden by a private field of a subclass is out of reach of Java code outside,
  // and pykka.core does not expose it: an accessor for it would fail ref.proxy(ChildProxy.class).
  @Test
  void aPublicFieldHiddenByANonPublicFieldOfTheSubclassIsLeftOut() throws Exception {
    Compilation.Result result =
        Compilation.in(dir)
            .source(
                "shapes.Parent",
                """
                package shapes;

                public abstract class Parent extends pykka.ThreadingActor {
                  public int value;
                  public int count;
                }
                """)
            .source(
                "shapes.Child",
                """
                package shapes;

                @pykka.typing.GenerateProxy
                public class Child extends Parent {
                  private String value = "hides Parent.value";

                  String value() {
                    return value;
                  }
                }
                """)
            .compile();

    assertThat(result.success()).as(result.all()).isTrue();
    assertThat(result.declarations("shapes.ChildProxy"))
        .containsExactly(
            "public interface ChildProxy extends pykka.typing.ActorMemberMixin",
            "pykka.Future<java.lang.Integer> count();");
  }

  @Test
  void defaultMethodsOfTheActorsInterfacesAreProxiedAfterTheClassesMembers() throws Exception {
    Compilation.Result result =
        Compilation.in(dir)
            .source(
                "shapes.Greeting",
                """
                package shapes;

                public interface Greeting {
                  String name();

                  default String greet() {
                    return "Hi " + name();
                  }
                }
                """)
            .source(
                "shapes.Greeter",
                """
                package shapes;

                @pykka.typing.GenerateProxy
                public class Greeter extends pykka.ThreadingActor implements Greeting {
                  @Override
                  public String name() {
                    return "Bob";
                  }
                }
                """)
            .compile();

    assertThat(result.success()).as(result.all()).isTrue();
    assertThat(result.declarations("shapes.GreeterProxy"))
        .containsExactly(
            "public interface GreeterProxy extends pykka.typing.ActorMemberMixin",
            "pykka.Future<java.lang.String> name();",
            "pykka.Future<java.lang.String> greet();");
  }

  @Test
  void theAnnotationsNameChoosesTheInterfacesName() throws Exception {
    Compilation.Result result =
        compile(
            "shapes.CircleActor",
            """
            package shapes;

            @pykka.typing.GenerateProxy(name = "Circle")
            public class CircleActor extends pykka.ThreadingActor {
              public double pi = 3.14;
            }
            """);

    assertThat(result.generatedTypes()).containsExactly("shapes.Circle");
    assertThat(result.declarations("shapes.Circle"))
        .startsWith("public interface Circle extends pykka.typing.ActorMemberMixin");
  }

  @Test
  void aStaticNestedActorGetsATopLevelInterfaceNamedAfterItsSimpleName() throws Exception {
    Compilation.Result result =
        compile(
            "shapes.Outer",
            """
            package shapes;

            public class Outer {
              @pykka.typing.GenerateProxy
              public static class Inner extends pykka.ThreadingActor {
                public Inner echo(Inner other) {
                  return other;
                }
              }
            }
            """);

    assertThat(result.generatedTypes()).containsExactly("shapes.InnerProxy");
    assertThat(result.declarations("shapes.InnerProxy"))
        .containsExactly(
            "public interface InnerProxy extends pykka.typing.ActorMemberMixin",
            "pykka.Future<shapes.Outer.Inner> echo(shapes.Outer.Inner other);");
  }

  @Test
  void aGenericActorGetsAGenericInterfaceAndInheritedMembersSeeTheTypeArguments() throws Exception {
    Compilation.Result result =
        Compilation.in(dir)
            .source(
                "shapes.Holder",
                """
                package shapes;

                public abstract class Holder<V> extends pykka.ThreadingActor {
                  public V held;

                  public void hold(V value) {
                    held = value;
                  }
                }
                """)
            .source(
                "shapes.Sorted",
                """
                package shapes;

                import java.util.List;

                @pykka.typing.GenerateProxy
                public class Sorted<T extends Comparable<T>> extends Holder<List<T>> {
                  public T first(List<T> values) {
                    return values.get(0);
                  }
                }
                """)
            .compile();

    assertThat(result.success()).as(result.all()).isTrue();
    assertThat(result.declarations("shapes.SortedProxy"))
        .containsExactly(
            "public interface SortedProxy<T extends java.lang.Comparable<T>> extends "
                + "pykka.typing.ActorMemberMixin",
            "pykka.Future<java.util.List<T>> held();",
            "pykka.Future<java.lang.Void> hold(java.util.List<T> value);",
            "pykka.Future<T> first(java.util.List<T> values);");
  }

  @Test
  void anActorInTheUnnamedPackageGetsAnInterfaceThere() throws Exception {
    Compilation.Result result =
        compile(
            "Counter",
            """
            @pykka.typing.GenerateProxy
            public class Counter extends pykka.ThreadingActor {
              public int next() {
                return 1;
              }
            }
            """);

    assertThat(result.generatedTypes()).containsExactly("CounterProxy");
    assertThat(result.generatedSource("CounterProxy")).doesNotContain("package");
  }

  @Test
  void theGeneratedSourcesPassDoclintAndLintWithWarningsAsErrors() throws Exception {
    Compilation.Result result =
        Compilation.in(dir)
            .option("-Xdoclint:all")
            .source(
                "shapes.Player",
                """
                package shapes;

                /** An actor. */
                @pykka.typing.GenerateProxy
                public class Player extends pykka.ThreadingActor {
                  /** Makes one. */
                  public Player() {}

                  /** The playback. */
                  @pykka.Traversable public final Playback playback = new Playback();

                  /**
                   * Plays.
                   *
                   * @param tracks which
                   * @param first what
                   * @param rest more
                   * @return how many
                   */
                  public int play(java.util.List<String> tracks, String first, String... rest) {
                    return tracks.size();
                  }
                }
                """)
            .source(
                "shapes.Playback",
                """
                package shapes;

                /** A member. */
                @pykka.typing.GenerateTraversableProxy
                public class Playback {
                  /** Makes one. */
                  public Playback() {}

                  /**
                   * Whether it plays.
                   *
                   * @return true
                   */
                  public boolean playing() {
                    return true;
                  }
                }
                """)
            .compile();

    assertThat(result.messages()).as(result.all()).isEmpty();
    assertThat(result.success()).isTrue();
    assertThat(result.generatedSource("shapes.PlayerProxy"))
        .contains("@javax.annotation.processing.Generated(");
  }
}
