package pykka.typing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each unsupported shape is a compile error on the element at fault, and nothing is generated. */
final class UnsupportedShapeTest {

  @TempDir Path dir;

  private Compilation.Result compile(String qualifiedName, String text) throws Exception {
    Compilation.Result result = Compilation.in(dir).source(qualifiedName, text).compile();
    assertThat(result.success()).as(result.all()).isFalse();
    return result;
  }

  @Test
  void aGenericMethodIsAnErrorOnTheMethod() throws Exception {
    Compilation.Result result =
        compile(
            "bad.Echo",
            """
            package bad;

            @pykka.typing.GenerateProxy
            public class Echo extends pykka.ThreadingActor {
              public <T> T echo(T value) {
                return value;
              }
            }
            """);

    assertThat(result.errors())
        .containsExactly(
            "Echo.java:5: generic method echo(T) cannot be proxied: a generated proxy method "
                + "cannot take the type arguments of a call; make it non-generic, or not public to "
                + "leave it out of the proxy");
    assertThat(result.generatedTypes()).isEmpty();
  }

  @Test
  void anInheritedGenericMethodIsAnErrorOnTheAnnotatedClassNamingTheSuperclass() throws Exception {
    Compilation.Result result =
        Compilation.in(dir)
            .source(
                "bad.Base",
                """
                package bad;

                public abstract class Base extends pykka.ThreadingActor {
                  public <T> T echo(T value) {
                    return value;
                  }
                }
                """)
            .source(
                "bad.Child",
                """
                package bad;

                @pykka.typing.GenerateProxy
                public class Child extends Base {}
                """)
            .compile();

    assertThat(result.success()).isFalse();
    assertThat(result.errors())
        .singleElement()
        .asString()
        .startsWith("Child.java:4: generic method echo(T) (inherited from bad.Base) cannot be");
  }

  @Test
  void aClassThatIsNotPublicIsAnError() throws Exception {
    Compilation.Result result =
        compile(
            "bad.Hidden",
            """
            package bad;

            @pykka.typing.GenerateProxy
            class Hidden extends pykka.ThreadingActor {}
            """);

    assertThat(result.errors())
        .containsExactly(
            "Hidden.java:4: Hidden is not public; @GenerateProxy needs a public class, since the "
                + "generated public interface names it");
  }

  @Test
  void anInnerClassIsAnErrorAskingForAStaticOne() throws Exception {
    Compilation.Result result =
        compile(
            "bad.Outer",
            """
            package bad;

            public class Outer {
              @pykka.typing.GenerateProxy
              public class Inner extends pykka.ThreadingActor {}
            }
            """);

    assertThat(result.errors())
        .containsExactly(
            "Outer.java:5: Inner is an inner class; @GenerateProxy needs a top-level or static "
                + "nested class: make it static");
  }

  @Test
  void aClassNestedInAClassThatIsNotPublicIsAnError() throws Exception {
    Compilation.Result result =
        compile(
            "bad.Shell",
            """
            package bad;

            public class Shell {
              static class Middle {
                @pykka.typing.GenerateProxy
                public static class Core extends pykka.ThreadingActor {}
              }
            }
            """);

    assertThat(result.errors())
        .containsExactly(
            "Shell.java:6: Core is nested in Middle, which is not public; @GenerateProxy needs a "
                + "class that is public all the way out");
  }

  @Test
  void aClassThatIsNotAnActorIsAnErrorPointingToTheTraversableAnnotation() throws Exception {
    Compilation.Result result =
        compile(
            "bad.Plain",
            """
            package bad;

            @pykka.typing.GenerateProxy
            public class Plain {
              public int size() {
                return 0;
              }
            }
            """);

    assertThat(result.errors())
        .containsExactly(
            "Plain.java:4: Plain does not extend pykka.ThreadingActor or pykka.VirtualThreadActor; "
                + "@GenerateProxy is for actor classes (for the class of a traversable field's "
                + "value, use @GenerateTraversableProxy)");
  }

  @Test
  void anActorAnnotatedAsATraversableMemberIsAnError() throws Exception {
    Compilation.Result result =
        compile(
            "bad.Busy",
            """
            package bad;

            @pykka.typing.GenerateTraversableProxy
            public class Busy extends pykka.ThreadingActor {}
            """);

    assertThat(result.errors())
        .containsExactly(
            "Busy.java:4: Busy is an actor; @GenerateTraversableProxy is for the classes of "
                + "traversable fields' values: use @GenerateProxy");
  }

  @Test
  void anInterfaceAnEnumAndAClassWithBothAnnotationsAreErrors() throws Exception {
    Compilation.Result result =
        Compilation.in(dir)
            .source(
                "bad.Api",
                """
                package bad;

                @pykka.typing.GenerateProxy
                public interface Api {}
                """)
            .source(
                "bad.Colour",
                """
                package bad;

                @pykka.typing.GenerateTraversableProxy
                public enum Colour { RED }
                """)
            .source(
                "bad.Twice",
                """
                package bad;

                @pykka.typing.GenerateProxy
                @pykka.typing.GenerateTraversableProxy
                public class Twice extends pykka.ThreadingActor {}
                """)
            .compile();

    assertThat(result.success()).isFalse();
    assertThat(result.errors())
        .containsExactlyInAnyOrder(
            "Api.java:4: @GenerateProxy applies to classes, and Api is an interface",
            "Colour.java:4: @GenerateTraversableProxy applies to classes and records, and Colour "
                + "is an enum",
            "Twice.java:5: Twice is annotated both @GenerateProxy and @GenerateTraversableProxy; "
                + "keep @GenerateProxy for an actor, @GenerateTraversableProxy for the class of a "
                + "traversable field's value");
    assertThat(result.generatedTypes()).isEmpty();
  }

