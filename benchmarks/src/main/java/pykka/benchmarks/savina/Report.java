package pykka.benchmarks.savina;

import static pykka.benchmarks.runtime.Implementation.PEKKO;
import static pykka.benchmarks.runtime.Implementation.PORT_THREAD;
import static pykka.benchmarks.runtime.Implementation.PORT_VIRTUAL;
import static pykka.benchmarks.runtime.Implementation.THREADING;
import static pykka.benchmarks.runtime.Implementation.VIRTUAL;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import pykka.benchmarks.runtime.Implementation;

/**
 * The markdown report: settings, machine and load, medians with ratios to Pekko and their spread
 * over rounds, and every goal (see the module's README) marked met or not.
 */
final class Report {

  /**
   * Pykka 4.4 on CPython 3.11, measured on a 2-core machine of the kind the benchmarks run on:
   * tells per second to one actor.
   */
  static final double PYKKA_TELLS_PER_SECOND = 206_000;

  /** The same Pykka, same machine: median ask round trip in µs. */
  static final double PYKKA_ASK_MICROS = 30;

  private final Settings s;
  private final Results r;
  private final String loadBefore;
  private final String loadAfter;
  private final long seconds;
  private List<String> roundLoads = List.of();
  private final StringBuilder out = new StringBuilder();
  private StringBuilder target = out;
  private int goalsMet;
  private int goalsJudged;

  Report(Settings s, Results r, String loadBefore, String loadAfter, long seconds) {
    this.s = s;
    this.r = r;
    this.loadBefore = loadBefore;
    this.loadAfter = loadAfter;
    this.seconds = seconds;
  }

  /** The 1-minute load average at the start of each round, for the report's header. */
  Report roundLoads(List<String> loads) {
    this.roundLoads = List.copyOf(loads);
    return this;
  }

