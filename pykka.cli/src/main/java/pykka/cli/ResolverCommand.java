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

/** {@code pykka-demo resolver [POOL] [IP...]}: the "Pool of actors sharing work" example. */
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
          + " (\"Failed resolving <ip>\"), and the run goes on."
    })
final class ResolverCommand extends DemoCommand {

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "POOL",
      description = "How many resolver actors to start (at least 1; default: 10).")
  private Integer poolSize;

  @Parameters(
      index = "1..*",
      arity = "0..*",
      paramLabel = "IP",
      description = "IPv4 or IPv6 address literals (default: 193.35.52.1 to 193.35.52.49).")
  private List<String> ips = new ArrayList<>();

  @Option(
      names = "--lookup-timeout",
      paramLabel = "SECONDS",
      defaultValue = "2",
      description =
          "How long one lookup may take before it counts as failed (default: ${DEFAULT-VALUE}).")
  private double lookupTimeoutSeconds;

  @Override
  int run(PrintWriter out) {
    int pool = poolSize == null ? ResolverExample.DEFAULT_POOL_SIZE : poolSize;
    if (pool < 1) {
      throw new ParameterException(
          commandLine(), "POOL must be at least 1 resolver, but was " + pool + ".");
    }
    if (!(lookupTimeoutSeconds > 0) || lookupTimeoutSeconds > 3600) {
      throw new ParameterException(
          commandLine(),
          "--lookup-timeout must be more than 0 and at most 3600 seconds, but was "
              + lookupTimeoutSeconds
              + ".");
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
    Duration timeout = Duration.ofNanos(Math.round(lookupTimeoutSeconds * 1e9));
    List<String> addresses = ips.isEmpty() ? ResolverExample.defaultIps() : ips;
    ResolverExample.run(out, pool, addresses, timeout);
    return 0;
  }
}