  @Test
  void aFieldWhoseReadWouldClashWithAMethodIsAnErrorOnTheField() throws Exception {
    Compilation.Result result =
        compile(
            "bad.Twins",
            """
            package bad;

            @pykka.typing.GenerateProxy
            public class Twins extends pykka.ThreadingActor {
              public int size() {
                return 0;
              }

              public int size;
            }
            """);

    assertThat(result.errors())
        .containsExactly(
            "Twins.java:9: field size would become size() in the generated interface, which method "
                + "size() already is; rename one of them, or make the member not public to leave "
                + "it out of the proxy");
  }

  @Test
  void fieldsNamedLikeTheMixinsOrObjectsMethodsAreErrors() throws Exception {
    Compilation.Result result =
        compile(
            "bad.Names",
            """
            package bad;

            @pykka.typing.GenerateProxy
            public class Names extends pykka.ThreadingActor {
              public boolean stop;
              public String actorRef;
              public int hashCode;
            }
            """);

    assertThat(result.errors())
        .containsExactly(
            "Names.java:5: field stop would become stop() in the generated interface, which stop() "
                + "of pykka.typing.ActorMemberMixin already is; rename one of them, or make the "
                + "member not public to leave it out of the proxy",
            "Names.java:6: field actorRef would become actorRef() in the generated interface, "
                + "which actorRef() of pykka.typing.ActorMemberMixin already is; rename one of "
                + "them, or make the member not public to leave it out of the proxy",
            "Names.java:7: field hashCode would become hashCode() in the generated interface, "
                + "which hashCode() of java.lang.Object already is; rename one of them, or make "
                + "the member not public to leave it out of the proxy");
  }

  @Test
  void aFieldNamedStopIsFineInATraversableMembersProxy() throws Exception {
    Compilation.Result result =
        Compilation.in(dir)
            .source(
                "fine.Lever",
                """
                package fine;

                @pykka.typing.GenerateTraversableProxy
                public class Lever {
                  public boolean stop;
                }
                """)
            .compile();

    assertThat(result.success()).as(result.all()).isTrue();
    assertThat(result.declarations("fine.LeverProxy"))
        .containsExactly("public interface LeverProxy", "pykka.Future<java.lang.Boolean> stop();");
  }

  @Test
  void aPrivateNestedTypeInASignatureIsAnErrorOnTheMember() throws Exception {
    Compilation.Result result =
        compile(
            "bad.Secretive",
            """
            package bad;

            @pykka.typing.GenerateProxy
            public class Secretive extends pykka.ThreadingActor {
              private static class Secret {}

              public java.util.List<Secret> secrets() {
                return java.util.List.of();
              }
            }
            """);

    assertThat(result.errors())
        .containsExactly(
            "Secretive.java:7: method secrets() uses bad.Secretive.Secret, which the generated "
                + "interface in package bad cannot see; make that type public, or the member not "
                + "public to leave it out of the proxy");
  }

  @Test
  void twoClassesAskingForTheSameInterfaceNameAreAnErrorOnTheSecond() throws Exception {
    Compilation.Result result =
        Compilation.in(dir)
            .source(
                "bad.First",
                """
                package bad;

                @pykka.typing.GenerateProxy(name = "Shared")
                public class First extends pykka.ThreadingActor {}
                """)
            .source(
                "bad.Second",
                """
                package bad;

                @pykka.typing.GenerateProxy(name = "Shared")
                public class Second extends pykka.ThreadingActor {}
                """)
            .compile();

    assertThat(result.success()).isFalse();
    assertThat(result.errors())
        .containsExactly(
            "Second.java:4: the proxy of Second would be bad.Shared, which is already generated "
                + "for bad.First; give one of them another name with name = \"...\"");
  }

  @Test
  void anInterfaceNameThatAnExistingTypeHasIsAnError() throws Exception {
    Compilation.Result result =
        Compilation.in(dir)
            .source(
                "bad.Taken",
                """
                package bad;

                @pykka.typing.GenerateProxy
                public class Taken extends pykka.ThreadingActor {}
                """)
            .source(
                "bad.TakenProxy",
                """
                package bad;

                public interface TakenProxy {}
                """)
            .compile();

    assertThat(result.success()).isFalse();
    assertThat(result.errors())
        .singleElement()
        .asString()
        .startsWith("Taken.java:4: cannot generate bad.TakenProxy for Taken: ")
        .endsWith(
            "; if a type of that name already exists, give the proxy another name with "
                + "name = \"...\"");
  }

  @Test
  void aNameThatIsNotAJavaIdentifierIsAnErrorOnTheAnnotation() throws Exception {
    Compilation.Result result =
        compile(
            "bad.Dotted",
            """
            package bad;

            @pykka.typing.GenerateProxy(name = "other.Name")
            public class Dotted extends pykka.ThreadingActor {}
            """);

    assertThat(result.errors())
        .containsExactly(
            "Dotted.java:3: @GenerateProxy(name = \"other.Name\") is not a valid simple name for "
                + "an interface; give a Java identifier without dots, or leave name out for "
                + "DottedProxy");
  }

  @Test
  void aTypeThatNeverAppearsIsAnErrorOnTheClassBesidesTheCompilersOwn() throws Exception {
    Compilation.Result result =
        compile(
            "bad.Lost",
            """
            package bad;

            @pykka.typing.GenerateProxy
            public class Lost extends pykka.ThreadingActor {
              public Missing find() {
                return null;
              }
            }
            """);

    assertThat(result.errors())
        .contains("Lost.java:4: cannot generate the proxy of Lost: type Missing cannot be found");
    assertThat(result.generatedTypes()).isEmpty();
  }
}
