package pykka;

import static org.assertj.core.api.Assertions.assertThat;
import static pykka.Script.script;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import pykka.internal.runtime.ActorIds;
import pykka.testfixtures.ActorRuntime;
import pykka.testfixtures.Await;

/**
 * Actors' URNs: version-4, IETF-variant UUIDs, unique for the life of the process, made from a
 * per-process counter rather than a {@code SecureRandom} per actor, and built only when asked for.
 */
final class ActorUrnTest {

  private static final int THREADS = 8;
  private static final int PER_THREAD = 20_000;

  @AfterEach
  void stopEveryActor() {
    ActorRegistry.stopAll(Duration.ofSeconds(Await.SECONDS));
  }

  @Test
  void urnsMadeByManyThreadsAtOnceAreDistinctVersionFourIetfVariantUuids() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<List<String>>> made = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        Callable<List<String>> maker =
            () -> {
              go.await();
              List<String> urns = new ArrayList<>(PER_THREAD);
              for (int i = 0; i < PER_THREAD; i++) {
                urns.add(ActorIds.urn(ActorIds.next()));
              }
              return urns;
            };
        made.add(pool.submit(maker));
      }
      go.countDown();
      Set<String> seen = new HashSet<>();
      for (Future<List<String>> urns : made) {
        for (String urn : urns.get()) {
          assertThat(seen.add(urn)).as("duplicate URN %s", urn).isTrue();
          assertIsVersionFourIetfVariant(urn);
        }
      }
      assertThat(seen).hasSize(THREADS * PER_THREAD);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void actorsMadeByManyThreadsAtOnceHaveDistinctUrns() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<List<String>>> made = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        boolean virtual = t % 2 == 0;
        made.add(
            pool.submit(
                () -> {
                  go.await();
                  List<String> urns = new ArrayList<>();
                  for (int i = 0; i < 2_000; i++) {
                    Actor actor = virtual ? new VirtualThreadActor() {} : new ThreadingActor() {};
                    urns.add(actor.actorUrn());
                  }
                  return urns;
                }));
      }
      go.countDown();
      Set<String> seen = new HashSet<>();
      for (Future<List<String>> urns : made) {
        for (String urn : urns.get()) {
          assertThat(seen.add(urn)).as("duplicate URN %s", urn).isTrue();
          assertIsVersionFourIetfVariant(urn);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @ParameterizedTest
  @EnumSource(ActorRuntime.class)
  void anActorsUrnAndDescriptionAreTheSameEachTimeTheyAreAskedFor(ActorRuntime runtime) {
    ActorRef<Actor> ref = Actors.start(runtime, script());

    String urn = ref.actorUrn();

    assertThat(ref.actorUrn()).isEqualTo(urn);
    assertThat(ref.actor().actorUrn()).isEqualTo(urn);
    assertThat(ref.toString()).endsWith("(" + urn + ")").isEqualTo(ref.toString());
    assertIsVersionFourIetfVariant(urn);
  }

  @ParameterizedTest
  @EnumSource(ActorRuntime.class)
  void getByUrnFindsAnActorByItsExactUrnOnly(ActorRuntime runtime) {
    ActorRef<Actor> ref = Actors.start(runtime, script());
    String urn = ref.actorUrn();
    UUID uuid = UUID.fromString(urn.substring("urn:uuid:".length()));

    assertThat(ActorRegistry.getByUrn(urn)).containsSame(ref);
    assertThat(ActorRegistry.getByUrn(urn.toUpperCase(Locale.ROOT))).isEmpty();
    assertThat(ActorRegistry.getByUrn("URN:UUID:" + uuid)).isEmpty();
    assertThat(ActorRegistry.getByUrn(uuid.toString())).isEmpty();
    assertThat(ActorRegistry.getByUrn(urn + " ")).isEmpty();
    UUID otherHigh =
        new UUID(uuid.getMostSignificantBits() ^ 0x1_0000_0000L, uuid.getLeastSignificantBits());
    assertThat(ActorRegistry.getByUrn("urn:uuid:" + otherHigh)).isEmpty();
    assertThat(ActorRegistry.getByUrn("urn:uuid:not-a-uuid-at-all-but-of-the-right-size"))
        .isEmpty();

    ref.stop();
    assertThat(ActorRegistry.getByUrn(urn)).isEmpty();
  }

  private static void assertIsVersionFourIetfVariant(String urn) {
    assertThat(urn).startsWith("urn:uuid:").hasSize("urn:uuid:".length() + 36);
    UUID uuid = UUID.fromString(urn.substring("urn:uuid:".length()));
    assertThat(uuid.version()).as("version of %s", urn).isEqualTo(4);
    assertThat(uuid.variant()).as("variant of %s", urn).isEqualTo(2);
    assertThat(uuid.toString()).isEqualTo(urn.substring("urn:uuid:".length()));
  }
}
