package pykka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.event.Level;
import pykka.messages.ProxyGetAttr;
import pykka.testfixtures.ActorRuntime;
import pykka.testfixtures.Await;
import pykka.testfixtures.BothRuntimes;
import pykka.testfixtures.LogCapture;
import pykka.testfixtures.LogRecord;

/**
 * Rules 16 to 19 of docs/behaviour.md as a matrix: an unchecked exception, a checked exception and
 * an {@link Error} thrown from every hook ({@code onStart}, {@code onReceive}, a proxied method,
 * {@code onStop}, {@code onFailure}) and reaching it by every route (tell, ask, proxy call, proxy
 * defer, typed-proxy methods that block and that tell), on both runtimes. Each case checks the
 * state the actor ends in, that the registry agrees with it, which hooks ran, what the caller got,
 * and that the one right log record appears exactly once, with nothing else at INFO or above.
 *
 * <p>FailureTest already has an unchecked exception from {@code onReceive} (tell and ask), {@code
 * onStart}, {@code onStop} and {@code onFailure}, so the matrix runs those routes with the checked
 * exception and the {@code Error} only. Field reads run no actor code in Java; their faults (a
 * traversable field that became {@code null}, an unknown field in a hand-built message) have their
 * own two tests at the end.
 */
@BothRuntimes
final class FaultMatrixTest extends ProxyTestSupport {

  private static final Duration BOUND = Duration.ofSeconds(Await.SECONDS);

  FaultMatrixTest(ActorRuntime runtime) {
    super(runtime);
  }

  /** What is thrown. */
  enum Kind {
    UNCHECKED(() -> new IllegalStateException("unchecked on purpose")),
    CHECKED(() -> new IOException("checked on purpose")),
    ERROR(() -> new AssertionError("error on purpose"));

    private final Supplier<Throwable> make;

    Kind(Supplier<Throwable> make) {
      this.make = make;
    }
  }

  /** Where it is thrown from, and how the actor got there; with the state the actor must end in. */
  enum Route {
    ON_START(End.DEAD_WITHOUT_ON_FAILURE),
    TELL(End.DEAD_THROUGH_ON_FAILURE),
    ASK(End.ALIVE),
    PROXY_CALL(End.ALIVE),
    PROXY_DEFER(End.DEAD_THROUGH_ON_FAILURE),
    TYPED_BLOCKING_CALL(End.ALIVE),
    TYPED_VOID_CALL(End.DEAD_THROUGH_ON_FAILURE),
    ON_STOP(End.DEAD_WITHOUT_ON_FAILURE),
    ON_FAILURE(End.DEAD_THROUGH_ON_FAILURE);

    private final End end;

    Route(End end) {
      this.end = end;
    }
  }

