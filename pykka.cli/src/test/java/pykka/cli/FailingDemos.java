package pykka.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import pykka.ActorRef;

/**
 * Demos that misbehave, added to a {@code pykka-demo} command line next to the real ones: each
 * starts a {@link Blocker}, then fails or leaves it running.
 */
final class FailingDemos {

  /** Every actor the demos started, to check and to clean up after. */
  final List<Blocker> started = new ArrayList<>();

  /**
   * The {@code pykka-demo} command line with the subcommands {@code throws}, {@code errs}, {@code
   * leaves} and {@code sticks}.
   */
  CommandLine commandLine() {
    CommandLine commandLine = PykkaDemo.commandLine(CommandLine.defaultFactory());
    commandLine.addSubcommand(new Throws());
    commandLine.addSubcommand(new Errs());
    commandLine.addSubcommand(new Leaves());
    commandLine.addSubcommand(new Sticks());
    return commandLine;
  }

  /** Releases and stops every actor started, whatever the test left. */
  void cleanUp() {
    for (Blocker blocker : started) {
      blocker.release.countDown();
      blocker.actorRef().stop();
    }
  }

  private ActorRef<Blocker> start() {
    Blocker blocker = new Blocker();
    started.add(blocker);
    return blocker.start();
  }

  @Command(name = "throws")
  final class Throws extends DemoCommand {
    @Override
    int run(PrintWriter out) {
      start();
      throw new IllegalStateException("the demo broke");
    }
  }

  /** Fails as a demo did that tried to start more threads than the machine has. */
  @Command(name = "errs")
  final class Errs extends DemoCommand {
    @Override
    int run(PrintWriter out) {
      start();
      throw new OutOfMemoryError("unable to create native thread: possibly out of memory");
    }
  }

  @Command(name = "leaves")
  final class Leaves extends DemoCommand {
    @Override
    int run(PrintWriter out) {
      start();
      return 0;
    }
  }

  /** Leaves an actor that cannot stop: it is busy with a message that never ends. */
  @Command(name = "sticks")
  final class Sticks extends DemoCommand {
    @Override
    int run(PrintWriter out) {
      start().tell("block");
      return 0;
    }
  }
}
