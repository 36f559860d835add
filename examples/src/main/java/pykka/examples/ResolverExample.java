package pykka.examples;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pykka.ActorProxy;
import pykka.ActorRegistry;
import pykka.Future;
import pykka.ThreadingActor;

/**
 * The documentation's "Pool of actors sharing work" example: resolve a bunch of IP addresses with a
 * pool of {@link Resolver} actors. The addresses are dealt out to the resolvers' proxies in turn
 * (without blocking), then the results are gathered with {@link Future#getAll}.
 *
 * <p>Run without arguments, it resolves 193.35.52.1 to 193.35.52.49 with 10 resolvers; or give the
 * pool size and the addresses: {@code ResolverExample 3 193.35.52.1 193.35.52.2 193.35.52.3}.
 *
 * <p>Each reverse lookup is given at most a fixed time ({@link #DEFAULT_LOOKUP_TIMEOUT} unless told
 * otherwise), so that a machine without a network, whose lookups may hang, does not hang the
 * example: a lookup that takes longer counts as failed.
 *
 * <p>Output, for {@code 2 127.0.0.1 192.0.2.1} (the order of the first two lines varies):
 *
 * <pre>
 * Finished resolving 127.0.0.1
 * Failed resolving 192.0.2.1
 * [(127.0.0.1, localhost),
 *  (192.0.2.1, null)]
 * </pre>
 */
public final class ResolverExample {

  private static final Logger LOG = LoggerFactory.getLogger(ResolverExample.class);

  /** The pool size used when no arguments are given. */
  public static final int DEFAULT_POOL_SIZE = 10;

  /** How long one reverse lookup may take before it counts as failed. */
  public static final Duration DEFAULT_LOOKUP_TIMEOUT = Duration.ofSeconds(2);

  private ResolverExample() {}

  /**
   * The addresses resolved when no arguments are given: 193.35.52.1 to 193.35.52.49.
   *
   * @return the default addresses, in order
   */
  public static List<String> defaultIps() {
    List<String> ips = new ArrayList<>();
    for (int i = 1; i < 50; i++) {
      ips.add("193.35.52." + i);
    }
    return ips;
  }

  /**
   * Finds the host name of an IP address. Implementations may block; the {@link Resolver} bounds
   * the time it waits.
   */
  @FunctionalInterface
  public interface ReverseLookup {
    /**
     * The reverse lookup through the system's resolver ({@code /etc/hosts}, DNS): {@link
     * InetAddress#getCanonicalHostName()}, which answers with the address itself when it finds no
     * name; that counts as a failure here.
     */
    ReverseLookup SYSTEM =
        ip -> {
          InetAddress address = InetAddress.getByName(ip);
          String name = address.getCanonicalHostName();
          if (name.equals(address.getHostAddress())) {
            throw new UnknownHostException("no host name for " + ip);
          }
          return name;
        };

    /**
     * Looks up the host name of {@code ip}.
     *
     * @param ip an IP address literal
     * @return the host name
     * @throws Exception if there is none or the lookup fails
     */
    String hostName(String ip) throws Exception;
  }

  /**
   * Resolves IP addresses to host names, one at a time, printing {@code Finished resolving <ip>} or
   * {@code Failed resolving <ip>} for each. Why a lookup failed (the exception it threw, or the
   * timeout) is logged at DEBUG.
   *
   * <p>Thread safety: as any actor, it is used through its proxy; {@link #resolve} runs in the
   * actor's own thread. The lookup itself runs on a daemon thread of its own, which the actor
   * abandons after the lookup timeout (a lookup stuck in the operating system cannot be
   * interrupted).
   */
  public static final class Resolver extends ThreadingActor {
    private final PrintWriter out;
    private final Duration lookupTimeout;
    private final ReverseLookup lookup;

    /**
     * Creates a resolver that uses the system's resolver.
     *
     * @param out where to print each lookup's outcome
     * @param lookupTimeout how long one lookup may take before it counts as failed
     */
    public Resolver(PrintWriter out, Duration lookupTimeout) {
      this(out, lookupTimeout, ReverseLookup.SYSTEM);
    }

    /**
     * Creates a resolver that uses {@code lookup}.
     *
     * @param out where to print each lookup's outcome
     * @param lookupTimeout how long one lookup may take before it counts as failed
     * @param lookup how to find a host name
     */
    public Resolver(PrintWriter out, Duration lookupTimeout, ReverseLookup lookup) {
      this.out = Objects.requireNonNull(out, "out");
      this.lookupTimeout = Objects.requireNonNull(lookupTimeout, "lookupTimeout");
      this.lookup = Objects.requireNonNull(lookup, "lookup");
    }

