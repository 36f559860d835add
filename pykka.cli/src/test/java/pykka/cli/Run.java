package pykka.cli;

import java.util.List;
import picocli.CommandLine;
import pykka.testfixtures.Output;

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
    Output out = new Output();
    Output err = new Output();
    commandLine.setOut(out.writer());
    commandLine.setErr(err.writer());
    int exitCode = PykkaDemo.execute(commandLine, args);
    return new Run(exitCode, out.text(), err.text());
  }

  List<String> outLines() {
    return out.lines().toList();
  }

  List<String> errLines() {
    return err.lines().toList();
  }
}
