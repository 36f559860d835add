package pykka.typing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import pykka.Actor;
import pykka.ActorRef;
import pykka.testfixtures.ActorRuntime;

/**
 * Generated interfaces work as typed proxies: user code compiled against them ({@code
 * ref.proxy(CircleActorProxy.class)} and its typed calls) runs against real actors, on both
 * runtimes.
 */
final class TypedProxyRuntimeTest {

  @ParameterizedTest(name = "{0}")
  @EnumSource(ActorRuntime.class)
  void codeCompiledAgainstTheGeneratedInterfacesCallsReadsTraversesAndStopsTheActor(
      ActorRuntime runtime, @TempDir Path dir) throws Exception {
    Compilation.Result result =
        Compilation.in(dir)
            .source(
                "docs.CircleActor",
                """
                package docs;

                @pykka.typing.GenerateProxy
                public class CircleActor extends pykka.RUNTIME {
                  public double pi = 3.14;

                  public double area(double radius) {
                    return pi * radius * radius;
                  }
                }
                """
                    .replace("pykka.RUNTIME", runtime.actorClassName()))
            .source(
                "docs.Calculator",
                """
                package docs;

                @pykka.typing.GenerateProxy
                public class Calculator extends pykka.RUNTIME {
                  public Integer lastResult;

                  public int add(int a, int b) {
                    lastResult = a + b;
                    return lastResult;
                  }

                  public int add(int a) {
                    lastResult += a;
                    return lastResult;
                  }

                  public int sub(int a) {
                    lastResult -= a;
                    return lastResult;
                  }

                  public void clear() {
                    lastResult = 0;
                  }
                }
                """
                    .replace("pykka.RUNTIME", runtime.actorClassName()))
            .source(
                "docs.Playback",
                """
                package docs;

                @pykka.typing.GenerateTraversableProxy
                public class Playback {
                  public boolean playing;

                  public boolean play() {
                    playing = true;
                    return true;
                  }
                }
                """)
            .source(
                "docs.AnActor",
                """
                package docs;

                @pykka.typing.GenerateProxy
                public class AnActor extends pykka.RUNTIME {
                  @pykka.Traversable public final Playback playback = new Playback();
                }
                """
                    .replace("pykka.RUNTIME", runtime.actorClassName()))
            .source(
                "docs.Usage",
                """
                package docs;

                import java.util.ArrayList;
                import java.util.List;
                import java.util.function.Supplier;
                import pykka.ActorRef;

                /** What a user writes: typed calls, no casts, no member names in strings. */
                public class Usage implements Supplier<List<Object>> {
                  @Override
                  public List<Object> get() {
                    List<Object> seen = new ArrayList<>();

                    ActorRef<CircleActor> circleRef = new CircleActor().start();
                    CircleActorProxy circle = circleRef.proxy(CircleActorProxy.class);
                    double pi = circle.pi().get();
                    double area = circle.area(2.0).get();
                    seen.add(pi);
                    seen.add(area);
                    seen.add(circle.actorRef() == circleRef);
                    Void stopped = circle.stop().get();
                    seen.add(stopped);
                    try {
                      seen.add(circle.area(1.0).get());
                    } catch (pykka.ActorDeadException sentAfterTheStop) {
                      seen.add("dead");
                    }

                    ActorRef<Calculator> calculatorRef = new Calculator().start();
                    CalculatorProxy calculator = calculatorRef.proxy(CalculatorProxy.class);
                    int four = calculator.add(1, 3).get();
                    seen.add(four);
                    seen.add(calculator.lastResult().get());
                    calculator.sub(5);
                    calculator.add(3);
                    seen.add(calculator.lastResult().get());
                    seen.add(calculator.clear().get());
                    seen.add(calculator.lastResult().get());
                    calculator.stop().get();

                    ActorRef<AnActor> anActorRef = new AnActor().start();
                    AnActorProxy anActor = anActorRef.proxy(AnActorProxy.class);
                    PlaybackProxy playback = anActor.playback();
                    boolean played = playback.play().get();
                    seen.add(played);
                    seen.add(playback.playing().get());
                    anActor.stop().get();
                    return seen;
                  }
                }
                """)
            .compile();
    assertThat(result.success()).as(result.all()).isTrue();

    try (URLClassLoader loader =
        new URLClassLoader(
            new URL[] {result.classes().toUri().toURL()}, getClass().getClassLoader())) {
      @SuppressWarnings("unchecked")
      Supplier<List<Object>> usage =
          (Supplier<List<Object>>) loader.loadClass("docs.Usage").getConstructor().newInstance();

      assertThat(usage.get())
          .containsExactly(
              3.14, 3.14 * 2.0 * 2.0, true, null, "dead", 4, 4, 2, null, 0, true, true);
    }
  }

