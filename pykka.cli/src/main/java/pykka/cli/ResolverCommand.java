package pykka.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import pykka.examples.ResolverExample;

/**
 * {@code pykka-demo resolver [POOL] [IP...]}: the "Pool of actors sharing work" example.
 *
 * <p>Every input is bounded, so that no command line can exhaust the machine or run for days: the
 * pool (each resolver is a platform thread), the number of addresses (each is a message, a future,
 * and a lookup thread that may outlive its timeout), the time of one lookup, and the time of the
 * whole run.
 */
@Command(
    name = "resolver",
    mixinStandardHelpOptions = true,
    header = "A pool of resolver actors (the \"Pool of actors sharing work\" example).",
    description = {
      "Resolves IP addresses to host names (reverse lookups) with a pool of resolver actors,"
          + " dealing the addresses out to their proxies and gathering the results with"
          + " Future.getAll. Without arguments: 10 resolvers over 193.35.52.1 to 193.35.52.49.",
      "Each lookup is given at most --lookup-timeout seconds, so that a machine without a"
          + " network does not hang the demo: a lookup that takes longer counts as failed"
          + " (\"Failed resolving <ip>\"), and the run goes on. With -v, the log says why each"
          + " failed lookup failed.",
      "Each resolver looks up its share of the addresses one after another, so a run takes at"
          + " most ceil(IPs / POOL) x --lookup-timeout seconds; that must not exceed 3600 (an"
          + " hour)."
    })
final class ResolverCommand extends DemoCommand {

  /**
   * The largest pool. Each resolver is an actor with a platform thread of its own, and each lookup
   * in flight one more: 256 resolvers are far more than a run can use (resolvers beyond the number
   * of addresses sit idle) and far below the tens of thousands of threads that exhaust a machine.
   */
  static final int MAX_POOL = 256;

  /**
   * The most addresses one run takes. Each is a message, a future and a line of output, and a
   * lookup thread that lingers while the system's resolver keeps it.
   */
  static final int MAX_ADDRESSES = 1024;

  /** The longest time one lookup may take, in seconds. */
  static final double MAX_LOOKUP_TIMEOUT = 3600;

  /** The longest time a whole run may take, in seconds. */
  static final double MAX_RUN_TIME = 3600;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "POOL",
      description = {
        "How many resolver actors to start, from 1 to " + MAX_POOL + " (default: 10).",
        "Each resolver is a thread of its own: "
            + MAX_POOL
            + " are more than a run can use, and"
            + " far fewer than the thousands of threads that exhaust a machine."
      })
  private Integer poolSize;

  @Parameters(
      index = "1..*",
      arity = "0..*",
      paramLabel = "IP",
      description =
          "IPv4 or IPv6 address literals, at most "
              + MAX_ADDRESSES
              + " (default: 193.35.52.1 to 193.35.52.49).")
  private List<String> ips = new ArrayList<>();

  @Option(
      names = "--lookup-timeout",
      paramLabel = "SECONDS",
      defaultValue = "2",
      description =
          "How long one lookup may take before it counts as failed: more than 0, at most 3600"
              + " (default: ${DEFAULT-VALUE}).")
  private double lookupTimeoutSeconds;

  @Override
  int run(PrintWriter out) {
    int pool = poolSize == null ? ResolverExample.DEFAULT_POOL_SIZE : poolSize;
    if (pool < 1) {
      throw new ParameterException(
          commandLine(), "POOL must be at least 1 resolver, but was " + pool + ".");
    }
    if (pool > MAX_POOL) {
      throw new ParameterException(
          commandLine(),
          "POOL must be at most "
              + MAX_POOL
              + " resolvers (each is a thread of its own), but was "
              + pool
              + ".");
    }
    if (!(lookupTimeoutSeconds > 0) || lookupTimeoutSeconds > MAX_LOOKUP_TIMEOUT) {
      throw new ParameterException(
          commandLine(),
          "--lookup-timeout must be more than 0 and at most 3600 seconds, but was "
              + lookupTimeoutSeconds
              + ".");
    }
    if (ips.size() > MAX_ADDRESSES) {
      throw new ParameterException(
          commandLine(),
          "Give at most " + MAX_ADDRESSES + " addresses, but " + ips.size() + " were given.");
    }
    for (String ip : ips) {
      if (!IpLiteral.isIpLiteral(ip)) {
        throw new ParameterException(
            commandLine(),
            "'"
                + ip
                + "' is not an IP address: give IPv4 or IPv6 literals, such as 127.0.0.1 or ::1.");
      }
    }
    List<String> addresses = ips.isEmpty() ? ResolverExample.defaultIps() : ips;
    Duration timeout = Seconds.toDuration(lookupTimeoutSeconds);
    checkRunTime(pool, addresses.size(), timeout);
    ResolverExample.run(out, pool, addresses, timeout);
    return 0;
  }

  /** Refuses a run whose lookups, all timing out, would take longer than {@link #MAX_RUN_TIME}. */
  private void checkRunTime(int pool, int addresses, Duration timeout) {
    int inTurn = (addresses + pool - 1) / pool;
    double worst = inTurn * (timeout.toNanos() / 1e9);
    if (worst > MAX_RUN_TIME) {
      throw new ParameterException(
          commandLine(),
          "This run could take "
              + Seconds.format(Duration.ofNanos(inTurn * timeout.toNanos()))
              + " seconds ("
              + inTurn
              + " lookups in turn per resolver, of up to "
              + Seconds.format(timeout)
              + " seconds each), more than 3600: give a larger POOL or a shorter"
              + " --lookup-timeout.");
    }
  }
}
