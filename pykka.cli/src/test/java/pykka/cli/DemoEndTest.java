package pykka.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import pykka.ActorRegistry;

/**
 * However a demo ends, it leaves no actor running: a {@code ThreadingActor}'s thread is not a
 * daemon, and one left behind kept a failed {@code pykka-demo resolver 2147483647 ...} alive
 * (defect 11's sibling: the JVM must exit when main fails).
 */
final class DemoEndTest {

  private final FailingDemos demos = new FailingDemos();

  @AfterEach
  void stopWhatTheDemosStarted() {
    demos.cleanUp();
  }

  @Test
  void aDemoThatThrowsExitsWithOneAndLeavesNoActorRunning() {
    Run run = Run.with(demos.commandLine(), "throws");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("java.lang.IllegalStateException: the demo broke");
    assertThat(demos.started)
        .singleElement()
        .satisfies(b -> assertThat(b.actorRef().isAlive()).isFalse());
    assertThat(ActorRegistry.getAll()).isEmpty();
  }

  @Test
  void aDemoThatFailsWithAnErrorExitsWithOneAndLeavesNoActorRunning() {
    // Picocli lets errors through its execute(): before, main never reached System.exit.
    Run run = Run.with(demos.commandLine(), "errs");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .startsWith("java.lang.OutOfMemoryError: unable to create native thread")
        .contains("\tat ");
    assertThat(demos.started)
        .singleElement()
        .satisfies(b -> assertThat(b.actorRef().isAlive()).isFalse());
    assertThat(ActorRegistry.getAll()).isEmpty();
  }

  @Test
  void aDemoThatEndsWithActorsStillRunningHasThemStoppedQuietly() {
    Run run = Run.with(demos.commandLine(), "leaves");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(demos.started)
        .singleElement()
        .satisfies(b -> assertThat(b.actorRef().isAlive()).isFalse());
    assertThat(ActorRegistry.getAll()).isEmpty();
  }

  @Test
  void anActorThatCannotStopIsNamedOnStandardErrorAndDoesNotHoldUpTheDemosEnd() {
    CommandLine commandLine = demos.commandLine();
    ((DemoCommand) commandLine.getSubcommands().get("sticks").getCommand())
        .setStopTimeout(Duration.ofMillis(50));

    Run run = Run.with(commandLine, "sticks");

    assertThat(run.exitCode()).isZero();
    assertThat(run.errLines())
        .containsExactly(
            "Warning: 1 actor still running 0.05 seconds after the demo ended: ["
                + demos.started.get(0).actorRef()
                + "]");
    Blocker stuck = demos.started.get(0);
    assertThat(stuck.actorRef().isAlive()).isTrue();
  }
}
