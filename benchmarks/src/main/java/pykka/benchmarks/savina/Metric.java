package pykka.benchmarks.savina;

/**
 * A measured quantity of a workload.
 *
 * @param name the row label, such as {@code ping-pong}
 * @param unit such as {@code msgs/s}
 * @param higherIsBetter whether a larger value is better (rates) or worse (bytes, latency)
 */
record Metric(String name, String unit, boolean higherIsBetter) {}
