/**
 * The {@code pykka-demo} command: runs the examples of Pykka's documentation from the command line.
 * It exports nothing; its package is opened to picocli, which reads the commands' annotations and
 * sets their fields.
 */
module pykka.cli {
  requires pykka.examples;
  requires info.picocli;
  requires jdk.jfr;

  opens pykka.cli to
      info.picocli;
}