  String markdown() {
    line("### Savina-style workloads: pykka beside Apache Pekko classic");
    line("");
    line(
        "- Date: " + ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z")));
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
    if (!roundLoads.isEmpty()) {
      List<String> ones = new ArrayList<>();
      for (String l : roundLoads) {
        ones.add(l.split(",")[0].trim());
      }
      line("- 1-minute load average at the start of each round: " + String.join(", ", ones));
    }
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
        "- Each cell: the median over rounds of each child JVM's median; in brackets the ratio to"
            + " Pekko, as the median of the per-round ratios (each round runs the implementations"
            + " back to back), then the lowest and highest per-round ratio. Rates: higher is"
            + " better; µs and B: lower is better.");
    line("");
    table();
    line("");
    StringBuilder goals = new StringBuilder();
    target = goals;
    goals();
    target = out;
    line(
        String.format(
            Locale.ROOT,
            "Goals met: %d of %d judged (a goal is judged on the median of its per-round ratios;"
                + " the spread shows how far single rounds strayed).",
            goalsMet,
            goalsJudged));
    line("");
    out.append(goals);
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
      for (Implementation i : s.impls) {
        double v = r.median(m, i);
        String failure = r.failure(m, i);
        if (Double.isNaN(v)) {
          row.append(failure != null ? " " + failure + " |" : " n/a |");
          continue;
        }
        row.append(' ').append(format(v));
        Results.Ratio ratio = r.ratio(m, i, PEKKO);
        if (i != PEKKO && ratio.measured()) {
          row.append(" (").append(ratio(ratio)).append(')');
        }
        if (failure != null) {
          row.append(" (some rounds ").append(failure).append(')');
        }
        row.append(" |");
      }
      line(row.toString());
    }
  }

  private void goals() {
    line("#### Round-2 goals: VirtualThreadActor against Pekko classic, unless named");
    line("");
    goalHeader();
    vsPekko("ping-pong", 1.2, "ping-pong");
    vsPekko("thread-ring", 1.0, "thread ring");
    vsPekko("big", 1.5, "big");
    vsPekko("fork-join creation", 3.0, "fork-join creation");
    List<Metric> heaps = r.findAll("heap per idle actor");
    if (!heaps.isEmpty()) {
      // The largest idle size run (the last of --idle-sizes): 1M by default.
      String size =
          heaps.getLast().name().replace("heap per idle actor, ", "").replace(" actors", "");
      vsPekko("start " + size, 1.0, "start " + size + " idle actors");
      vsPekko("stop " + size, 1.0, "stop " + size + " idle actors");
      vsPekko(heaps.getLast().name(), 0.7, heaps.getLast().name());
    }
    vsPekko("ask", 0.5, "ask median from a plain thread");
    vsPekko("counting", 1.5, "counting");
    vsPekko("fork-join throughput", 1.5, "fork-join throughput");
    Metric plainAsk = r.find("plain ask beside");
    for (Implementation i : List.of(VIRTUAL, THREADING)) {
      for (String kind : List.of("untyped", "typed")) {
        Metric call = r.find(kind + " proxy call");
        if (call != null && plainAsk != null && s.impls.contains(i) && ran(call, i)) {
          judge(
              label(i) + " " + kind + " proxy call ≤ 1.5× a plain ask",
              r.ratio(call, i, plainAsk, i),
              1.5,
              false,
              r.median(call, i),
              r.median(plainAsk, i),
              call.unit());
        }
      }
    }
    line("");
    line("#### Floor: never slower than the straightforward port on the same kind of thread");
    line("");
    goalHeader();
    for (Metric m : r.metrics()) {
      floor(m, VIRTUAL, PORT_VIRTUAL);
    }
    for (Metric m : r.metrics()) {
      floor(m, THREADING, PORT_THREAD);
    }
    line("");
    line("#### Standing goals from the first round");
    line("");
    goalHeader();
    Metric counting = r.find("counting");
    if (counting != null && s.impls.contains(THREADING) && s.impls.contains(VIRTUAL)) {
      judge(
          "ThreadingActor counting within 2× of VirtualThreadActor's",
          r.ratio(counting, THREADING, VIRTUAL),
          0.5,
          true,
          r.median(counting, THREADING),
          r.median(counting, VIRTUAL),
          counting.unit());
    }
    for (Implementation i : List.of(VIRTUAL, THREADING)) {
      if (counting != null && s.impls.contains(i)) {
        double tells = r.median(counting, i);
        verdict(
            label(i) + " counting ≥ 100× Pykka's " + format(PYKKA_TELLS_PER_SECOND) + " tells/s",
            String.format(Locale.ROOT, "%.0f×", tells / PYKKA_TELLS_PER_SECOND),
            "",
            format(tells) + " msgs/s",
            !Double.isNaN(tells),
            tells >= 100 * PYKKA_TELLS_PER_SECOND);
      }
    }
    Metric ask = r.find("ask");
    for (Implementation i : List.of(VIRTUAL, THREADING)) {
      if (ask != null && s.impls.contains(i)) {
        double micros = r.median(ask, i);
        verdict(
            label(i) + " ask ≥ 100× faster than Pykka's " + format(PYKKA_ASK_MICROS) + " µs",
            String.format(Locale.ROOT, "%.0f× faster", PYKKA_ASK_MICROS / micros),
            "",
            format(micros) + " µs",
            !Double.isNaN(micros),
            micros * 100 <= PYKKA_ASK_MICROS);
      }
    }
  }

  private boolean ran(Metric m, Implementation i) {
    return r.count(m, i) > 0 || r.failure(m, i) != null;
  }

  private void goalHeader() {
    line("| goal | median ratio | spread (min–max per round) | medians | met? |");
    line("|---|---:|---:|---|---|");
  }

  /** A goal of VirtualThreadActor against Pekko on the metric whose name starts with prefix. */
  private void vsPekko(String prefix, double goal, String what) {
    Metric m = r.find(prefix);
    if (m == null || !s.impls.contains(VIRTUAL) || !s.impls.contains(PEKKO)) {
      return;
    }
    String description =
        String.format(Locale.ROOT, "%s %s %s× Pekko", what, m.higherIsBetter() ? "≥" : "≤", goal);
    judge(
        description,
        r.ratio(m, VIRTUAL, PEKKO),
        goal,
        m.higherIsBetter(),
        r.median(m, VIRTUAL),
        r.median(m, PEKKO),
        m.unit());
  }

  /**
   * {@code a} must be at least as good as its port {@code port}. Left out when the port never ran
   * this metric (idle sizes beyond --platform-max-actors, pykka-only workloads).
   */
  private void floor(Metric m, Implementation a, Implementation port) {
    if (!s.impls.contains(a) || !s.impls.contains(port)) {
      return;
    }
    if (!ran(m, port)) {
      return;
    }
    String description =
        String.format(
            Locale.ROOT,
            "%s %s %s 1× %s",
            label(a),
            m.name(),
            m.higherIsBetter() ? "≥" : "≤",
            port == PORT_VIRTUAL ? "virtual-thread port" : "platform-thread port");
    judge(
        description,
        r.ratio(m, a, port),
        1.0,
        m.higherIsBetter(),
        r.median(m, a),
        r.median(m, port),
        m.unit());
  }

  private void judge(
      String description,
      Results.Ratio ratio,
      double goal,
      boolean higherIsBetter,
      double a,
      double b,
      String unit) {
    boolean measured = ratio.measured();
    boolean met = measured && (higherIsBetter ? ratio.median() >= goal : ratio.median() <= goal);
    verdict(
        description,
        measured ? String.format(Locale.ROOT, "%.2f×", ratio.median()) : "not measured",
        spread(ratio),
        measured ? format(a) + " vs " + format(b) + " " + unit : "",
        measured,
        met);
  }

  private void verdict(
      String description,
      String median,
      String spread,
      String medians,
      boolean measured,
      boolean met) {
    goalsJudged++;
    if (met) {
      goalsMet++;
    }
    String mark = met ? "yes" : (measured ? "**no**" : "**no** (not measured)");
    line(
        "| "
            + description
            + " | "
            + median
            + " | "
            + spread
            + " | "
            + medians
            + " | "
            + mark
            + " |");
  }

  /** {@code 0.79×, 0.60–1.02} for a table cell. */
  private static String ratio(Results.Ratio ratio) {
    String median = String.format(Locale.ROOT, "%.2f×", ratio.median());
    String spread = spread(ratio);
    return spread.isEmpty() ? median : median + ", " + spread;
  }

  /** {@code 0.60–1.02} (min–max of the per-round ratios), or empty with fewer than two rounds. */
  private static String spread(Results.Ratio ratio) {
    if (ratio.rounds() < 2) {
      return "";
    }
    return String.format(Locale.ROOT, "%.2f–%.2f", ratio.min(), ratio.max());
  }

  private static String label(Implementation i) {
    return switch (i) {
      case THREADING -> "ThreadingActor";
      case VIRTUAL -> "VirtualThreadActor";
      default -> i.id();
    };
  }

  /** A value with three significant digits and a k/M suffix (whole numbers from 1,000 to 9,999). */
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
    if (a >= 1e3) {
      return String.format(Locale.ROOT, "%.0f", v);
    }
    return String.format(Locale.ROOT, "%.3g", v);
  }

  private void line(String text) {
    target.append(text).append('\n');
  }
}
