package pykka.benchmarks.savina;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import pykka.benchmarks.runtime.Implementation;

/**
 * Runs the Savina-style workloads on every implementation, each run in its own child JVM started
 * with the same {@code java} and class path, alternating implementations over several rounds, and
 * prints a markdown report: medians, ratios to Pekko, and the goals of benchmarks/README.md.
 */
public final class SavinaRunner {

  private SavinaRunner() {}

  /**
   * Runs the benchmarks; see {@link Settings#USAGE} or {@code --help}.
   *
   * @param args the options
   * @throws Exception if a child JVM cannot be started
   */
  public static void main(String[] args) throws Exception {
    Settings s = Settings.parse(args);
    String loadBefore = Machine.load();
    long started = System.nanoTime();
    Results results = new Results();
    List<Job> jobs = jobs(s);
    int maxRounds = Math.max(s.rounds, s.idleRounds);
    for (int round = 0; round < maxRounds; round++) {
      for (Job job : jobs) {
        if (round >= (job.workload.equals("idle") ? s.idleRounds : s.rounds)) {
          continue;
        }
        // Alternate: each round starts with the next implementation.
        List<Implementation> order = new ArrayList<>(s.impls);
        java.util.Collections.rotate(order, -round);
        for (Implementation impl : order) {
          if (job.workload.equals("idle")
              && impl.platformThreadPerActor()
              && job.idleSize > s.platformMaxActors) {
            continue;
          }
          runChild(s, job, impl, round, results);
        }
      }
    }
    long minutes = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
    String report = new Report(s, results, loadBefore, Machine.load(), minutes).markdown();
    System.out.println(report);
    if (s.out != null) {
      Files.writeString(Path.of(s.out), report, StandardCharsets.UTF_8);
    }
  }

  /** One workload at one size. */
  record Job(String workload, long idleSize, Workload instance) {}

  private static List<Job> jobs(Settings s) {
    List<Job> jobs = new ArrayList<>();
    for (String w : s.workloads) {
      if (w.equals("idle")) {
        for (long n : s.idleSizes) {
          jobs.add(new Job(w, n, s.workload(w, n)));
        }
      } else {
        jobs.add(new Job(w, 0, s.workload(w, 0)));
      }
    }
    return jobs;
  }

  private static void runChild(Settings s, Job job, Implementation impl, int round, Results results)
      throws IOException, InterruptedException {
    long size = job.workload.equals("idle") ? job.idleSize : s.size(job.workload, impl);
    List<String> cmd = new ArrayList<>();
    cmd.add(ProcessHandle.current().info().command().orElse("java"));
    cmd.add("-Xmx" + s.heap);
    if (Runtime.version().feature() >= 23) {
      // Pekko still uses sun.misc.Unsafe; keep JDK 23+'s warning about it out of the output.
      cmd.add("--sun-misc-unsafe-memory-access=allow");
    }
    cmd.addAll(s.jvmArgs);
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(ChildRun.class.getName());
    cmd.add(impl.id());
    cmd.add(job.workload);
    cmd.add(Long.toString(size));
    cmd.add(Integer.toString(s.warmup));
    cmd.add(Integer.toString(s.iterations));
    cmd.add(Integer.toString(s.ringActors));
    cmd.add(Integer.toString(s.fjtActors));
    cmd.add(Integer.toString(s.bigActors));
    System.err.printf(
        "round %d: %-13s %-12s size %,d ... ", round + 1, job.instance.metrics().get(0).name(),
        impl.id(), size);
    long t0 = System.nanoTime();
    Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    Map<Integer, Double> values = new LinkedHashMap<>();
    Thread reader =
        Thread.ofPlatform()
            .start(
                () -> {
                  try (BufferedReader r =
                      new BufferedReader(
                          new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = r.readLine()) != null) {
                      if (line.startsWith("RESULT ")) {
                        String[] parts = line.split(" ");
                        synchronized (values) {
                          values.put(Integer.parseInt(parts[1]), Double.parseDouble(parts[2]));
                        }
                      } else {
                        System.err.println(line);
                      }
                    }
                  } catch (IOException e) {
                    System.err.println("reading the child's output failed: " + e);
                  }
                });
    boolean finished = p.waitFor(s.timeoutSeconds, TimeUnit.SECONDS);
    if (!finished) {
      p.destroyForcibly().waitFor();
    }
    reader.join();
    double seconds = (System.nanoTime() - t0) / 1e9;
    List<Metric> metrics = job.instance.metrics();
    synchronized (values) {
      if (!finished || p.exitValue() != 0 || values.size() != metrics.size()) {
        String why = finished ? "failed (exit " + p.exitValue() + ")" : "timed out";
        System.err.printf("%s after %.1f s%n", why, seconds);
        for (Metric m : metrics) {
          results.fail(m, impl, why);
        }
        return;
      }
      StringBuilder shown = new StringBuilder();
      for (int i = 0; i < metrics.size(); i++) {
        results.add(metrics.get(i), impl, values.get(i));
        shown.append(String.format("%s %s  ", Report.format(values.get(i)), metrics.get(i).unit()));
      }
      System.err.printf("%s(%.1f s)%n", shown, seconds);
    }
  }
}
