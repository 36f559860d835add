package pykka.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Defect 11 and its siblings, from the image: {@code pykka-demo resolver 2147483647 127.0.0.1}
 * started actors until the JVM could start no more threads (about 32,000), died of {@code
 * OutOfMemoryError} in main, and then stayed alive, kept by the resolvers' non-daemon threads and
 * deaf to SIGTERM (the JVM could not start the thread that handles it), until {@code kill -9}.
 */
final class DemoBoundsIT {

  private static final String RESOLVER_SYNOPSIS =
      "Usage: pykka-demo resolver [-hvV] [--lookup-timeout=SECONDS] [POOL] [IP...]";

  @Test
  void aPoolOfTwoToTheThirtyFirstIsRefusedAtOnceWithExitCodeTwoAndTheSynopsis() throws Exception {
    Launcher.Result result = Launcher.run("resolver", "2147483647", "127.0.0.1");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err().lines())
        .containsExactly(
            "POOL must be at most 256 resolvers (each is a thread of its own), but was"
                + " 2147483647.",
            RESOLVER_SYNOPSIS,
            "Try 'pykka-demo resolver --help' for more information.");
    assertThat(result.out()).isEmpty();
  }

  @Test
  void tooManyAddressesAreRefusedWithExitCodeTwo() throws Exception {
    List<String> args = new ArrayList<>(List.of("resolver", "1"));
    args.addAll(Collections.nCopies(1025, "127.0.0.1"));

    Launcher.Result result = Launcher.run(args.toArray(String[]::new));

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err().lines())
        .containsExactly(
            "Give at most 1024 addresses, but 1025 were given.",
            RESOLVER_SYNOPSIS,
            "Try 'pykka-demo resolver --help' for more information.");
  }

  @Test
  void aRunThatCouldTakeMoreThanAnHourIsRefusedWithExitCodeTwo() throws Exception {
    Launcher.Result result =
        Launcher.run("resolver", "--lookup-timeout=3600", "1", "127.0.0.1", "::1");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err().lines().findFirst())
        .hasValueSatisfying(
            line -> assertThat(line).startsWith("This run could take 7200 seconds"));
  }

  @Test
  void aSuperviseRunOfMoreThanAThousandJobsIsRefusedWithExitCodeTwo() throws Exception {
    Launcher.Result result = Launcher.run("supervise", "--jobs=1001");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err().lines())
        .containsExactly(
            "--jobs must be from 1 to 1000, but was 1001.",
            "Usage: pykka-demo supervise [-hvV] [--give-up] [--crash-every=N] [--jobs=N]",
            "Try 'pykka-demo supervise --help' for more information.");
  }

  /**
   * The failure itself, made cheap: each thread's stack reserves 256 MB of a 4 GB address space, so
   * the JVM can start only about ten resolvers of the 256 asked for, and the eleventh fails with
   * the {@code OutOfMemoryError} of defect 11. The JVM must still exit, with code 1; before, it
   * stayed alive with the resolvers already started (and {@link Launcher#run} kills it after a
   * minute and fails).
   */
  @Test
  void aDemoThatRunsOutOfThreadsExitsWithOneInsteadOfStayingAlive() throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                "sh",
                "-c",
                "ulimit -v 4000000 && exec \"$0\" \"$@\"",
                Launcher.executable().toString(),
                "resolver",
                "256"));
    command.addAll(Collections.nCopies(256, "127.0.0.1"));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("MALLOC_ARENA_MAX", "2");
    builder
        .environment()
        .put(
            "JAVA_TOOL_OPTIONS",
            "-Xss256m -Xmx64m -XX:CompressedClassSpaceSize=64m -XX:ReservedCodeCacheSize=32m");

    Launcher.Result result = Launcher.run(builder);

    assertThat(result.exitCode()).as(result.err()).isEqualTo(1);
    assertThat(result.err())
        .contains("java.lang.OutOfMemoryError: unable to create native thread")
        .contains("pykka.Actor.start(")
        .contains("pykka.examples.ResolverExample.run(");
  }
}
