package pykka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import pykka.messages.ProxyCall;
import pykka.messages.ProxyGetAttr;
import pykka.messages.ProxySetAttr;
import pykka.testfixtures.ActorRuntime;
import pykka.testfixtures.BothRuntimes;

/**
 * Rules 33 to 39 and 42 of docs/behaviour.md (what a proxy exposes and how it reaches it), and
 * rules 8, 14, 16 and 17 as they apply to proxies, on both runtimes.
 */
@BothRuntimes
final class ProxyRulesTest extends ProxyTestSupport {

  ProxyRulesTest(ActorRuntime runtime) {
    super(runtime);
  }

  public static class Inner {
    public int depth = 2;

    public String where() {
      return "inner";
    }
  }

  public static class Middle {
    @Traversable public final Inner inner = new Inner();
    public final Inner plain = new Inner();
  }

  public static class Subject extends ProxyTestActor {
    public int counter;
    public final String constant = "fixed";
    public static String shared = "static";
    @Traversable public final Middle middle = new Middle();
    int hiddenField = 1;
    final CountDownLatch failureSeen = new CountDownLatch(1);
    volatile Throwable failure;
    volatile boolean stopRan;

    public int increment() {
      return ++counter;
    }

    public String which(int x) {
      return "int";
    }

    public String which(long x) {
      return "long";
    }

    public String which(String s) {
      return "String";
    }

    public String which(Object o) {
      return "Object";
    }

    public String pair(Integer a, Object b) {
      return "Integer,Object";
    }

    public String pair(Object a, Integer b) {
      return "Object,Integer";
    }

    public String primitive(int x) {
      return "int " + x;
    }

    public void fail(String why) {
      throw new IllegalStateException(why);
    }

    String secret() {
      return "secret";
    }

    @Override
    public String toString() {
      return "Subject";
    }

    @Override
    public Object onReceive(Object message) throws Exception {
      if (message instanceof CountDownLatch latch) {
        latch.await();
      }
      return null;
    }

    @Override
    protected void onFailure(Throwable t) {
      failure = t;
      failureSeen.countDown();
    }

    @Override
    protected void onStop() {
      stopRan = true;
    }
  }

  @Test
  void unknownMembersFailAtAccessWithTheirName() {
    ActorProxy proxy = new Subject().start().proxy();

    assertThatThrownBy(() -> proxy.call("nope"))
        .isInstanceOf(NoSuchMemberException.class)
        .hasMessageContaining("'nope'");
    assertThatThrownBy(() -> proxy.method("nope"))
        .isInstanceOf(NoSuchMemberException.class)
        .hasMessageContaining("'nope'");
    assertThatThrownBy(() -> proxy.field("nope"))
        .isInstanceOf(NoSuchMemberException.class)
        .hasMessageContaining("'nope'");
    assertThatThrownBy(() -> proxy.setField("nope", 1))
        .isInstanceOf(NoSuchMemberException.class)
        .hasMessageContaining("'nope'");
    assertThatThrownBy(() -> proxy.traverse("nope"))
        .isInstanceOf(NoSuchMemberException.class)
        .hasMessageContaining("'nope'");
    assertThatThrownBy(() -> proxy.traverse("middle").call("nope"))
        .isInstanceOf(NoSuchMemberException.class)
        .hasMessageContaining("'middle.nope'");
  }

  @Test
  void nonPublicMembersAreHiddenAndFailAtAccessWithTheirName() {
    ActorProxy proxy = new Subject().start().proxy();

    assertThatThrownBy(() -> proxy.call("secret"))
        .isInstanceOf(NoSuchMemberException.class)
        .hasMessageContaining("'secret'")
        .hasMessageContaining("not public");
    assertThatThrownBy(() -> proxy.field("hiddenField"))
        .isInstanceOf(NoSuchMemberException.class)
        .hasMessageContaining("'hiddenField'");
    assertThatThrownBy(() -> proxy.call("onReceive", "x"))
        .isInstanceOf(NoSuchMemberException.class)
        .hasMessageContaining("'onReceive'");
  }

