package pykka.benchmarks.savina;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import pykka.benchmarks.runtime.Implementation;

/** Every child JVM's result, by metric and implementation. Used by the runner's thread only. */
final class Results {

  private final Map<Metric, Map<Implementation, List<Double>>> values = new LinkedHashMap<>();
  private final Map<Metric, Map<Implementation, String>> failures = new LinkedHashMap<>();

  void add(Metric metric, Implementation impl, double value) {
    values
        .computeIfAbsent(metric, m -> new EnumMap<>(Implementation.class))
        .computeIfAbsent(impl, i -> new ArrayList<>())
        .add(value);
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

  /** The median over rounds, or {@code NaN} if there is no value. */
  double median(Metric metric, Implementation impl) {
    if (metric == null) {
      return Double.NaN;
    }
    List<Double> list = values.getOrDefault(metric, Map.of()).get(impl);
    if (list == null || list.isEmpty()) {
      return Double.NaN;
    }
    return ChildRun.median(list.stream().mapToDouble(Double::doubleValue).toArray());
  }

  /**
   * The ratio of {@code a} to {@code b}: the median over rounds of each round's ratio when both
   * have one value per round (each round runs them close together, so the ratio is less exposed to
   * load that drifts between rounds), otherwise the ratio of the medians. {@code NaN} if either has
   * no value.
   */
  double ratio(Metric metric, Implementation a, Implementation b) {
    List<Double> la = metric == null ? null : values.getOrDefault(metric, Map.of()).get(a);
    List<Double> lb = metric == null ? null : values.getOrDefault(metric, Map.of()).get(b);
    if (la == null || lb == null || la.isEmpty() || lb.isEmpty()) {
      return Double.NaN;
    }
    if (la.size() != lb.size()) {
      return median(metric, a) / median(metric, b);
    }
    double[] ratios = new double[la.size()];
    for (int i = 0; i < ratios.length; i++) {
      ratios[i] = la.get(i) / lb.get(i);
    }
    return ChildRun.median(ratios);
  }

  int count(Metric metric, Implementation impl) {
    List<Double> list = values.getOrDefault(metric, Map.of()).get(impl);
    return list == null ? 0 : list.size();
  }

  String failure(Metric metric, Implementation impl) {
    return failures.getOrDefault(metric, Map.of()).get(impl);
  }
}
