package pykka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pykka.Script.script;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.slf4j.event.Level;
import pykka.testfixtures.ActorRuntime;
import pykka.testfixtures.Await;
import pykka.testfixtures.BothRuntimes;
import pykka.testfixtures.LogCapture;
import pykka.testfixtures.LogRecord;
import pykka.testfixtures.RecordingLogProvider;
import pykka.testfixtures.StreamCapture;

/**
 * Rules 43 and 44 of docs/behaviour.md: whatever user code or the logging provider throws, every
 * ask and every stop is answered, and a dead actor is never alive or registered. The probes:
 * throwables that cannot be printed (their {@code getMessage()} or {@code toString()} throws, or
 * that of a cause or a suppressed exception), other odd throwables (a {@code null} message, cause
 * cycles, a real stack overflow), from every hook; an actor and a message whose {@code toString()}
 * throws; a logging provider that throws at any level; a {@code useDaemonThread()} that throws.
 * None may print to {@code System.err} either: pykka renders what its log lines mention itself, so
 * SLF4J never meets a throwing {@code toString()}.
 */
@BothRuntimes
final class HostileCodeTest {

  private static final Duration BOUND = Duration.ofSeconds(Await.SECONDS);

  private final ActorRuntime runtime;

  HostileCodeTest(ActorRuntime runtime) {
    this.runtime = runtime;
  }

  @AfterEach
  void stopEveryActor() {
    ActorRegistry.stopAll(BOUND);
  }

  /** Its {@code getMessage()} throws: the exception of the original zombie report. */
  static final class MessageThrows extends RuntimeException {
    private static final long serialVersionUID = 1L;

    @Override
    public String getMessage() {
      throw new NullPointerException("getMessage() is broken on purpose");
    }
  }

  /** Its {@code toString()} throws; {@code getMessage()} works. */
  static final class ToStringThrows extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ToStringThrows() {
      super("a fine message");
    }