  @Test
  void onlyStopIsExposedFromPykkasOwnClassesEvenWhenOverriddenPublicly() {
    ActorProxy proxy = new Subject().start().proxy();

    for (String name :
        List.of("start", "actorRef", "actorUrn", "toString", "hashCode", "onStart", "getClass")) {
      assertThatThrownBy(() -> proxy.method(name))
          .as(name)
          .isInstanceOf(NoSuchMemberException.class)
          .hasMessageContaining("'" + name + "'");
    }
    assertThat(proxy.method("stop")).isNotNull();
  }

  @Test
  void aFieldIsNotAMethodAndAMethodIsNotAField() {
    ActorProxy proxy = new Subject().start().proxy();

    assertThatThrownBy(() -> proxy.call("counter"))
        .isInstanceOf(NoSuchMemberException.class)
        .hasMessageContaining("'counter' is a field");
    assertThatThrownBy(() -> proxy.field("increment"))
        .isInstanceOf(NoSuchMemberException.class)
        .hasMessageContaining("'increment' is a method");
  }

  @Test
  void aFieldWriteBlocksUntilTheActorHasWrittenIt() throws Exception {
    Subject subject = new Subject();
    ActorRef<Subject> ref = subject.start();
    ActorProxy proxy = ref.proxy();
    CountDownLatch release = new CountDownLatch(1);
    // Keep the actor busy, so the write waits in the inbox until the writer is seen blocked.
    ref.tell(release);
    Thread writer = Thread.currentThread();
    Thread releaser =
        Thread.ofPlatform()
            .start(
                () -> {
                  while (writer.getState() != Thread.State.WAITING) {
                    Thread.onSpinWait();
                  }
                  release.countDown();
                });

    proxy.setField("counter", 41);

    assertThat(subject.counter).isEqualTo(41);
    releaser.join();
  }

