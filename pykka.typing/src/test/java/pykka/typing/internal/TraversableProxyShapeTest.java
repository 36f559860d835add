package pykka.typing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nested proxies for traversable fields, and classes that wait for other generated proxies. */
final class TraversableProxyShapeTest {

  @TempDir Path dir;

  private static final String PLAYBACK =
      """
      package media;

      @pykka.typing.GenerateTraversableProxy
      public class Playback {
        public boolean playing;

        public boolean play() {
          return true;
        }
      }
      """;

  @Test
  void aFieldAnnotatedTraversableWhoseClassIsAnnotatedBecomesTheNestedProxy() throws Exception {
    Compilation.Result result =
        Compilation.in(dir)
            .source("media.Playback", PLAYBACK)
            .source(
                "media.AnActor",
                """
                package media;

                @pykka.typing.GenerateProxy
                public class AnActor extends pykka.ThreadingActor {
                  @pykka.Traversable public final Playback playback = new Playback();
                }
                """)
            .compile();

    assertThat(result.success()).as(result.all()).isTrue();
    assertThat(result.declarations("media.AnActorProxy"))
        .containsExactly(
            "public interface AnActorProxy extends pykka.typing.ActorMemberMixin",
            "media.PlaybackProxy playback();");
    assertThat(result.declarations("media.PlaybackProxy"))
        .containsExactly(
            "public interface PlaybackProxy",
            "pykka.Future<java.lang.Boolean> playing();",
            "pykka.Future<java.lang.Boolean> play();");
  }

  @Test
  void aFieldWhoseClassIsAnnotatedTraversableAndProxiedBecomesTheNestedProxyToAnyDepth()
      throws Exception {
    Compilation.Result result =
        Compilation.in(dir)
            .source(
                "media.sub.Volume",
                """
                package media.sub;

                @pykka.Traversable
                @pykka.typing.GenerateTraversableProxy(name = "Knob")
                public class Volume {
                  public int level;
                }
                """)
            .source(
                "media.Mixer",
                """
                package media;

                @pykka.Traversable
                @pykka.typing.GenerateTraversableProxy
                public class Mixer {
                  public final media.sub.Volume volume = new media.sub.Volume();
                }
                """)
            .source(
                "media.Studio",
                """
                package media;

                @pykka.typing.GenerateProxy
                public class Studio extends pykka.VirtualThreadActor {
                  public final Mixer mixer = new Mixer();
                }
                """)
            .compile();

    assertThat(result.success()).as(result.all()).isTrue();
    assertThat(result.declarations("media.StudioProxy")).contains("media.MixerProxy mixer();");
    assertThat(result.declarations("media.MixerProxy"))
        .containsExactly("public interface MixerProxy", "media.sub.Knob volume();");
    assertThat(result.declarations("media.sub.Knob"))
        .containsExactly("public interface Knob", "pykka.Future<java.lang.Integer> level();");
  }

  @Test
  void aFieldWhoseClassInheritsTraversableFromASuperclassBecomesTheNestedProxy() throws Exception {
    Compilation.Result result =
        Compilation.in(dir)
            .source(
                "media.Device",
                """
                package media;

                @pykka.Traversable
                public abstract class Device {}
                """)
            .source(
                "media.Speaker",
                """
                package media;

                @pykka.typing.GenerateTraversableProxy
                public class Speaker extends Device {
                  public void beep() {}
                }
                """)
            .source(
                "media.Radio",
                """
                package media;

                @pykka.typing.GenerateProxy
                public class Radio extends pykka.ThreadingActor {
                  public final Speaker speaker = new Speaker();
                }
                """)
            .compile();

    assertThat(result.success()).as(result.all()).isTrue();
    assertThat(result.declarations("media.RadioProxy")).contains("media.SpeakerProxy speaker();");
  }

  @Test
  void aTraversableFieldWhoseClassIsNotAnnotatedIsReadAsAFuture() throws Exception {
    Compilation.Result result =
        Compilation.in(dir)
            .source(
                "media.Plain",
                """
                package media;

                public class Plain {
                  public int x;
                }
                """)
            .source(
                "media.Holder",
                """
                package media;

                @pykka.typing.GenerateProxy
                public class Holder extends pykka.ThreadingActor {
                  @pykka.Traversable public final Plain plain = new Plain();
                }
                """)
            .compile();

    assertThat(result.success()).as(result.all()).isTrue();
    assertThat(result.declarations("media.HolderProxy"))
        .contains("pykka.Future<media.Plain> plain();");
  }

  @Test
  void aFieldOfAnAnnotatedClassThatIsNotTraversableIsReadAsAFuture() throws Exception {
    Compilation.Result result =
        Compilation.in(dir)
            .source("media.Playback", PLAYBACK)
            .source(
                "media.Recorder",
                """
                package media;

                @pykka.typing.GenerateProxy
                public class Recorder extends pykka.ThreadingActor {
                  public final Playback playback = new Playback();
                }
                """)
            .compile();

    assertThat(result.success()).as(result.all()).isTrue();
    assertThat(result.declarations("media.RecorderProxy"))
        .contains("pykka.Future<media.Playback> playback();");
  }

  @Test
  void aRecordMayBeProxiedAsATraversableMemberThroughItsAccessors() throws Exception {
    Compilation.Result result =
        Compilation.in(dir)
            .source(
                "media.Track",
                """
                package media;

                @pykka.typing.GenerateTraversableProxy
                public record Track(String title, int seconds) {}
                """)
            .compile();

    assertThat(result.success()).as(result.all()).isTrue();
    assertThat(result.declarations("media.TrackProxy"))
        .containsExactly(
            "public interface TrackProxy",
            "pykka.Future<java.lang.String> title();",
            "pykka.Future<java.lang.Integer> seconds();");
  }

  @Test
  void anActorMentioningAnotherGeneratedProxyWaitsForItAndThenCompiles() throws Exception {
    Compilation.Result result =
        Compilation.in(dir)
            .source(
                "ledger.Adder",
                """
                package ledger;

                @pykka.typing.GenerateProxy
                public class Adder extends pykka.ThreadingActor {
                  public int addOne(int i) {
                    return i + 1;
                  }
                }
                """)
            .source(
                "ledger.Bookkeeper",
                """
                package ledger;

                @pykka.typing.GenerateProxy
                public class Bookkeeper extends pykka.ThreadingActor {
                  public AdderProxy adder;

                  public int countTo(AdderProxy adder, int target) {
                    return target;
                  }
                }
                """)
            .compile();

    assertThat(result.success()).as(result.all()).isTrue();
    assertThat(result.declarations("ledger.BookkeeperProxy"))
        .containsExactly(
            "public interface BookkeeperProxy extends pykka.typing.ActorMemberMixin",
            "pykka.Future<ledger.AdderProxy> adder();",
            "pykka.Future<java.lang.Integer> countTo(ledger.AdderProxy adder, int target);");
  }
}
