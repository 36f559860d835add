package pykka.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import picocli.CommandLine;

/** One in-process run of {@code pykka-demo}, with its exit code and captured output. */
record Run(int exitCode, String out, String err) {

  static Run of(String... args) {
    return with(new CommandLine(new PykkaDemo()), args);
  }

  /** Runs {@code commandLine} as {@code PykkaDemo.main} does, with output captured. */
  static Run with(CommandLine commandLine, String... args) {
    commandLine.setParameterExceptionHandler(new BadInput());
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int exitCode = commandLine.execute(args);
    return new Run(exitCode, out.toString(), err.toString());
  }

  List<String> outLines() {
    return out.lines().toList();
  }

  List<String> errLines() {
    return err.lines().toList();
  }
}
