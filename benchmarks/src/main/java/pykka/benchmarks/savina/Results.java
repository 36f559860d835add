package pykka.benchmarks.savina;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import pykka.benchmarks.runtime.Implementation;

/**
 * Every child JVM's result, by metric, implementation and round. Used by the runner's thread only.
 */
final class Results {

  private final Map<Metric, Map<Implementation, TreeMap<Integer, Double>>> values =
      new LinkedHashMap<>();
  private final Map<Metric, Map<Implementation, String>> failures = new LinkedHashMap<>();

  /**
   * A ratio between two series measured in the same rounds.
   *
   * @param median the median of the per-round ratios (or, when no round has both, the ratio of the
   *     medians)
   * @param min the smallest per-round ratio ({@code NaN} when no round has both)
   * @param max the largest per-round ratio ({@code NaN} when no round has both)
   * @param rounds how many rounds had both values
   */
  record Ratio(double median, double min, double max, int rounds) {
    static final Ratio NONE = new Ratio(Double.NaN, Double.NaN, Double.NaN, 0);

    boolean measured() {
      return !Double.isNaN(median);
    }
  }

  /**
   * Records one child JVM's value.
   *
   * @param metric what it measured
   * @param impl on which implementation
   * @param round the round it ran in, from 0
   * @param value the child's median of its measured runs
   */
  void add(Metric metric, Implementation impl, int round, double value) {
    values
        .computeIfAbsent(metric, m -> new EnumMap<>(Implementation.class))
        .computeIfAbsent(impl, i -> new TreeMap<>())
        .put(round, value);
  }

  void fail(Metric metric, Implementation impl, String why) {
    values.computeIfAbsent(metric, m -> new EnumMap<>(Implementation.class));
    failures.computeIfAbsent(metric, m -> new EnumMap<>(Implementation.class)).put(impl, why);
  }

  List<Metric> metrics() {
    return new ArrayList<>(values.keySet());
  }

  /** The metric whose name starts with {@code prefix}, or {@code null}. */
  Metric find(String prefix) {
    for (Metric m : values.keySet()) {
      if (m.name().startsWith(prefix)) {
        return m;
      }
    }
    return null;
  }

  /** Every metric whose name starts with {@code prefix}, in the order they were first seen. */
  List<Metric> findAll(String prefix) {
    List<Metric> found = new ArrayList<>();
    for (Metric m : values.keySet()) {
      if (m.name().startsWith(prefix)) {
        found.add(m);
      }
    }
    return found;
  }

  private TreeMap<Integer, Double> series(Metric metric, Implementation impl) {
    if (metric == null) {
      return null;
    }
    return values.getOrDefault(metric, Map.of()).get(impl);
  }

  /** The median over rounds, or {@code NaN} if there is no value. */
  double median(Metric metric, Implementation impl) {
    TreeMap<Integer, Double> s = series(metric, impl);
    if (s == null || s.isEmpty()) {
      return Double.NaN;
    }
    return ChildRun.median(s.values().stream().mapToDouble(Double::doubleValue).toArray());
  }

  /** The ratio of one implementation to another on the same metric; see the other overload. */
  Ratio ratio(Metric metric, Implementation a, Implementation b) {
    return ratio(metric, a, metric, b);
  }

  /**
   * The ratio of {@code a} on {@code ma} to {@code b} on {@code mb}: the median, minimum and
   * maximum over the rounds that have both values of that round's ratio (each round runs the
   * implementations back to back, so the ratio is less exposed to load that drifts between rounds);
   * when no round has both, the ratio of the medians, with no spread. {@link Ratio#NONE} if either
   * has no value.
   */
  Ratio ratio(Metric ma, Implementation a, Metric mb, Implementation b) {
    TreeMap<Integer, Double> sa = series(ma, a);
    TreeMap<Integer, Double> sb = series(mb, b);
    if (sa == null || sb == null || sa.isEmpty() || sb.isEmpty()) {
      return Ratio.NONE;
    }
    List<Double> ratios = new ArrayList<>();
    for (Map.Entry<Integer, Double> e : sa.entrySet()) {
      Double other = sb.get(e.getKey());
      if (other != null) {
        ratios.add(e.getValue() / other);
      }
    }
    if (ratios.isEmpty()) {
      return new Ratio(median(ma, a) / median(mb, b), Double.NaN, Double.NaN, 0);
    }
    double[] r = ratios.stream().mapToDouble(Double::doubleValue).toArray();
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double v : r) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    return new Ratio(ChildRun.median(r), min, max, r.length);
  }

  int count(Metric metric, Implementation impl) {
    TreeMap<Integer, Double> s = series(metric, impl);
    return s == null ? 0 : s.size();
  }

  String failure(Metric metric, Implementation impl) {
    return failures.getOrDefault(metric, Map.of()).get(impl);
  }
}
