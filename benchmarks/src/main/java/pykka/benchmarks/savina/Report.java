package pykka.benchmarks.savina;

import static pykka.benchmarks.runtime.Implementation.PEKKO;
import static pykka.benchmarks.runtime.Implementation.PORT_THREAD;
import static pykka.benchmarks.runtime.Implementation.THREADING;
import static pykka.benchmarks.runtime.Implementation.VIRTUAL;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import pykka.benchmarks.runtime.Implementation;

/** The markdown report: settings, machine, medians with ratios to Pekko, and the goals. */
final class Report {

  /** Pykka 4.4 on CPython 3.11 (Goals, benchmarks/README.md): tells per second to one actor. */
  private static final double PYKKA_TELLS_PER_SECOND = 206_000;

  /** Pykka 4.4 on CPython 3.11 (the Goals of benchmarks/README.md): median ask round trip, µs. */
  private static final double PYKKA_ASK_MICROS = 30;

  private final Settings s;
  private final Results r;
  private final String loadBefore;
  private final String loadAfter;
  private final long seconds;
  private final StringBuilder out = new StringBuilder();

  Report(Settings s, Results r, String loadBefore, String loadAfter, long seconds) {
    this.s = s;
    this.r = r;
    this.loadBefore = loadBefore;
    this.loadAfter = loadAfter;
    this.seconds = seconds;
  }

