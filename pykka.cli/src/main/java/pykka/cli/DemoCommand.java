package pykka.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * What every subcommand of {@code pykka-demo} shares: logging is configured from the options before
 * any actor exists, then the demo runs, printing to the command's standard output (which tests can
 * replace with {@code CommandLine.setOut}).
 */
abstract class DemoCommand implements Callable<Integer> {

  @ParentCommand private PykkaDemo demo;

  @Spec private CommandSpec spec;

  @Override
  public final Integer call() throws Exception {
    demo.configureLogging();
    PrintWriter out = spec.commandLine().getOut();
    try {
      return run(out);
    } finally {
      out.flush();
    }
  }

  /**
   * The command line this subcommand was parsed by, for {@link
   * picocli.CommandLine.ParameterException}s.
   *
   * @return this subcommand's command line
   */
  final picocli.CommandLine commandLine() {
    return spec.commandLine();
  }

  /**
   * Runs the demo.
   *
   * @param out the command's standard output
   * @return the exit code
   * @throws Exception if the demo fails
   */
  abstract int run(PrintWriter out) throws Exception;
}
