package pykka.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import picocli.CommandLine;

/** One in-process run of {@code pykka-demo}, with its exit code and captured output. */
record Run(int exitCode, String out, String err) {

  static Run of(String... args) {
    return with(PykkaDemo.commandLine(CommandLine.defaultFactory()), args);
  }

  /**
   * Runs {@code commandLine} (from {@link PykkaDemo#commandLine}) as {@code PykkaDemo.main} does,
   * but returns the exit code instead of exiting, with the output captured.
   */
  static Run with(CommandLine commandLine, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int exitCode = PykkaDemo.execute(commandLine, args);
    return new Run(exitCode, out.toString(), err.toString());
  }

  List<String> outLines() {
    return out.lines().toList();
  }

  List<String> errLines() {
    return err.lines().toList();
  }
}