    /**
     * Resolves one address.
     *
     * @param ip the IP address
     * @return its host name, or {@code null} if the lookup failed or took too long
     */
    public String resolve(String ip) {
      CompletableFuture<String> result = new CompletableFuture<>();
      Thread.ofPlatform()
          .daemon()
          .name("reverse lookup of " + ip)
          .start(
              () -> {
                try {
                  result.complete(lookup.hostName(ip));
                } catch (Throwable t) {
                  result.completeExceptionally(t);
                }
              });
      try {
        String host = result.get(lookupTimeout.toNanos(), TimeUnit.NANOSECONDS);
        out.println("Finished resolving " + ip);
        return host;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return failed(ip, e);
      } catch (ExecutionException e) {
        return failed(ip, e.getCause());
      } catch (TimeoutException e) {
        BigDecimal seconds = BigDecimal.valueOf(lookupTimeout.toNanos(), 9).stripTrailingZeros();
        return failed(
            ip, new TimeoutException("no answer within " + seconds.toPlainString() + " seconds"));
      }
    }

    private String failed(String ip, Throwable reason) {
      out.println("Failed resolving " + ip);
      if (LOG.isDebugEnabled()) {
        LOG.debug("Failed resolving {}: {}", ip, describe(reason));
      }
      return null;
    }

    /** The exception's class and message, or its class alone if its toString() fails. */
    private static String describe(Throwable reason) {
      try {
        return String.valueOf(reason);
      } catch (RuntimeException e) {
        return reason.getClass().getName();
      }
    }
  }

  /**
   * Runs the example with the system's resolver.
   *
   * @param out where to print
   * @param poolSize how many resolvers to start, at least 1
   * @param ips the addresses to resolve
   * @param lookupTimeout how long one lookup may take before it counts as failed
   */
  public static void run(PrintWriter out, int poolSize, List<String> ips, Duration lookupTimeout) {
    run(out, poolSize, ips, lookupTimeout, ReverseLookup.SYSTEM);
  }

  /**
   * Runs the example: starts {@code poolSize} resolvers, deals the addresses out to them in turn,
   * gathers the host names, prints the pairs, and stops every actor.
   *
   * @param out where to print
   * @param poolSize how many resolvers to start, at least 1
   * @param ips the addresses to resolve
   * @param lookupTimeout how long one lookup may take before it counts as failed
   * @param lookup how to find a host name
   * @throws IllegalArgumentException if {@code poolSize} is below 1
   */
  public static void run(
      PrintWriter out,
      int poolSize,
      List<String> ips,
      Duration lookupTimeout,
      ReverseLookup lookup) {
    if (poolSize < 1) {
      throw new IllegalArgumentException("the pool size must be at least 1, but was " + poolSize);
    }
    // Start resolvers
    List<ActorProxy> resolvers = new ArrayList<>();
    for (int i = 0; i < poolSize; i++) {
      resolvers.add(new Resolver(out, lookupTimeout, lookup).start().proxy());
    }
    try {
      // Distribute work by mapping IPs to resolvers (not blocking)
      List<Future<Object>> hosts = new ArrayList<>();
      for (int i = 0; i < ips.size(); i++) {
        hosts.add(resolvers.get(i % resolvers.size()).call("resolve", ips.get(i)));
      }

      // Gather results (blocking)
      List<Object> names = Future.getAll(hosts);
      out.println(format(ips, names));
    } finally {
      // Clean up
      ActorRegistry.stopAll();
    }
  }

  /**
   * Formats the pairs of address and host name as Python's {@code pprint} lays out a list of
   * tuples: one pair a line.
   */
  static String format(List<String> ips, List<?> names) {
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < ips.size(); i++) {
      if (i > 0) {
        sb.append(",\n ");
      }
      sb.append('(').append(ips.get(i)).append(", ").append(names.get(i)).append(')');
    }
    return sb.append(']').toString();
  }

  /**
   * Runs the example on standard output: {@code [POOL IP...]}, or the defaults without arguments.
   *
   * @param args the pool size followed by the addresses, or nothing
   */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true);
    if (args.length >= 2) {
      run(
          out,
          Integer.parseInt(args[0]),
          Arrays.asList(args).subList(1, args.length),
          DEFAULT_LOOKUP_TIMEOUT);
    } else {
      run(out, DEFAULT_POOL_SIZE, defaultIps(), DEFAULT_LOOKUP_TIMEOUT);
    }
  }
}
