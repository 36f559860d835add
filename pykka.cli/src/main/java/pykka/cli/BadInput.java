package pykka.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Answers bad input (an unknown subcommand or option, a malformed or out-of-range argument) on
 * standard error, in a few lines that keep the message on the screen: the message, a "Did you mean"
 * line when a name is close to what was typed ({@link CloseMatches}), the synopsis of the command
 * concerned, and where to find its full help. Exit code 2.
 */
final class BadInput implements IParameterExceptionHandler {

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine commandLine = ex.getCommandLine();
    CommandSpec spec = commandLine.getCommandSpec();
    PrintWriter err = commandLine.getErr();
    err.println(commandLine.getColorScheme().errorText(ex.getMessage()));
    List<String> suggestions = suggestions(ex, commandLine);
    if (!suggestions.isEmpty()) {
      err.println("Did you mean: " + String.join(" or ", suggestions) + "?");
    }
    Help help = commandLine.getHelp();
    err.print(help.synopsisHeading());
    err.print(help.synopsis(help.synopsisHeadingLength()));
    err.println("Try '" + spec.qualifiedName() + " --help' for more information.");
    err.flush();
    return spec.exitCodeOnInvalidInput();
  }

  /**
   * For an unmatched argument, the close subcommands (named as they would be typed, from the top
   * command on) or the close options of the command concerned.
   */
  private static List<String> suggestions(ParameterException ex, CommandLine commandLine) {
    if (!(ex instanceof UnmatchedArgumentException unmatched)
        || unmatched.getUnmatched().isEmpty()) {
      return List.of();
    }
    String typed = unmatched.getUnmatched().get(0);
    CommandSpec spec = commandLine.getCommandSpec();
    if (typed.startsWith("-")) {
      List<String> names = new ArrayList<>();
      for (OptionSpec option : spec.options()) {
        names.addAll(List.of(option.names()));
      }
      return CloseMatches.of(typed, names);
    }
    return CloseMatches.of(typed, commandLine.getSubcommands().keySet()).stream()
        .map(name -> spec.qualifiedName() + " " + name)
        .toList();
  }
}
