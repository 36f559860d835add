package pykka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import pykka.messages.ProxyCall;
import pykka.messages.ProxyGetAttr;
import pykka.messages.ProxySetAttr;
import pykka.testfixtures.ActorRuntime;
import pykka.testfixtures.Await;

/**
 * What each misuse of the API gets: the rows of the table in {@code docs/misuse.md} that no other
 * test backs. Each misuse fails at once, with an exception whose message names the culprit, and
 * leaves nothing half done: a call rejected for its arguments sends nothing.
 */
final class MisuseTest extends ProxyTestSupport {

  private static final Duration BOUND = Duration.ofSeconds(Await.SECONDS);
  private static final String NULL_TIMEOUT =
      "timeout must not be null; call the method without a timeout to wait forever";

  /** Records every message; a public field and method for the proxy rows. */
  public static class Target extends ProxyTestActor {
    final ConcurrentLinkedQueue<Object> received = new ConcurrentLinkedQueue<>();
    public final String constant = "fixed";
    public int counter;

    public int add(int a, int b) {
      return a + b;
    }

    @Override
    protected Object onReceive(Object message) {
      received.add(String.valueOf(message));
      return message;
    }
  }

  /** Every public method that takes a timeout, called with {@code timeout}. */
  private static List<Consumer<Duration>> everyTimeoutTaker(ActorRef<Target> ref) {
    ThreadingFuture<String> set = new ThreadingFuture<>();
    set.set("value");
    return List.of(
        timeout -> ref.ask("ask with a bad timeout", timeout),
        timeout -> ref.stop(timeout),
        timeout -> ActorRegistry.stopAll(timeout),
        timeout -> set.get(timeout),
        timeout -> Future.getAll(List.of(set), timeout));
  }

