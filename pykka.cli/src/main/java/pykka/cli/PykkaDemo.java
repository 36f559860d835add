package pykka.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code pykka-demo}: runs the examples of Pykka's documentation, one subcommand each.
 *
 * <p>Exit codes, listed by {@code --help}: 0 when the demo ran; 1 if a demo failed, with the error
 * on standard error; 2 for bad input (an unknown subcommand or option, a malformed or out-of-range
 * argument), with the message and the synopsis on standard error ({@link BadInput}); 130 and 143
 * when SIGINT or SIGTERM ends the JVM, which is how {@code pykka-demo deadlock} ends.
 */
@Command(
    name = "pykka-demo",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Runs the examples of Pykka's documentation on pykka for Java.",
    subcommands = {
      HelpCommand.class,
      PlainCommand.class,
      ProxyCommand.class,
      CounterCommand.class,
      ResolverCommand.class,
      DeadlockCommand.class,
      TypedCommand.class,
      TraversableCommand.class,
      SuperviseCommand.class,
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:The demo ran.",
      "1:The demo failed; the error is on standard error.",
      "2:Bad input: an unknown subcommand or option, or an argument that is malformed or out of"
          + " range.",
      "130:Interrupted by SIGINT (Ctrl-C).",
      "143:Terminated by SIGTERM (`kill <pid>`): how `pykka-demo deadlock` ends."
    },
    footer = {"%nSee 'pykka-demo help <command>' for the options and arguments of each demo."})
public final class PykkaDemo implements Callable<Integer> {

  /** The property slf4j-simple reads for the level of the {@code pykka} logger and its children. */
  static final String PYKKA_LOG_LEVEL = "org.slf4j.simpleLogger.log.pykka";

  /** The exit code of a demo that failed. */
  static final int FAILED = CommandLine.ExitCode.SOFTWARE;

  @Spec private CommandSpec spec;

  @Option(
      names = {"-v", "--verbose"},
      scope = ScopeType.INHERIT,
      description =
          "Show pykka's INFO and DEBUG log on standard error (actors registered, started,"
              + " stopped; exceptions returned to callers; why a lookup failed). Without it, only"
              + " warnings and errors (thread dumps included) are shown.")
  private boolean verbose;

  @Option(
      names = "--jfr",
      paramLabel = "FILE",
      description =
          "Record the demo with JDK Flight Recorder into FILE: the JDK's default settings and"
              + " every pykka event (pykka.MessageHandled included), written when the demo ends,"
              + " also when it fails or is interrupted. View it with `jfr print --events"
              + " 'pykka.*' FILE` or JDK Mission Control.")
  private Path jfr;

  /** Created by picocli. */
  public PykkaDemo() {}

  /**
   * Runs the command and exits with its exit code, whatever happened: the JVM ends even if a demo
   * failed with an error while actors (whose threads are not daemons) were running.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    System.exit(execute(commandLine(CommandLine.defaultFactory()), args));
  }

  /**
   * The {@code pykka-demo} command line, with its handler of bad input.
   *
   * @param factory what creates the commands (tests replace some)
   * @return a new command line
   */
  static CommandLine commandLine(IFactory factory) {
    return new CommandLine(new PykkaDemo(), factory).setParameterExceptionHandler(new BadInput());
  }

  /**
   * Runs {@code commandLine}, turning anything it throws into exit code 1. Picocli turns a
   * subcommand's exceptions into exit code 1 itself, but lets errors through, such as the {@link
   * OutOfMemoryError} of a JVM that cannot start one more thread; such an error is printed with its
   * stack trace.
   *
   * @param commandLine the command line from {@link #commandLine}
   * @param args the arguments
   * @return the exit code
   */
  static int execute(CommandLine commandLine, String... args) {
    try {
      return commandLine.execute(args);
    } catch (Throwable t) {
      try {
        PrintWriter err = commandLine.getErr();
        t.printStackTrace(err);
        err.flush();
      } catch (Throwable ignored) {
        // Printing failed too (no memory left, say): the exit code still says it failed.
      }
      return FAILED;
    }
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

  /**
   * Starts the flight recording that {@code --jfr} asks for.
   *
   * @param commandLine the subcommand's command line, for a bad file name
   * @return the recording, or {@code null} without {@code --jfr}
   * @throws ParameterException if the file cannot be written
   */
  FlightRecording startRecording(CommandLine commandLine) {
    if (jfr == null) {
      return null;
    }
    if (jfr.toString().isEmpty()) {
      throw new ParameterException(commandLine, "--jfr needs a file name, such as --jfr=demo.jfr");
    }
    try {
      return FlightRecording.start(jfr);
    } catch (IOException e) {
      throw new ParameterException(commandLine, "Cannot record to " + jfr + ": " + why(e));
    }
  }

  /** Why a file could not be written, in words: a file-system exception's message is its path. */
  private static String why(IOException e) {
    return switch (e) {
      case NoSuchFileException n -> "its directory does not exist";
      case AccessDeniedException a -> "permission denied";
      case FileSystemException f when f.getReason() != null -> f.getReason();
      default -> String.valueOf(e.getMessage());
    };
  }
}