  @Test
  void writingAFinalFieldOrAWrongTypeFailsAtOnce() {
    ActorProxy proxy = new Subject().start().proxy();

    assertThatThrownBy(() -> proxy.setField("constant", "other"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'constant' is final");
    assertThatThrownBy(() -> proxy.setField("counter", "text"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'counter'");
    assertThatThrownBy(() -> proxy.setField("counter", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'counter'");
  }

  @Test
  void staticFieldsAreReadAndWritten() {
    ActorProxy proxy = new Subject().start().proxy();

    assertThat(proxy.field("shared").get()).isEqualTo("static");
    proxy.setField("shared", "changed");
    assertThat(Subject.shared).isEqualTo("changed");
    Subject.shared = "static";
  }

  @Test
  void traversalNestsToAnyDepthButNotThroughAPlainField() {
    ActorProxy proxy = new Subject().start().proxy();

    ActorProxy inner = proxy.traverse("middle").traverse("inner");
    assertThat(inner.call("where").get()).isEqualTo("inner");
    assertThat(inner.field("depth").get()).isEqualTo(2);
    inner.setField("depth", 3);
    assertThat(inner.field("depth").get()).isEqualTo(3);
    assertThat(inner.attrPath()).containsExactly("middle", "inner");

    assertThatThrownBy(() -> proxy.traverse("middle").traverse("plain"))
        .isInstanceOf(NoSuchMemberException.class)
        .hasMessageContaining("'middle.plain' is not traversable");
    assertThatThrownBy(() -> proxy.traverse("counter"))
        .isInstanceOf(NoSuchMemberException.class)
        .hasMessageContaining("'counter' is not traversable");
    assertThat(proxy.field("middle").get()).isInstanceOf(Middle.class);
  }

  @Test
  void overloadsAreChosenByArgumentCountAndTypeAsJavaWould() {
    ActorProxy proxy = new Subject().start().proxy();

    assertThat(proxy.call("which", 1).get()).isEqualTo("int");
    assertThat(proxy.call("which", 1L).get()).isEqualTo("long");
    assertThat(proxy.call("which", (short) 1).get()).isEqualTo("int");
    assertThat(proxy.call("which", "s").get()).isEqualTo("String");
    assertThat(proxy.call("which", 2.5).get()).isEqualTo("Object");
    assertThat(proxy.call("which", (Object) null).get()).isEqualTo("String");
    assertThat(proxy.call("primitive", 'a').get()).isEqualTo("int 97");
  }

  @Test
  void anAmbiguousOrImpossibleCallFailsTheFutureNamingTheMethod() {
    ActorProxy proxy = new Subject().start().proxy();

    assertThatThrownBy(() -> proxy.call("pair", 1, 2).get())
        .isInstanceOf(NoSuchMemberException.class)
        .hasMessageContaining("'pair'")
        .hasMessageContaining("ambiguous");
    assertThatThrownBy(() -> proxy.call("primitive", (Object) null).get())
        .isInstanceOf(NoSuchMemberException.class)
        .hasMessageContaining("'primitive'");
    assertThatThrownBy(() -> proxy.call("increment", 1).get())
        .isInstanceOf(NoSuchMemberException.class)
        .hasMessageContaining("'increment'");
    assertThatThrownBy(() -> proxy.method("primitive").defer("x"))
        .isInstanceOf(NoSuchMemberException.class)
        .hasMessageContaining("'primitive'");
  }

  @Test
  void aFailingProxyCallFailsItsFutureAndLeavesTheActorAlive() {
    ActorRef<Subject> ref = new Subject().start();
    ActorProxy proxy = ref.proxy();

    assertThatThrownBy(() -> proxy.call("fail", "boom").get())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("boom");
    assertThat(ref.isAlive()).isTrue();
    assertThat(proxy.call("increment").get()).isEqualTo(1);
  }

  @Test
  void deferOfAFailingMethodStopsTheActorThroughOnFailure() throws Exception {
    Subject subject = new Subject();
    ActorRef<Subject> ref = subject.start();

    ref.proxy().method("fail").defer("deferred boom");

    assertThat(subject.failureSeen.await(30, TimeUnit.SECONDS)).isTrue();
    assertThat(subject.failure).hasMessage("deferred boom");
    assertThat(ref.isAlive()).isFalse();
    assertThat(subject.stopRan).isFalse();
    assertThat(ActorRegistry.getByUrn(ref.actorUrn())).isEmpty();
  }

  @Test
  void aProxyToADeadActorCannotBeMadeAndAProxyWhoseActorDiedFailsItsCalls() {
    ActorRef<Subject> ref = new Subject().start();
    ActorProxy proxy = ref.proxy();
    ref.stop();

    assertThatThrownBy(ref::proxy)
        .isInstanceOf(ActorDeadException.class)
        .hasMessageContaining("not found");
    assertThatThrownBy(() -> ref.proxy(Runnable.class)).isInstanceOf(ActorDeadException.class);
    assertThatThrownBy(() -> proxy.call("increment").get()).isInstanceOf(ActorDeadException.class);
    assertThatThrownBy(() -> proxy.field("counter").get()).isInstanceOf(ActorDeadException.class);
    assertThatThrownBy(() -> proxy.setField("counter", 3)).isInstanceOf(ActorDeadException.class);
    assertThatThrownBy(() -> proxy.method("increment").defer())
        .isInstanceOf(ActorDeadException.class);
  }

  public static class SlowStop extends ProxyTestActor {
    final CountDownLatch allowStop = new CountDownLatch(1);
    volatile boolean stopFinished;

    @Override
    protected void onStop() throws Exception {
      allowStop.await();
      stopFinished = true;
    }
  }

  @Test
  void proxyStopResolvesToNullBeforeOnStopHasRun() {
    SlowStop actor = new SlowStop();
    ActorRef<SlowStop> ref = actor.start();

    Object result = ref.proxy().call("stop").get(Duration.ofSeconds(30));

    assertThat(result).isNull();
    assertThat(actor.stopFinished).isFalse();
    actor.allowStop.countDown();
  }

  @Test
  void proxiesAreEqualForTheSameActorAndPath() {
    ActorRef<Subject> ref = new Subject().start();
    ActorRef<Subject> other = new Subject().start();

    assertThat(ref.proxy()).isEqualTo(ref.proxy()).hasSameHashCodeAs(ref.proxy());
    assertThat(ref.proxy().traverse("middle")).isEqualTo(ref.proxy().traverse("middle"));
    assertThat(ref.proxy()).isNotEqualTo(other.proxy());
    assertThat(ref.proxy()).isNotEqualTo(ref.proxy().traverse("middle"));
    assertThat(ref.proxy().traverse("middle").toString())
        .contains("ActorProxy", "Subject", ref.actorUrn(), "middle");
  }

  @Test
  void handBuiltProxyMessagesAreHonouredByAskAndTell() {
    ActorRef<Subject> ref = new Subject().start();

    assertThat(ref.ask(new ProxyCall(List.of("increment"), List.of()))).isEqualTo(1);
    ref.tell(new ProxyCall(List.of("increment"), List.of()));
    assertThat(ref.ask(new ProxyGetAttr(List.of("counter")))).isEqualTo(2);
    assertThat(ref.ask(new ProxySetAttr(List.of("counter"), 10))).isNull();
    assertThat(ref.ask(new ProxyGetAttr(List.of("counter")))).isEqualTo(10);
    assertThat(ref.ask(new ProxyCall(List.of("middle", "inner", "where"), List.of())))
        .isEqualTo("inner");
    assertThat(ref.ask(new ProxyCall(List.of("which"), List.of(5L)))).isEqualTo("long");
    assertThatThrownBy(() -> ref.ask(new ProxyGetAttr(List.of("nope"))))
        .isInstanceOf(NoSuchMemberException.class)
        .hasMessageContaining("'nope'");
    assertThatThrownBy(() -> ref.ask(new ProxyCall(List.of("middle", "plain", "where"), List.of())))
        .isInstanceOf(NoSuchMemberException.class)
        .hasMessageContaining("'middle.plain' is not traversable");
    assertThat(ref.isAlive()).isTrue();
  }

  /**
   * The documentation's "proxy to itself" pattern: work scheduled for later through a private
   * proxy.
   */
  public static class SelfScheduler extends ProxyTestActor {
    private final ActorProxy inFuture;
    public final StringBuilder done = new StringBuilder();

    SelfScheduler() {
      inFuture = actorRef().proxy();
    }

    public void doWork() {
      done.append("work;");
      inFuture.call("doMoreWork");
    }

    public void doMoreWork() {
      done.append("more;");
    }

    public String toStringOfDone() {
      return done.toString();
    }
  }

  @Test
  void aProxyToItselfInAPrivateFieldSchedulesWorkForLater() {
    ActorProxy proxy = new SelfScheduler().start().proxy();

    proxy.call("doWork").get();
    proxy.call("doWork").get();
    Object done = proxy.call("toStringOfDone").get();

    // Each doMoreWork was queued behind what was already in the inbox when doWork ran.
    assertThat(done).isEqualTo("work;more;work;more;");
  }

  public static class PublicSelfProxy extends ProxyTestActor {
    public ActorProxy self;

    public String toStringOfDone() {
      return "ok";
    }
  }

  @Test
  void aProxyToItselfInAPublicFieldIsNotExposed() {
    ActorRef<PublicSelfProxy> ref = new PublicSelfProxy().start();
    ref.proxy().setField("self", ref.proxy());

    ActorProxy proxy = ref.proxy();

    assertThatThrownBy(() -> proxy.field("self"))
        .isInstanceOf(NoSuchMemberException.class)
        .hasMessageContaining("'self'");
    assertThat(proxy.call("toStringOfDone").get()).isEqualTo("ok");
  }
}