  String markdown() {
    line("### Savina-style workloads: pykka beside Apache Pekko classic");
    line("");
    line(
        "- Date: "
            + ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z")));
    line(
        "- Machine: "
            + Machine.cpu()
            + ", "
            + Runtime.getRuntime().availableProcessors()
            + " cores, "
            + Machine.memory()
            + "; load average (1, 5, 15 min) before: "
            + loadBefore
            + ", after: "
            + loadAfter);
    line(
        "- JDK: "
            + System.getProperty("java.vm.name")
            + " "
            + System.getProperty("java.runtime.version")
            + "; each child JVM: -Xmx"
            + s.heap
            + (s.jvmArgs.isEmpty() ? "" : " " + String.join(" ", s.jvmArgs)));
    line(
        String.format(
            Locale.ROOT,
            "- Settings: %d rounds (idle memory: %d), %d warm-up + %d measured runs per JVM,"
                + " scale %s (platform-thread implementations x%s); took %d s",
            s.rounds,
            s.idleRounds,
            s.warmup,
            s.iterations,
            s.scale,
            s.platformScale,
            seconds));
    line(
        "- Each cell: median over rounds (ratio to Pekko: the median of the per-round ratios, since"
            + " each round runs the implementations back to back). Rates: higher is better; µs and"
            + " B: lower is better.");
    line("");
    table();
    line("");
    goals();
    return out.toString();
  }

  private void table() {
    StringBuilder head = new StringBuilder("| workload | unit |");
    StringBuilder rule = new StringBuilder("|---|---|");
    for (Implementation i : s.impls) {
      head.append(' ').append(i.id()).append(" |");
      rule.append("---:|");
    }
    line(head.toString());
    line(rule.toString());
    for (Metric m : r.metrics()) {
      StringBuilder row = new StringBuilder("| " + m.name() + " | " + m.unit() + " |");
      double pekko = r.median(m, PEKKO);
      for (Implementation i : s.impls) {
        double v = r.median(m, i);
        String failure = r.failure(m, i);
        if (Double.isNaN(v)) {
          row.append(failure != null ? " " + failure + " |" : " n/a |");
          continue;
        }
        row.append(' ').append(format(v));
        if (i != PEKKO && !Double.isNaN(pekko)) {
          row.append(String.format(Locale.ROOT, " (%.2f×)", r.ratio(m, i, PEKKO)));
        }
        row.append(" |");
      }
      line(row.toString());
    }
  }

  private void goals() {
    line("| goal (benchmarks/README.md) | measured | met? |");
    line("|---|---|---|");
    ratioGoal("ping-pong", VIRTUAL, PEKKO, 1.0, "VirtualThreadActor ping-pong ≥ 1.0× Pekko");
    ratioGoal("thread-ring", VIRTUAL, PEKKO, 1.0, "VirtualThreadActor thread ring ≥ 1.0× Pekko");
    ratioGoal("counting", VIRTUAL, PEKKO, 1.0, "VirtualThreadActor counting ≥ 1.0× Pekko");
    ratioGoal(
        "fork-join creation", VIRTUAL, PEKKO, 1.5, "VirtualThreadActor fork-join creation ≥ 1.5×");
    ratioGoal(
        "fork-join throughput",
        VIRTUAL,
        PEKKO,
        1.5,
        "VirtualThreadActor fork-join throughput ≥ 1.5×");
    ratioGoal("big", VIRTUAL, PEKKO, 1.5, "VirtualThreadActor big ≥ 1.5× Pekko");
    ratioGoal(
        "ask", VIRTUAL, PEKKO, 0.5, "VirtualThreadActor ask median ≤ 0.5× Pekko's");
    for (Metric m : r.metrics()) {
      if (m.name().startsWith("heap per idle actor")) {
        ratioGoal(
            m.name(), VIRTUAL, PEKKO, 1.0, "VirtualThreadActor " + m.name() + " ≤ 1.0× Pekko");
      }
    }
    Metric million = r.find("start 1M");
    if (million != null) {
      double v = r.median(million, VIRTUAL);
      line(
          "| 1,000,000 VirtualThreadActors started and stopped | "
              + (Double.isNaN(v) ? "failed: " + r.failure(million, VIRTUAL) : "yes, " + format(v)
                  + " started/s, " + format(r.median(r.find("stop 1M"), VIRTUAL)) + " stopped/s")
              + " | "
              + (Double.isNaN(v) ? "**no**" : "yes")
              + " |");
    }
    for (Metric m : r.metrics()) {
      if (!m.name().startsWith("start") && !m.name().startsWith("stop")) {
        ratioGoal(
            m.name(),
            THREADING,
            PORT_THREAD,
            1.0,
            "ThreadingActor ahead of the straightforward port: " + m.name());
      }
    }
    Metric counting = r.find("counting");
    if (counting != null) {
      verdict(
          "ThreadingActor within 2× of VirtualThreadActor on one-way throughput (counting)",
          String.format(Locale.ROOT, "%.2f× VirtualThreadActor", r.ratio(counting, THREADING, VIRTUAL)),
          r.ratio(counting, THREADING, VIRTUAL) >= 0.5);
      for (Implementation i : List.of(THREADING, VIRTUAL)) {
        double tells = r.median(counting, i);
        verdict(
            label(i) + " tells ≥ 100× Pykka's " + format(PYKKA_TELLS_PER_SECOND) + "/s",
            String.format(Locale.ROOT, "%s/s = %.0f× Pykka", format(tells),
                tells / PYKKA_TELLS_PER_SECOND),
            tells >= 100 * PYKKA_TELLS_PER_SECOND);
      }
    }
    Metric ask = r.find("ask");
    if (ask != null) {
      for (Implementation i : List.of(THREADING, VIRTUAL)) {
        double micros = r.median(ask, i);
        verdict(
            label(i) + " ask ≥ 100× faster than Pykka's " + PYKKA_ASK_MICROS + " µs",
            String.format(Locale.ROOT, "%s µs = %.0f× faster", format(micros),
                PYKKA_ASK_MICROS / micros),
            micros * 100 <= PYKKA_ASK_MICROS);
      }
    }
  }

  private void ratioGoal(
      String prefix, Implementation a, Implementation b, double goal, String description) {
    Metric m = r.find(prefix);
    if (m == null || !s.impls.contains(a) || !s.impls.contains(b)) {
      return;
    }
    if (r.count(m, a) == 0 && r.count(m, b) == 0 && r.failure(m, a) == null
        && r.failure(m, b) == null) {
      return; // neither was run (idle actors beyond --platform-max-actors): nothing to judge
    }
    double ratio = r.ratio(m, a, b);
    if (Double.isNaN(ratio)) {
      verdict(description, "not measured", false);
      return;
    }
    boolean met = m.higherIsBetter() ? ratio >= goal : ratio <= goal;
    String measured =
        String.format(
            Locale.ROOT,
            "%.2f× (%s %s vs %s %s)",
            ratio,
            format(r.median(m, a)),
            m.unit(),
            format(r.median(m, b)),
            m.unit());
    verdict(description, measured, met);
  }

  private void verdict(String description, String measured, boolean met) {
    line("| " + description + " | " + measured + " | " + (met ? "yes" : "**no**") + " |");
  }

  private static String label(Implementation i) {
    return i == THREADING ? "ThreadingActor" : "VirtualThreadActor";
  }

  /** A value with three significant digits and a k/M suffix. */
  static String format(double v) {
    if (Double.isNaN(v)) {
      return "n/a";
    }
    double a = Math.abs(v);
    if (a >= 1e6) {
      return String.format(Locale.ROOT, "%.3g M", v / 1e6);
    }
    if (a >= 1e4) {
      return String.format(Locale.ROOT, "%.3g k", v / 1e3);
    }
    return String.format(Locale.ROOT, "%.3g", v);
  }

  private void line(String text) {
    out.append(text).append('\n');
  }
}