  @ParameterizedTest
  @EnumSource(ActorRuntime.class)
  void aNullTimeoutIsRejectedWithAClearMessageBeforeAnythingIsSentOrStopped(ActorRuntime runtime) {
    use(runtime);
    Target target = new Target();
    ActorRef<Target> ref = target.start();

    for (Consumer<Duration> call : everyTimeoutTaker(ref)) {
      assertThatThrownBy(() -> call.accept(null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage(NULL_TIMEOUT);
    }

    assertThat(ref.isAlive()).isTrue();
    assertThat(ref.ask("anything before this?", BOUND)).isEqualTo("anything before this?");
    assertThat(target.received).containsExactly("anything before this?");
  }

  @ParameterizedTest
  @EnumSource(ActorRuntime.class)
  void aNegativeTimeoutIsRejectedNamingItBeforeAnythingIsSentOrStopped(ActorRuntime runtime) {
    use(runtime);
    Target target = new Target();
    ActorRef<Target> ref = target.start();

    for (Consumer<Duration> call : everyTimeoutTaker(ref)) {
      assertThatThrownBy(() -> call.accept(Duration.ofMillis(-1)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("timeout must not be negative, but was PT-0.001S");
    }

    assertThat(ref.isAlive()).isTrue();
    assertThat(ref.ask("anything before this?", BOUND)).isEqualTo("anything before this?");
    assertThat(target.received).containsExactly("anything before this?");
  }

  @ParameterizedTest
  @EnumSource(ActorRuntime.class)
  void startingAnActorTwiceThrowsIllegalStateExceptionNamingTheActor(ActorRuntime runtime) {
    use(runtime);
    Target target = new Target();
    ActorRef<Target> ref = target.start();

    assertThatThrownBy(target::start)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(ref + " was already started; an actor starts only once");
    assertThat(ActorRegistry.getAll()).containsOnlyOnce(ref);
  }

  @ParameterizedTest
  @EnumSource(ActorRuntime.class)
  void anActorNeverStartedKeepsItsMessagesSoATimedAskTimesOutAndTheStartAnswersIt(
      ActorRuntime runtime) {
    use(runtime);
    Target target = new Target();
    ActorRef<Target> ref = target.actorRef();

    assertThatThrownBy(() -> ref.ask("before start", Duration.ofMillis(20)))
        .isInstanceOf(TimeoutException.class)
        .hasMessage("0.02 seconds");
    Future<Object> waiting = ref.askAsync("also before start");
    target.start();

    assertThat(waiting.get(BOUND)).isEqualTo("also before start");
    assertThat(target.received).containsExactly("before start", "also before start");
  }

  @ParameterizedTest
  @EnumSource(ActorRuntime.class)
  void aCallWithWrongArgumentTypesOrCountNamesTheArgumentsAndTheSignatureOnOffer(
      ActorRuntime runtime) {
    use(runtime);
    ActorRef<Target> ref = new Target().start();
    ActorProxy proxy = ref.proxy();
    String onOffer = "; it has public int " + Target.class.getName() + ".add(int,int)";

    assertThatThrownBy(() -> proxy.call("add", 1, "two").get(BOUND))
        .isInstanceOf(NoSuchMemberException.class)
        .hasMessage(ref + " has no method 'add' that takes (Integer, String)" + onOffer);
    assertThatThrownBy(() -> proxy.call("add", 1).get(BOUND))
        .isInstanceOf(NoSuchMemberException.class)
        .hasMessage(ref + " has no method 'add' that takes (Integer)" + onOffer);
    assertThatThrownBy(() -> proxy.method("add").defer())
        .isInstanceOf(NoSuchMemberException.class)
        .hasMessage(ref + " has no method 'add' that takes no arguments" + onOffer);
    assertThatThrownBy(() -> ref.ask(new ProxyCall(List.of("add"), List.of(1, 2, 3)), BOUND))
        .isInstanceOf(NoSuchMemberException.class)
        .hasMessage(ref + " has no method 'add' that takes (Integer, Integer, Integer)" + onOffer);
    assertThat(proxy.call("add", 1, 2).get(BOUND)).isEqualTo(3);
  }

  // Regression: a hand-built ProxySetAttr to a final or mistyped field failed with a message that
  // named the field but not the actor, unlike the proxy's own setField.
  @ParameterizedTest
  @EnumSource(ActorRuntime.class)
  void aHandBuiltWriteToAFinalOrMistypedFieldNamesTheActorAndTheField(ActorRuntime runtime) {
    use(runtime);
    ActorRef<Target> ref = new Target().start();

    assertThatThrownBy(() -> ref.ask(new ProxySetAttr(List.of("constant"), "other"), BOUND))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(ref + " field 'constant' is final and cannot be written");
    assertThatThrownBy(() -> ref.ask(new ProxySetAttr(List.of("counter"), "text"), BOUND))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(ref + " field 'counter' is of type int and cannot take a java.lang.String");
    assertThatThrownBy(() -> ref.ask(new ProxySetAttr(List.of("counter"), null), BOUND))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(ref + " field 'counter' is of type int and cannot take null");
    assertThat(ref.ask(new ProxyGetAttr(List.of("counter")), BOUND)).isEqualTo(0);
    assertThat(ref.isAlive()).isTrue();
  }

  @Test
  void aHandBuiltMessageWithAnEmptyOrNullPathIsRejectedWhenBuilt() {
    assertThatThrownBy(() -> new ProxyCall(List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("attrPath must name at least one member");
    assertThatThrownBy(() -> new ProxyGetAttr(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("attrPath must name at least one member");
    List<String> withNull = new ArrayList<>();
    withNull.add(null);
    assertThatThrownBy(() -> new ProxySetAttr(withNull, 1))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("attrPath holds a null name");
  }

  @Test
  void settingAFutureTwiceOrGivingItAHookAfterItIsSetThrowsSayingItCanBeSetOnlyOnce() {
    ThreadingFuture<String> set = new ThreadingFuture<>();
    set.set("first");
    ThreadingFuture<String> hooked = new ThreadingFuture<>();
    hooked.setGetHook(timeout -> "hooked");

    assertThatThrownBy(() -> set.set("second"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("This future is already set; a future can be set only once");
    assertThatThrownBy(() -> set.setGetHook(timeout -> "late hook"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("This future is already set; a future can be set only once");
    assertThatThrownBy(() -> hooked.set("after a hook"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("This future has a get hook; a future can be set only once");
    assertThat(set.get(Duration.ZERO)).isEqualTo("first");
  }

  @Test
  void reduceOfAnEmptyListWithoutAnInitialValueSaysSoAtGet() {
    ThreadingFuture<List<Integer>> empty = new ThreadingFuture<>();
    empty.set(List.of());

    Future<Integer> reduced = empty.reduce((Integer a, Integer b) -> a + b);

    assertThatThrownBy(reduced::get)
        .isInstanceOf(NoSuchElementException.class)
        .hasMessage("reduce() of an empty iterable with no initial value");
    assertThat(empty.reduce((Integer a, Integer b) -> a + b, 0).get()).isZero();
  }

  @ParameterizedTest
  @EnumSource(ActorRuntime.class)
  void aNullWhereAValueIsRequiredFailsAtOnceNamingTheParameter(ActorRuntime runtime) {
    use(runtime);
    ActorRef<Target> ref = new Target().start();
    ThreadingFuture<String> future = new ThreadingFuture<>();

    assertThatThrownBy(() -> ActorRegistry.register(null)).hasMessage("ref");
    assertThatThrownBy(() -> ActorRegistry.getByUrn(null)).hasMessage("actorUrn");
    assertThatThrownBy(() -> ActorRegistry.getByClass(null)).hasMessage("actorClass");
    assertThatThrownBy(() -> ActorRegistry.getByClassName(null)).hasMessage("actorClassName");
    assertThatThrownBy(() -> ref.proxy((Class<?>) null)).hasMessage("api");
    assertThatThrownBy(() -> ref.proxy().call(null)).hasMessage("name");
    assertThatThrownBy(() -> ref.proxy().field(null)).hasMessage("name");
    assertThatThrownBy(() -> future.setException(null)).hasMessage("exception");
    assertThatThrownBy(() -> future.setGetHook(null)).hasMessage("hook");
    assertThatThrownBy(() -> future.map(null)).hasMessage("function");
    assertThatThrownBy(() -> future.filter(null)).hasMessage("predicate");
    assertThatThrownBy(() -> future.join((Future<?>) null))
        .hasMessage("futures holds a null future");
    assertThatThrownBy(() -> Future.getAll(null)).hasMessage("futures");
    assertThat(future.isDone()).isFalse();
    assertThat(ref.isAlive()).isTrue();
  }
}
