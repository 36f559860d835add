package pykka.typing.internal;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles real sources with the JDK's compiler, in a temporary directory, the way a user's build
 * would: against pykka.core and pykka.typing, running the processor.
 */
final class Compilation {

  private final Path root;
  private final List<Path> sources = new ArrayList<>();
  private final List<String> options = new ArrayList<>();
  private Processor processor = new ProxyProcessor();
  private boolean modular;
  private boolean commandLine;

  private Compilation(Path root) {
    this.root = root;
  }

  /**
   * A compilation in {@code root}, running a {@link ProxyProcessor} instance directly, on the class
   * path, with {@code -Xlint:all -Werror}.
   */
  static Compilation in(Path root) {
    Compilation compilation = new Compilation(root);
    compilation.options.addAll(List.of("-Xlint:all", "-Werror"));
    return compilation;
  }

  /** Adds a source file; its path comes from its package and first public type's name. */
  Compilation source(String qualifiedName, String text) throws IOException {
    Path file = root.resolve("src").resolve(qualifiedName.replace('.', '/') + ".java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    sources.add(file);
    return this;
  }

  /** Adds compiler options. */
  Compilation option(String... more) {
    options.addAll(List.of(more));
    return this;
  }

  /**
   * Does not hand the compiler a processor instance: it must find the processor by itself, from the
   * options (a processor path or processor module path).
   */
  Compilation discoverProcessor() {
    processor = null;
    return this;
  }

  /**
   * Runs javac as its command line does ({@link java.util.spi.ToolProvider}), not through {@code
   * javax.tools}; errors are then only in {@link Result#messages()}. Implies {@link
   * #discoverProcessor()}.
   */
  Compilation commandLine() {
    commandLine = true;
    processor = null;
    return this;
  }

  /** Compiles on the module path: the sources must include a {@code module-info.java}. */
  Compilation modular() {
    modular = true;
    return this;
  }

  /** Runs the compiler. */
  Result compile() throws IOException {
    Path classes = Files.createDirectories(root.resolve("classes"));
    Path generated = Files.createDirectories(root.resolve("generated"));
    List<String> all = new ArrayList<>(options);
    all.addAll(List.of("--release", "21", "-d", classes.toString(), "-s", generated.toString()));
    all.addAll(List.of(modular ? "--module-path" : "--class-path", dependencyPath()));
    return commandLine
        ? compileOnCommandLine(all, classes, generated)
        : compile(all, classes, generated);
  }

  private Result compile(List<String> all, Path classes, Path generated) throws IOException {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    StringWriter out = new StringWriter();
    try (StandardJavaFileManager files =
        compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      JavaCompiler.CompilationTask task =
          compiler.getTask(
              out, files, diagnostics, all, null, files.getJavaFileObjectsFromPaths(sources));
      if (processor != null) {
        task.setProcessors(List.of(processor));
      }
      boolean success = task.call();
      List<String> messages = new ArrayList<>();
      List<String> errors = new ArrayList<>();
      for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
        messages.add(describe(diagnostic));
        if (diagnostic.getKind() == Diagnostic.Kind.ERROR) {
          errors.add(describe(diagnostic));
        }
      }
      out.toString().lines().forEach(messages::add);
      return new Result(success, messages, errors, classes, generated);
    }
  }

  private Result compileOnCommandLine(List<String> all, Path classes, Path generated) {
    java.util.spi.ToolProvider javac = java.util.spi.ToolProvider.findFirst("javac").orElseThrow();
    List<String> arguments = new ArrayList<>(all);
    sources.forEach(source -> arguments.add(source.toString()));
    StringWriter out = new StringWriter();
    int status;
    try (PrintWriter writer = new PrintWriter(out)) {
      status = javac.run(writer, writer, arguments.toArray(String[]::new));
    }
    List<String> messages = out.toString().lines().toList();
    return new Result(
        status == 0, messages, status == 0 ? List.of() : messages, classes, generated);
  }

  private static String describe(Diagnostic<? extends JavaFileObject> d) {
    String file = d.getSource() == null ? "" : Path.of(d.getSource().toUri()).getFileName() + ":";
    String line = d.getLineNumber() == Diagnostic.NOPOS ? "" : d.getLineNumber() + ":";
    return file + line + " " + d.getMessage(Locale.ROOT);
  }

  /** pykka.typing's and pykka.core's classes and SLF4J's API, as a path. */
  static String dependencyPath() {
    return String.join(
        File.pathSeparator,
        locationOf(ProxyProcessor.class).toString(),
        locationOf(pykka.Actor.class).toString(),
        locationOf(slf4j()).toString());
  }

  private static Class<?> slf4j() {
    try {
      // By name: this module does not read org.slf4j, pykka.core does.
      return Class.forName("org.slf4j.Logger");
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The directory or jar a class was loaded from. */
  static Path locationOf(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * What a compilation gave.
   *
   * @param success whether it compiled without errors
   * @param messages every error, warning and note, and anything else the compiler printed
   * @param errors the errors, each as {@code File.java:line: message}
   * @param classes the class output directory
   * @param generated the generated source directory
   */
  record Result(
      boolean success, List<String> messages, List<String> errors, Path classes, Path generated) {

    /** The source text generated for a type. */
    String generatedSource(String qualifiedName) throws IOException {
      return Files.readString(generated.resolve(qualifiedName.replace('.', '/') + ".java"));
    }

    /** The qualified names of every generated type, sorted. */
    List<String> generatedTypes() throws IOException {
      try (Stream<Path> files = Files.walk(generated)) {
        return files
            .filter(path -> path.toString().endsWith(".java"))
            .map(path -> generated.relativize(path).toString())
            .map(name -> name.substring(0, name.length() - ".java".length()).replace('/', '.'))
            .sorted()
            .toList();
      }
    }

    /**
     * The generated interface's declaration line and its methods' declarations, without Javadoc,
     * e.g. {@code pykka.Future<java.lang.Double> area(double radius);}.
     */
    List<String> declarations(String qualifiedName) throws IOException {
      return generatedSource(qualifiedName)
          .lines()
          .filter(line -> line.startsWith("public interface ") || line.matches("  [^ /].*"))
          .map(line -> line.strip().replaceFirst(" \\{$", ""))
          .toList();
    }

    /** Every message, for failure descriptions. */
    String all() {
      return String.join("\n", messages);
    }
  }
}