  // The generated interfaces of the shapes pykka.core once failed: varargs (called with loose
  // arguments, none, or an array), public methods of a package-private base (reached through
  // javac's bridges) with its type argument, and a public field hidden by a private one.
  @ParameterizedTest(name = "{0}")
  @EnumSource(ActorRuntime.class)
  void generatedInterfacesCallVarargsAndTheMembersOfAPackagePrivateBase(
      ActorRuntime runtime, @TempDir Path dir) throws Exception {
    Compilation.Result result =
        Compilation.in(dir)
            .source(
                "hard.Base",
                """
                package hard;

                abstract class Base<T> extends pykka.RUNTIME {
                  public T kept;
                  public int shadowed = 1;

                  public String hello() {
                    return "hello";
                  }

                  public int sum(int... xs) {
                    return java.util.Arrays.stream(xs).sum();
                  }

                  public void keep(T value) {
                    kept = value;
                  }
                }
                """
                    .replace("pykka.RUNTIME", runtime.actorClassName()))
            .source(
                "hard.Worker",
                """
                package hard;

                @pykka.typing.GenerateProxy
                public class Worker extends Base<String> {
                  private String shadowed = "private";

                  public String join(String separator, String... parts) {
                    return String.join(separator, parts) + shadowed.length();
                  }
                }
                """)
            .source(
                "hard.Usage",
                """
                package hard;

                import java.util.ArrayList;
                import java.util.List;
                import java.util.function.Supplier;

                public class Usage implements Supplier<List<Object>> {
                  @Override
                  public List<Object> get() {
                    List<Object> seen = new ArrayList<>();
                    WorkerProxy worker = new Worker().start().proxy(WorkerProxy.class);
                    seen.add(worker.hello().get());
                    seen.add(worker.sum(1, 2, 3).get());
                    seen.add(worker.sum().get());
                    seen.add(worker.sum(new int[] {4, 5}).get());
                    seen.add(worker.join("-", "a", "b").get());
                    worker.keep("kept").get();
                    seen.add(worker.kept().get());
                    worker.stop().get();
                    return seen;
                  }
                }
                """)
            .compile();
    assertThat(result.success()).as(result.all()).isTrue();

    try (URLClassLoader loader =
        new URLClassLoader(
            new URL[] {result.classes().toUri().toURL()}, getClass().getClassLoader())) {
      @SuppressWarnings("unchecked")
      Supplier<List<Object>> usage =
          (Supplier<List<Object>>) loader.loadClass("hard.Usage").getConstructor().newInstance();

      assertThat(usage.get()).containsExactly("hello", 6, 0, 9, "a-b7", "kept");
    }
  }

  @Test
  void coreAcceptsEveryShapeTheProcessorGeneratesWhenTheProxyIsCreated(@TempDir Path dir)
      throws Exception {
    // ref.proxy(P.class) checks every method of P against the actor class at once, so creating
    // each proxy proves that each generated method maps to a member of the actor.
    Compilation.Result result =
        Compilation.in(dir)
            .source(
                "all.Base",
                """
                package all;

                public abstract class Base<V> extends pykka.ThreadingActor implements Named {
                  public static final String KIND = "base";
                  public V held;
                  public int hidden;

                  public void hold(V value) {
                    held = value;
                  }

                  public Number size() {
                    return 1;
                  }
                }
                """)
            .source(
                "all.Named",
                """
                package all;

                public interface Named {
                  default String name() {
                    return "named";
                  }
                }
                """)
            .source(
                "all.Everything",
                """
                package all;

                import java.util.List;
                import java.util.Map;

                @pykka.typing.GenerateProxy
                public class Everything<T extends Comparable<T>> extends Base<List<T>> {
                  public String hidden = "hides Base.hidden";
                  public final Mixer mixer = new Mixer();

                  @Override
                  public Integer size() {
                    return 2;
                  }

                  public void reset() {}

                  public static int helper() {
                    return 0;
                  }

                  public int add(int a, int b) {
                    return a + b;
                  }

                  public int add(int a) {
                    return a;
                  }

                  public List<? extends Number> numbers(Map<String, int[]> table, String... names) {
                    return List.of();
                  }

                  public T first(List<T> values) {
                    return values.get(0);
                  }

                  @Override
                  public void onStart() {}

                  @Override
                  public String toString() {
                    return "everything";
                  }

                  @pykka.typing.GenerateProxy
                  public static class Inner extends pykka.VirtualThreadActor {
                    public Inner echo(Inner other) {
                      return other;
                    }
                  }
                }
                """)
            .source(
                "all.Mixer",
                """
                package all;

                @pykka.Traversable
                @pykka.typing.GenerateTraversableProxy
                public class Mixer {
                  @pykka.Traversable public final Volume volume = new Volume();

                  public void mute() {}
                }
                """)
            .source(
                "all.Volume",
                """
                package all;

                @pykka.typing.GenerateTraversableProxy
                public record Volume(int level) {
                  public Volume() {
                    this(5);
                  }
                }
                """)
            .compile();
    assertThat(result.success()).as(result.all()).isTrue();
    assertThat(result.generatedTypes())
        .containsExactly(
            "all.EverythingProxy", "all.InnerProxy", "all.MixerProxy", "all.VolumeProxy");

    try (URLClassLoader loader =
        new URLClassLoader(
            new URL[] {result.classes().toUri().toURL()}, getClass().getClassLoader())) {
      Map<String, String> proxies =
          Map.of("all.Everything", "all.EverythingProxy", "all.Everything$Inner", "all.InnerProxy");
      for (Map.Entry<String, String> entry : proxies.entrySet()) {
        Actor actor = (Actor) loader.loadClass(entry.getKey()).getConstructor().newInstance();
        ActorRef<Actor> ref = actor.start();
        try {
          Object proxy = ref.proxy(loader.loadClass(entry.getValue()));
          assertThat(proxy).isInstanceOf(loader.loadClass(entry.getValue()));
        } finally {
          ref.stop();
        }
      }
    }
  }
}