  enum End {
    /** Rule 16: the caller gets the throwable, logged at INFO; the actor keeps running. */
    ALIVE,
    /** Rule 17: logged at ERROR; the actor dies and then onFailure runs, not onStop. */
    DEAD_THROUGH_ON_FAILURE,
    /** Rule 18: logged at ERROR; the actor dies; neither onFailure nor onStop runs after it. */
    DEAD_WITHOUT_ON_FAILURE
  }

  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    for (Route route : Route.values()) {
      for (Kind kind : Kind.values()) {
        boolean inFailureTest =
            kind == Kind.UNCHECKED
                && List.of(Route.ON_START, Route.TELL, Route.ASK, Route.ON_STOP, Route.ON_FAILURE)
                    .contains(route);
        if (!inFailureTest) {
          cases.add(Arguments.of(route, kind));
        }
      }
    }
    return cases.stream();
  }

  /** Throws {@link #thrown} from the hook its route names; records which hooks ran. */
  public static class Faulty extends ProxyTestActor {
    final Route route;
    final Throwable thrown;

    /** For ON_FAILURE: what the failing tell throws before onFailure throws {@link #thrown}. */
    final Throwable first = new IllegalStateException("the tell that fails first");

    final ConcurrentLinkedQueue<Object> hooks = new ConcurrentLinkedQueue<>();
    final CountDownLatch ended = new CountDownLatch(1);

    @Traversable public Holder holder = new Holder();

    Faulty(Route route, Throwable thrown) {
      this.route = route;
      this.thrown = thrown;
    }

    /** The proxied method: throws what it is told to. */
    public String fail() {
      throw Script.sneakyThrow(thrown);
    }

    @Override
    protected void onStart() {
      if (route == Route.ON_START) {
        throw Script.sneakyThrow(thrown);
      }
    }

    @Override
    protected Object onReceive(Object message) {
      if ("fail".equals(message)) {
        throw Script.sneakyThrow(route == Route.ON_FAILURE ? first : thrown);
      }
      return message;
    }

    @Override
    protected void onStop() {
      hooks.add("onStop");
      ended.countDown();
      if (route == Route.ON_STOP) {
        throw Script.sneakyThrow(thrown);
      }
    }

    @Override
    protected void onFailure(Throwable failure) {
      hooks.add("onFailure");
      hooks.add(failure);
      ended.countDown();
      if (route == Route.ON_FAILURE) {
        throw Script.sneakyThrow(thrown);
      }
    }
  }

  /** A traversable holder of a field, for the field-read faults. */
  public static class Holder {
    public String value = "held";
  }

  /** The typed view whose blocking method rethrows, declaring the checked exception. */
  interface Blocking {
    String fail() throws IOException;
  }

  /** The typed view whose void method tells. */
  interface Telling {
    void fail();
  }

  @ParameterizedTest(name = "{1} from {0}")
  @MethodSource("cases")
  void anyThrowableByAnyRouteLeavesTheActorAndTheRegistryAsDocumentedWithOneLogRecord(
      Route route, Kind kind) throws Exception {
    Throwable thrown = kind.make.get();
    try (LogCapture logs = LogCapture.start()) {
      Faulty actor = new Faulty(route, thrown);
      ActorRef<Faulty> ref = actor.start();

      switch (route) {
        case ON_START -> {} // thrown already
        case TELL, ON_FAILURE -> ref.tell("fail");
        case ASK -> assertCallerGets(kind, thrown, () -> ref.ask("fail", BOUND));
        case PROXY_CALL ->
            assertCallerGets(kind, thrown, () -> ref.proxy().call("fail").get(BOUND));
        case PROXY_DEFER -> ref.proxy().method("fail").defer();
        case TYPED_BLOCKING_CALL -> {
          Blocking blocking = ref.proxy(Blocking.class);
          assertThatThrownBy(blocking::fail).isSameAs(thrown); // a declared checked one too
        }
        case TYPED_VOID_CALL -> ref.proxy(Telling.class).fail();
        case ON_STOP -> assertThat(ref.stop(BOUND)).isTrue();
      }

      List<String> expected = new ArrayList<>();
      List<Throwable> expectedThrowables = new ArrayList<>();
      switch (route.end) {
        case ALIVE -> {
          assertThat(ref.ask("still here", BOUND)).isEqualTo("still here");
          assertThat(ref.isAlive()).isTrue();
          assertThat(ActorRegistry.getByUrn(ref.actorUrn())).containsSame(ref);
          assertThat(ActorRegistry.getAll()).contains(ref);
          assertThat(actor.hooks).isEmpty();
          expected.add("INFO Exception returned from " + ref + " to caller:");
          expectedThrowables.add(thrown);
        }
        case DEAD_THROUGH_ON_FAILURE -> {
          Await.on(actor.ended);
          Throwable failure = route == Route.ON_FAILURE ? actor.first : thrown;
          assertThat(actor.hooks).containsExactly("onFailure", failure);
          expected.add("ERROR Unhandled exception in " + ref + ":");
          expectedThrowables.add(failure);
          if (route == Route.ON_FAILURE) {
            expected.add("ERROR Unhandled exception in " + ref + ":");
            expectedThrowables.add(thrown);
          }
        }
        case DEAD_WITHOUT_ON_FAILURE -> {
          if (route == Route.ON_START) {
            Await.until(() -> ref.actor().mailbox.isClosed()); // onStart has thrown
          }
          assertThat(ref.stop(BOUND)).isFalse(); // dead: from onStart, or stopped above
          assertThat(actor.hooks)
              .containsExactlyElementsOf(route == Route.ON_STOP ? List.of("onStop") : List.of());
          expected.add("ERROR Unhandled exception in " + ref + ":");
          expectedThrowables.add(thrown);
        }
      }
      if (route.end != End.ALIVE) {
        // The actor's thread closes the inbox after its last hook and its last log record.
        Await.until(() -> ref.actor().mailbox.isClosed());
        assertThat(ref.isAlive()).isFalse();
        assertThat(ActorRegistry.getByUrn(ref.actorUrn())).isEmpty();
        assertThat(ActorRegistry.getAll()).doesNotContain(ref);
        assertThatThrownBy(() -> ref.tell("after")).isInstanceOf(ActorDeadException.class);
      }
      List<LogRecord> records =
          logs.about(ref).stream().filter(r -> r.level().toInt() >= Level.INFO.toInt()).toList();
      assertThat(records)
          .extracting(r -> r.level() + " " + r.message())
          .containsExactlyElementsOf(expected);
      assertThat(records)
          .extracting(LogRecord::throwable)
          .containsExactlyElementsOf(expectedThrowables);
    }
  }

  /** What an ask or proxy call rethrows: the throwable itself, a checked one wrapped (rule 20). */
  private static void assertCallerGets(Kind kind, Throwable thrown, Runnable call) {
    if (kind == Kind.CHECKED) {
      assertThatThrownBy(call::run)
          .isInstanceOf(CompletionException.class)
          .cause()
          .isSameAs(thrown);
    } else {
      assertThatThrownBy(call::run).isSameAs(thrown);
    }
  }

  @Test
  void aProxiedFieldReadThroughATraversableFieldThatBecameNullFailsTheCallerOnlyAndLogsOneInfo() {
    try (LogCapture logs = LogCapture.start()) {
      Faulty actor = new Faulty(Route.ASK, new AssertionError("unused"));
      ActorRef<Faulty> ref = actor.start();
      ActorProxy holder = ref.proxy().traverse("holder");
      assertThat(holder.field("value").get(BOUND)).isEqualTo("held");
      ref.proxy().setField("holder", null);

      assertThatThrownBy(() -> holder.field("value").get(BOUND))
          .isInstanceOf(NullPointerException.class)
          .hasMessageContaining("'holder' is null");

      assertThat(ref.ask("still here", BOUND)).isEqualTo("still here");
      assertThat(ActorRegistry.getByUrn(ref.actorUrn())).containsSame(ref);
      assertThat(logs.about(ref))
          .filteredOn(r -> r.level().toInt() >= Level.INFO.toInt())
          .singleElement()
          .satisfies(
              r -> {
                assertThat(r.level()).isEqualTo(Level.INFO);
                assertThat(r.message()).isEqualTo("Exception returned from " + ref + " to caller:");
                assertThat(r.throwable()).isInstanceOf(NullPointerException.class);
              });
    }
  }

  @Test
  void aFieldReadOfAnUnknownMemberToldToTheActorStopsItThroughOnFailureWithOneError() {
    try (LogCapture logs = LogCapture.start()) {
      Faulty actor = new Faulty(Route.TELL, new AssertionError("unused"));
      ActorRef<Faulty> ref = actor.start();

      ref.tell(new ProxyGetAttr(List.of("nope")));

      Await.on(actor.ended);
      assertThat(actor.hooks).first().isEqualTo("onFailure");
      assertThat(actor.hooks).last().isInstanceOf(NoSuchMemberException.class);
      Await.until(() -> ref.actor().mailbox.isClosed());
      assertThat(ref.isAlive()).isFalse();
      assertThat(ActorRegistry.getByUrn(ref.actorUrn())).isEmpty();
      assertThat(logs.about(ref))
          .filteredOn(r -> r.level().toInt() >= Level.INFO.toInt())
          .singleElement()
          .satisfies(
              r -> {
                assertThat(r.level()).isEqualTo(Level.ERROR);
                assertThat(r.message()).isEqualTo("Unhandled exception in " + ref + ":");
                assertThat(r.throwable())
                    .isInstanceOf(NoSuchMemberException.class)
                    .hasMessageContaining("'nope'");
              });
    }
  }
}