    @Override
    public String toString() {
      throw new IllegalStateException("toString() is broken on purpose");
    }
  }

  /** A checked exception whose {@code getMessage()} throws. */
  static final class CheckedMessageThrows extends Exception {
    private static final long serialVersionUID = 1L;

    @Override
    public String getMessage() {
      throw new NullPointerException("getMessage() is broken on purpose");
    }
  }

  /** An {@link Error} whose {@code getMessage()} throws. */
  static final class ErrorMessageThrows extends Error {
    private static final long serialVersionUID = 1L;

    @Override
    public String getMessage() {
      throw new NullPointerException("getMessage() is broken on purpose");
    }
  }

  /** Its {@code getMessage()} recurses until the stack overflows. */
  static final class MessageOverflows extends RuntimeException {
    private static final long serialVersionUID = 1L;

    @Override
    public String getMessage() {
      return "again: " + getMessage();
    }
  }

  /** Its {@code getCause()} is itself. */
  static final class OwnCause extends RuntimeException {
    private static final long serialVersionUID = 1L;

    OwnCause() {
      super("my own cause");
    }

    @Override
    public synchronized Throwable getCause() {
      return this;
    }
  }

  /** Its {@code getCause()} throws. */
  static final class CauseThrows extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CauseThrows() {
      super("my cause cannot be read");
    }

    @Override
    public synchronized Throwable getCause() {
      throw new IllegalStateException("getCause() is broken on purpose");
    }
  }

  /** The odd throwables, each made anew for each test. */
  enum Odd {
    GET_MESSAGE_THROWS(false, MessageThrows::new),
    TO_STRING_THROWS(false, ToStringThrows::new),
    CHECKED_GET_MESSAGE_THROWS(false, CheckedMessageThrows::new),
    ERROR_GET_MESSAGE_THROWS(false, ErrorMessageThrows::new),
    GET_MESSAGE_OVERFLOWS_THE_STACK(false, MessageOverflows::new),
    CAUSE_GET_MESSAGE_THROWS(false, () -> new IllegalStateException("outer", new MessageThrows())),
    SUPPRESSED_TO_STRING_THROWS(
        false,
        () -> {
          IllegalStateException outer = new IllegalStateException("outer");
          outer.addSuppressed(new ToStringThrows());
          return outer;
        }),
    GET_CAUSE_THROWS(false, CauseThrows::new),
    NULL_MESSAGE(true, () -> new IllegalStateException((String) null)),
    CAUSE_CYCLE(
        true,
        () -> {
          IllegalStateException a = new IllegalStateException("a");
          a.initCause(new IllegalArgumentException("b", a));
          return a;
        }),
    OWN_CAUSE(true, OwnCause::new),
    /** Not made in advance: a real StackOverflowError from deep recursion in the hook. */
    DEEP_RECURSION(true, () -> null);

    final boolean printable;
    private final Supplier<Throwable> make;

    Odd(boolean printable, Supplier<Throwable> make) {
      this.printable = printable;
      this.make = make;
    }
  }

  /** The hook the odd throwable comes from. */
  enum Route {
    ASK,
    TELL,
    ON_START,
    ON_STOP,
    /** A tell fails plainly, then onFailure throws the odd one. */
    ON_FAILURE
  }

  /** One odd throwable, thrown from one route, with what the hooks saw. */
  private static final class Case {
    final Odd odd;
    final Route route;
    final Throwable thrown;
    final IllegalStateException first = new IllegalStateException("the tell that fails first");
    final ConcurrentLinkedQueue<Object> hooks = new ConcurrentLinkedQueue<>();
    final CountDownLatch ended = new CountDownLatch(1);

    Case(Odd odd, Route route) {
      this.odd = odd;
      this.route = route;
      this.thrown = odd.make.get();
    }

    void raise(Route from) {
      if (from != route) {
        return;
      }
      if (odd == Odd.DEEP_RECURSION) {
        recurse(0);
      }
      throw Script.sneakyThrow(thrown);
    }

    /** Whether {@code t} is what this case throws. */
    boolean isIt(Throwable t) {
      return odd == Odd.DEEP_RECURSION ? t instanceof StackOverflowError : t == thrown;
    }

    /** Whether {@code t} is what a log record about this case's throwable must carry. */
    boolean isLoggedAs(Throwable t) {
      if (odd.printable) {
        return isIt(t);
      }
      return t != null
          && t.getClass().getSimpleName().equals("UnprintableThrowable")
          && t.getMessage().contains(thrown.getClass().getName());
    }

    Script script() {
      return Script.script()
          .onStart(self -> raise(Route.ON_START))
          .onReceive(
              (self, message) -> {
                if ("fail".equals(message)) {
                  if (route == Route.ON_FAILURE) {
                    throw first;
                  }
                  raise(Route.ASK);
                  raise(Route.TELL);
                }
                return message;
              })
          .onStop(
              self -> {
                hooks.add("onStop");
                ended.countDown();
                raise(Route.ON_STOP);
              })
          .onFailure(
              (self, t) -> {
                hooks.add("onFailure");
                hooks.add(t);
                ended.countDown();
                raise(Route.ON_FAILURE);
              });
    }
  }

  private static int recurse(int depth) {
    return recurse(depth + 1) + 1;
  }

  // Regression: an exception whose getMessage() or toString() throws left a zombie: the log call
  // threw before the reply was completed, the actor's thread ended, the ask was never answered, the
  // actor stayed "alive" and registered, and onFailure never ran. Likewise for every other hook and
  // for the other odd throwables.
  @ParameterizedTest(name = "{0} from {1}")
  @EnumSource(Odd.class)
  void anOddThrowableFromAnyHookAnswersEveryAskAndStopAndLeavesNoZombie(Odd odd) {
    for (Route route : Route.values()) {
      try {
        oddThrowableFrom(new Case(odd, route));
      } catch (AssertionError e) {
        throw new AssertionError(odd + " from " + route + ": " + e.getMessage(), e);
      }
    }
  }

  private void oddThrowableFrom(Case c) {
    try (LogCapture logs = LogCapture.start();
        StreamCapture stderr = StreamCapture.stderr()) {
      Actor actor = Actors.create(runtime, c.script());
      ActorRef<Actor> ref = actor.actorRef();
      List<Future<?>> answeredDead = new ArrayList<>();
      Future<Boolean> stopped = null;
      List<Level> levels = new ArrayList<>();
      switch (c.route) {
        case ASK -> {
          actor.start();
          Throwable caught = catchThrowable(() -> ref.ask("fail", BOUND));
          if (c.thrown instanceof Exception && !(c.thrown instanceof RuntimeException)) {
            assertThat(caught).isInstanceOf(CompletionException.class);
            caught = caught.getCause();
          }
          assertThat(c.isIt(caught)).as("the caller gets the throwable: %s", caught).isTrue();
          assertThat(ref.ask("still here", BOUND)).isEqualTo("still here");
          assertThat(ref.isAlive()).isTrue();
          assertThat(ActorRegistry.getByUrn(ref.actorUrn())).containsSame(ref);
          levels.add(Level.INFO);
          stopped = ref.stopAsync();
        }
        case TELL, ON_FAILURE -> {
          actor.start();
          ref.tell("fail");
          answeredDead.add(ref.askAsync("queued behind the failure"));
          stopped = ref.stopAsync();
          Await.on(c.ended);
          levels.add(Level.ERROR);
          if (c.route == Route.ON_FAILURE) {
            levels.add(Level.ERROR);
          }
        }
        case ON_START -> {
          answeredDead.add(ref.askAsync("sent before the start"));
          stopped = ref.stopAsync();
          actor.start();
          levels.add(Level.ERROR);
        }
        case ON_STOP -> {
          actor.start();
          stopped = ref.stopAsync();
          answeredDead.add(ref.askAsync("queued behind the stop"));
          levels.add(Level.ERROR);
        }
      }

      // Answered: true if it was enqueued while the actor lived (a failed tell may beat it).
      Boolean stopResult = stopped.get(BOUND);
      if (c.route != Route.TELL && c.route != Route.ON_FAILURE) {
        assertThat(stopResult).isTrue();
      }
      for (Future<?> reply : answeredDead) {
        assertThatThrownBy(() -> reply.get(BOUND)).isInstanceOf(ActorDeadException.class);
      }
      Await.until(() -> ref.actor().mailbox.isClosed());
      assertThat(ref.isAlive()).isFalse();
      assertThat(ActorRegistry.getByUrn(ref.actorUrn())).isEmpty();
      assertThat(ActorRegistry.getAll()).doesNotContain(ref);
      assertThatThrownBy(() -> ref.ask("after the end", BOUND))
          .isInstanceOf(ActorDeadException.class);
      assertThat(ref.stop(BOUND)).isFalse();

      List<Object> hooks = List.copyOf(c.hooks);
      switch (c.route) {
        case ASK, ON_STOP -> assertThat(hooks).containsExactly("onStop");
        case ON_START -> assertThat(hooks).isEmpty();
        case TELL -> {
          assertThat(hooks).hasSize(2).first().isEqualTo("onFailure");
          assertThat(c.isIt((Throwable) hooks.get(1))).as("onFailure got it").isTrue();
        }
        case ON_FAILURE -> assertThat(hooks).containsExactly("onFailure", c.first);
      }

      List<LogRecord> records =
          logs.about(ref).stream().filter(r -> r.level().toInt() >= Level.INFO.toInt()).toList();
      assertThat(records).extracting(LogRecord::level).containsExactlyElementsOf(levels);
      LogRecord last = records.get(records.size() - 1);
      assertThat(c.isLoggedAs(last.throwable())).as("logged with %s", last.throwable()).isTrue();
      assertThat(stderr.text()).isEmpty();
    }
  }

  // The actor's own toString() is what Pykka's wording uses; when it throws (here also by
  // overflowing the stack), every log line falls back to the class name and the URN, and SLF4J
  // never sees the broken toString() (it would print "SLF4J(E): Failed toString() invocation").
  @ParameterizedTest(name = "toString() {0}")
  @EnumSource(names = {"THROWS", "OVERFLOWS_THE_STACK"})
  void anActorWhoseToStringThrowsStartsWorksFailsAndStopsLoggingItsClassNameAndUrnInstead(
      Broken broken) {
    try (LogCapture logs = LogCapture.start();
        StreamCapture stderr = StreamCapture.stderr()) {
      CountDownLatch failed = new CountDownLatch(1);
      Actor actor =
          Actors.create(
              runtime,
              script()
                  .onReceive(
                      (self, message) -> {
                        if ("fail".equals(message)) {
                          throw new IllegalStateException("fails on purpose");
                        }
                        return Script.UNHANDLED;
                      })
                  .onFailure((self, t) -> failed.countDown())
                  .describedAs(broken.toString));
      ActorRef<Actor> ref = actor.start();
      String name = ref.toString();

      assertThat(ref.ask("unexpected", BOUND)).isNull();
      assertThatThrownBy(() -> ref.ask("fail", BOUND)).hasMessage("fails on purpose");
      assertThatThrownBy(actor::start)
          .isInstanceOf(IllegalStateException.class)
          .hasMessage(name + " was already started; an actor starts only once");
      assertThat(ref.stop(BOUND)).isTrue();

      Actor failing =
          Actors.create(
              runtime,
              script()
                  .onReceive(
                      (self, message) -> {
                        throw new IllegalStateException("fails on purpose");
                      })
                  .onFailure((self, t) -> failed.countDown())
                  .describedAs(broken.toString));
      ActorRef<Actor> failingRef = failing.start();
      failingRef.tell("fail");
      Await.on(failed);
      Await.until(() -> failing.mailbox.isClosed());
      assertThat(failingRef.isAlive()).isFalse();
      assertThat(ActorRegistry.getByUrn(failingRef.actorUrn())).isEmpty();

      assertThat(logs.linesAbout(ref))
          .containsExactly(
              "DEBUG Registered " + name,
              "DEBUG Starting " + name,
              "WARN Unexpected message received by " + name + ": unexpected",
              "INFO Exception returned from " + name + " to caller:",
              "DEBUG Unregistered " + name,
              "DEBUG Stopped " + name);
      assertThat(logs.linesAbout(failingRef))
          .contains("ERROR Unhandled exception in " + failingRef + ":");
      assertThat(stderr.text()).isEmpty();
    }
  }

  /** How an actor's {@code toString()} is broken. */
  enum Broken {
    THROWS(
        () -> {
          throw new IllegalStateException("toString() is broken on purpose");
        }),
    OVERFLOWS_THE_STACK(() -> String.valueOf(recurse(0)));

    final Supplier<String> toString;

    Broken(Supplier<String> toString) {
      this.toString = toString;
    }
  }

  /** A message whose {@code toString()} throws. */
  static final class UnprintableMessage {
    @Override
    public String toString() {
      throw new IllegalStateException("toString() is broken on purpose");
    }
  }

  @Test
  void anUnexpectedMessageWhoseToStringThrowsIsLoggedByClassNameAndRepliedToWithNull() {
    try (LogCapture logs = LogCapture.start();
        StreamCapture stderr = StreamCapture.stderr()) {
      ActorRef<Actor> ref = Actors.start(runtime, script());
      UnprintableMessage message = new UnprintableMessage();

      assertThat(ref.ask(message, BOUND)).isNull();

      assertThat(logs.linesAbout(ref))
          .filteredOn(line -> line.startsWith("WARN"))
          .singleElement()
          .satisfies(
              line ->
                  assertThat(line)
                      .startsWith(
                          "WARN Unexpected message received by "
                              + ref
                              + ": "
                              + UnprintableMessage.class.getName()
                              + "@"));
      assertThat(ref.stop(BOUND)).isTrue();
      assertThat(stderr.text()).isEmpty();
    }
  }

  /** What a failing logging provider throws. */
  enum ProviderFault {
    RUNTIME_EXCEPTION(() -> new IllegalStateException("the appender is broken on purpose")),
    CHECKED_EXCEPTION(() -> new IOException("the disk is full on purpose")),
    STACK_OVERFLOW(() -> new StackOverflowError("the appender overflowed on purpose"));

    final Supplier<Throwable> make;

    ProviderFault(Supplier<Throwable> make) {
      this.make = make;
    }
  }

  // A provider that throws at some level must not break pykka: not start() (DEBUG Registered and
  // Starting come after the ref is registered), not an ask (WARN, INFO), not a stop (DEBUG
  // Unregistered and Stopped), not a failure (ERROR, then onFailure).
  @ParameterizedTest(name = "{0}")
  @EnumSource(ProviderFault.class)
  void aLoggingProviderThatThrowsAtAnyLevelBreaksNoStartNoAskNoStopAndNoFailure(ProviderFault fault)
      throws Exception {
    for (Level level : List.of(Level.DEBUG, Level.INFO, Level.WARN, Level.ERROR)) {
      try (RecordingLogProvider.Fault failing =
              RecordingLogProvider.failing(level, "", fault.make);
          StreamCapture stderr = StreamCapture.stderr()) {
        lifeWithAFailingProvider();
        assertThat(stderr.text()).as("stderr at %s", failing.level()).isEmpty();
      } catch (AssertionError e) {
        throw new AssertionError("provider failing at " + level + ": " + e.getMessage(), e);
      }
    }
  }

  private void lifeWithAFailingProvider() {
    CountDownLatch failed = new CountDownLatch(1);
    IllegalStateException boom = new IllegalStateException("fails on purpose");
    Script failingScript =
        script()
            .onReceive(
                (self, message) -> {
                  if ("fail".equals(message)) {
                    throw boom;
                  }
                  return Script.UNHANDLED;
                })
            .onFailure((self, t) -> failed.countDown());
    ActorRef<Actor> ref = Actors.start(runtime, failingScript);

    assertThat(ActorRegistry.getByUrn(ref.actorUrn())).containsSame(ref);
    assertThat(ref.ask("unexpected", BOUND)).isNull();
    assertThatThrownBy(() -> ref.ask("fail", BOUND)).isSameAs(boom);
    assertThat(ref.isAlive()).isTrue();
    assertThat(ref.stop(BOUND)).isTrue();
    assertThat(ref.isAlive()).isFalse();
    assertThat(ActorRegistry.getByUrn(ref.actorUrn())).isEmpty();

    ActorRef<Actor> other = Actors.start(runtime, failingScript);
    other.tell("fail");
    Future<Object> queued = other.askAsync("queued behind the failure");
    Await.on(failed);
    assertThatThrownBy(() -> queued.get(BOUND)).isInstanceOf(ActorDeadException.class);
    Await.until(() -> other.actor().mailbox.isClosed());
    assertThat(other.isAlive()).isFalse();
    assertThat(ActorRegistry.getByUrn(other.actorUrn())).isEmpty();

    ActorRef<Actor> third = Actors.start(runtime, script());
    ActorRegistry.unregister(third);
    ActorRegistry.unregister(third);
    ActorRegistry.register(third);
    assertThat(ActorRegistry.getByUrn(third.actorUrn())).containsSame(third);
    assertThat(third.stop(BOUND)).isTrue();
    assertThat(ActorRegistry.getByUrn(third.actorUrn())).isEmpty();
  }

  /** What a failing {@code useDaemonThread()} throws. */
  enum DaemonFault {
    RUNTIME_EXCEPTION(() -> new IllegalStateException("useDaemonThread() is broken on purpose")),
    CHECKED_EXCEPTION(() -> new IOException("useDaemonThread() is broken on purpose")),
    ERROR(() -> new OutOfMemoryError("unable to create native thread"));

    final Supplier<Throwable> make;

    DaemonFault(Supplier<Throwable> make) {
      this.make = make;
    }
  }

  // A checked exception thrown sneakily from useDaemonThread() passed start()'s catch of
  // RuntimeException and Error: the actor stayed registered and "alive" with no thread.
  @ParameterizedTest(name = "{0}")
  @EnumSource(DaemonFault.class)
  void whateverUseDaemonThreadThrowsStartRethrowsItAndTheActorIsDeadUnregisteredAndAnswered(
      DaemonFault fault) {
    Throwable thrown = fault.make.get();
    Actor actor =
        Actors.create(
            runtime,
            script()
                .useDaemonThread(
                    () -> {
                      throw Script.sneakyThrow(thrown);
                    }));
    ActorRef<Actor> ref = actor.actorRef();
    Future<Object> early = ref.askAsync("sent before the start");
    Future<Boolean> earlyStop = ref.stopAsync();

    assertThat(catchThrowable(actor::start)).isSameAs(thrown);

    assertThat(ref.isAlive()).isFalse();
    assertThat(ActorRegistry.getByUrn(ref.actorUrn())).isEmpty();
    assertThatThrownBy(() -> early.get(BOUND)).isInstanceOf(ActorDeadException.class);
    assertThat(earlyStop.get(BOUND)).isTrue();
    assertThat(ref.stop(BOUND)).isFalse();
    assertThatThrownBy(() -> ref.tell("after")).isInstanceOf(ActorDeadException.class);
  }

  // Rule 13 with a twist: onStart stops the actor and then throws.
  @Test
  void onStartThatStopsTheActorAndThenThrowsStillAnswersEverythingQueued() {
    IllegalStateException boom = new IllegalStateException("after stop()");
    Actor actor =
        Actors.create(
            runtime,
            script()
                .onStart(
                    self -> {
                      self.stop();
                      throw boom;
                    }));
    ActorRef<Actor> ref = actor.actorRef();
    Future<Object> early = ref.askAsync("sent before the start");
    Future<Boolean> earlyStop = ref.stopAsync();

    actor.start();

    assertThatThrownBy(() -> early.get(BOUND)).isInstanceOf(ActorDeadException.class);
    assertThat(earlyStop.get(BOUND)).isTrue();
    Await.until(() -> actor.mailbox.isClosed());
    assertThat(ref.isAlive()).isFalse();
    assertThat(ActorRegistry.getByUrn(ref.actorUrn())).isEmpty();
  }

  // The invariant under contention: three senders drive short-lived actors through unprintable
  // failures of asks and tells and through stops, while the provider fails at every level.
  @Test
  void underContentionWithAFailingProviderNoAskOrStopIsLeftPendingAndNoDeadActorIsRegistered()
      throws Exception {
    List<AutoCloseable> faults = new ArrayList<>();
    for (Level level : List.of(Level.DEBUG, Level.INFO, Level.WARN, Level.ERROR)) {
      faults.add(
          RecordingLogProvider.failing(
              level, "", () -> new IllegalStateException("the appender is broken on purpose")));
    }
    try (StreamCapture stderr = StreamCapture.stderr()) {
      List<ActorRef<Actor>> refs = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        refs.add(
            Actors.start(
                runtime,
                (self, message) -> {
                  if (message instanceof Throwable t) {
                    throw Script.sneakyThrow(t);
                  }
                  return message;
                }));
      }
      List<CompletableFuture<Void>> senders = new ArrayList<>();
      for (int s = 0; s < 3; s++) {
        int sender = s;
        senders.add(
            CompletableFuture.runAsync(
                () -> {
                  Random random = new Random(sender);
                  List<Future<?>> replies = new ArrayList<>();
                  for (int i = 0; i < 600; i++) {
                    ActorRef<Actor> ref = refs.get(random.nextInt(refs.size()));
                    switch (random.nextInt(10)) {
                      case 0 -> replies.add(ref.stopAsync());
                      case 1 -> {
                        try {
                          ref.tell(new MessageThrows());
                        } catch (ActorDeadException dead) {
                          // died meanwhile
                        }
                      }
                      case 2, 3 -> replies.add(ref.askAsync(new ToStringThrows()));
                      default -> replies.add(ref.askAsync(i));
                    }
                  }
                  for (Future<?> reply : replies) {
                    try {
                      reply.get(BOUND);
                    } catch (TimeoutException e) {
                      throw new AssertionError("left pending", e);
                    } catch (RuntimeException expected) {
                      // answered with the actor's failure or ActorDeadException
                    }
                  }
                }));
      }
      for (CompletableFuture<Void> sender : senders) {
        sender.get(Await.SECONDS * 3, TimeUnit.SECONDS);
      }
      for (ActorRef<Actor> ref : refs) {
        ref.stop(BOUND);
        Await.until(() -> ref.actor().mailbox.isClosed());
        assertThat(ref.isAlive()).isFalse();
        assertThat(ActorRegistry.getByUrn(ref.actorUrn())).isEmpty();
      }
      assertThat(stderr.text()).isEmpty();
    } finally {
      for (AutoCloseable fault : faults) {
        fault.close();
      }
    }
  }

  private static Throwable catchThrowable(Runnable call) {
    try {
      call.run();
    } catch (Throwable t) {
      return t;
    }
    throw new AssertionError("nothing was thrown");
  }
}
