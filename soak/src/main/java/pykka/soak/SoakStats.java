package pykka.soak;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/** The soak's counters and the invariant violations it found. Thread-safe. */
final class SoakStats {
  private static final int KEPT_VIOLATIONS = 50;

  private final Map<String, LongAdder> counters = new ConcurrentHashMap<>();
  private final Map<String, AtomicLong> maxima = new ConcurrentHashMap<>();
  private final ConcurrentLinkedQueue<String> violations = new ConcurrentLinkedQueue<>();
  private final LongAdder violationCount = new LongAdder();

  /** Adds one to the counter {@code name}. */
  void count(String name) {
    add(name, 1);
  }

  /** Adds {@code n} to the counter {@code name}. */
  void add(String name, long n) {
    counters.computeIfAbsent(name, k -> new LongAdder()).add(n);
  }

  /** Raises the maximum {@code name} to {@code value} if it is higher. */
  void max(String name, long value) {
    maxima.computeIfAbsent(name, k -> new AtomicLong()).accumulateAndGet(value, Math::max);
  }

  /** The counter {@code name}, 0 if never counted. */
  long get(String name) {
    LongAdder a = counters.get(name);
    return a == null ? 0 : a.sum();
  }

  /** Every counter, by name. */
  Map<String, Long> snapshot() {
    Map<String, Long> copy = new TreeMap<>();
    counters.forEach((name, adder) -> copy.put(name, adder.sum()));
    maxima.forEach((name, max) -> copy.put(name, max.get()));
    return copy;
  }

  /** Records a broken invariant; the first few are kept with their description. */
  void violation(String description) {
    violationCount.increment();
    if (violations.size() < KEPT_VIOLATIONS) {
      violations.add(description);
    }
  }

  long violationCount() {
    return violationCount.sum();
  }

  Iterable<String> violations() {
    return violations;
  }
}
