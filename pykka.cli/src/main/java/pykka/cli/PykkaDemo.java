package pykka.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code pykka-demo}: runs the examples of Pykka's documentation, one subcommand each.
 *
 * <p>Exit codes: 0 when the demo ran, 2 for bad input (an unknown subcommand or option, a malformed
 * argument), with a message and the usage on standard error; 1 if a demo fails unexpectedly.
 */
@Command(
    name = "pykka-demo",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Runs the examples of Pykka's documentation on pykka for Java.",
    subcommands = {
      PlainCommand.class,
      ProxyCommand.class,
      CounterCommand.class,
      ResolverCommand.class,
      DeadlockCommand.class,
      TypedCommand.class,
      TraversableCommand.class,
    })
public final class PykkaDemo implements Callable<Integer> {

  /** The property slf4j-simple reads for the level of the {@code pykka} logger and its children. */
  static final String PYKKA_LOG_LEVEL = "org.slf4j.simpleLogger.log.pykka";

  @Spec private CommandSpec spec;

  @Option(
      names = {"-v", "--verbose"},
      scope = ScopeType.INHERIT,
      description =
          "Show pykka's INFO and DEBUG log on standard error (actors registered, started,"
              + " stopped; exceptions returned to callers). Without it, only warnings and errors"
              + " (thread dumps included) are shown.")
  private boolean verbose;

  /** Created by picocli. */
  public PykkaDemo() {}

  /**
   * Runs the command and exits with its exit code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    System.exit(
        new CommandLine(new PykkaDemo())
            .setParameterExceptionHandler(new BadInput())
            .execute(args));
  }

  /** Without a subcommand there is nothing to run: that is bad input. */
  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "Missing subcommand: say which demo to run.");
  }

  /**
   * Configures slf4j-simple from the options: the {@code pykka} logger (and its children, such as
   * the examples' loggers) at DEBUG with {@code -v}, otherwise at WARN unless the level was set
   * already. Must run before the first logger is created, which happens when the first pykka class
   * is initialised: the subcommands call it first thing.
   */
  void configureLogging() {
    if (verbose) {
      System.setProperty(PYKKA_LOG_LEVEL, "debug");
    } else if (System.getProperty(PYKKA_LOG_LEVEL) == null) {
      System.setProperty(PYKKA_LOG_LEVEL, "warn");
    }
  }
}
