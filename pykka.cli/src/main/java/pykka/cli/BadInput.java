package pykka.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Answers bad input (an unknown subcommand or option, a malformed argument) with the message, any
 * "Did you mean" suggestions, and always the usage of the command concerned; exit code 2. Picocli's
 * own handler leaves the usage out whenever it has suggestions.
 */
final class BadInput implements IParameterExceptionHandler {

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine commandLine = ex.getCommandLine();
    PrintWriter err = commandLine.getErr();
    err.println(commandLine.getColorScheme().errorText(ex.getMessage()));
    UnmatchedArgumentException.printSuggestions(ex, err);
    commandLine.usage(err, commandLine.getColorScheme());
    err.flush();
    return commandLine.getCommandSpec().exitCodeOnInvalidInput();
  }
}
