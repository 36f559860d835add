package pykka.benchmarks.savina;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import pykka.benchmarks.runtime.Implementation;

/** The runner's command-line settings. Mutable while parsing, then only read. */
final class Settings {

  // Qualified names in the text below are data.
  static final String USAGE =
      """
      Usage: java -cp benchmarks.jar pykka.benchmarks.savina.SavinaRunner [options]

      Runs each workload on each implementation, each run in a fresh child JVM, alternating
      implementations, for several rounds; prints medians and ratios to Pekko as a markdown table.

        --quick                  a shorter run (about 15 minutes on 2 cores): --scale 0.2
                                 --warmup 1 --iterations 2, still 5 rounds
        --rounds N               rounds over all workloads and implementations (default 5)
        --warmup N               unmeasured runs in each child JVM (default 2)
        --iterations N           measured runs in each child JVM, which reports their median
                                 (default 3)
        --scale X                multiplies every message and actor count (default 1.0)
        --platform-scale X       extra factor for implementations with a platform thread per actor,
                                 which are 10-100x slower (default 0.1)
        --platform-max-actors N  larger idle-actor counts are skipped for those (default 10000)
        --impls a,b,...          of: threading, virtual, pekko, port-thread, port-virtual
                                 (default all)
        --workloads a,b,...      of: ping-pong, thread-ring, counting, fj-create, fj-throughput,
                                 big, ask, proxy, idle (default all; proxy: pykka only)
        --idle-sizes a,b,...     idle actor counts (default 10000,100000,1000000)
        --idle-rounds N          rounds for the idle-memory workload (default: --rounds)
        --ring-actors N          actors in the thread ring (default 1000)
        --fjt-actors N           actors in fork-join throughput (default 60)
        --big-actors N           actors in big (default 120)
        --heap SIZE              -Xmx of each child JVM (default 8g)
        --jvm-arg ARG            an extra option for each child JVM (repeatable)
        --timeout SECONDS        a child JVM that runs longer is killed (default 600)
        --out FILE               also write the markdown report to FILE
      """;

  int rounds = 5;
  int warmup = 2;
  int iterations = 3;
  double scale = 1.0;
  double platformScale = 0.1;
  long platformMaxActors = 10_000;
  List<Implementation> impls = new ArrayList<>(List.of(Implementation.values()));
  List<String> workloads =
      new ArrayList<>(
          List.of(
              "ping-pong",
              "thread-ring",
              "counting",
              "fj-create",
              "fj-throughput",
              "big",
              "ask",
              "proxy",
              "idle"));
  List<Long> idleSizes = new ArrayList<>(List.of(10_000L, 100_000L, 1_000_000L));
  int idleRounds = -1;
  int ringActors = 1000;
  int fjtActors = 60;
  int bigActors = 120;
  String heap = "8g";
  List<String> jvmArgs = new ArrayList<>();
  long timeoutSeconds = 600;
  String out;

  static Settings parse(String[] args) {
    Settings s = new Settings();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--quick")) {
        s.scale = 0.2;
        s.warmup = 1;
        s.iterations = 2;
        continue;
      }
      if (a.equals("--help") || a.equals("-h")) {
        System.out.print(USAGE);
        System.exit(0);
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("Missing value for " + a + "\n" + USAGE);
      }
      String v = args[++i];
      switch (a) {
        case "--rounds" -> s.rounds = Integer.parseInt(v);
        case "--warmup" -> s.warmup = Integer.parseInt(v);
        case "--iterations" -> s.iterations = Integer.parseInt(v);
        case "--scale" -> s.scale = Double.parseDouble(v);
        case "--platform-scale" -> s.platformScale = Double.parseDouble(v);
        case "--platform-max-actors" -> s.platformMaxActors = Long.parseLong(v);
        case "--impls" -> s.impls = Arrays.stream(v.split(",")).map(Implementation::of).toList();
        case "--workloads" -> s.workloads = List.of(v.split(","));
        case "--idle-sizes" ->
            s.idleSizes = Arrays.stream(v.split(",")).map(Long::parseLong).toList();
        case "--idle-rounds" -> s.idleRounds = Integer.parseInt(v);
        case "--ring-actors" -> s.ringActors = Integer.parseInt(v);
        case "--fjt-actors" -> s.fjtActors = Integer.parseInt(v);
        case "--big-actors" -> s.bigActors = Integer.parseInt(v);
        case "--heap" -> s.heap = v;
        case "--jvm-arg" -> s.jvmArgs.add(v);
        case "--timeout" -> s.timeoutSeconds = Long.parseLong(v);
        case "--out" -> s.out = v;
        default -> throw new IllegalArgumentException("Unknown option " + a + "\n" + USAGE);
      }
    }
    if (s.idleRounds < 0) {
      s.idleRounds = s.rounds;
    }
    return s;
  }

  /** The size of one run of a workload at scale 1 (messages, hops, asks or actors). */
  static long baseSize(String workload) {
    return switch (workload) {
      case "ping-pong" -> 1_000_000;
      case "thread-ring" -> 2_000_000;
      case "counting" -> 5_000_000;
      case "fj-create" -> 200_000;
      case "fj-throughput" -> 2_000_000;
      case "big" -> 2_000_000;
      case "ask" -> 50_000;
      case "proxy" -> 20_000;
      default -> throw new IllegalArgumentException("Unknown workload " + workload);
    };
  }

  /** The scaled size of a workload for an implementation. */
  long size(String workload, Implementation impl) {
    double factor = scale * (impl.platformThreadPerActor() ? platformScale : 1.0);
    return Math.max(1, Math.round(baseSize(workload) * factor));
  }

  /** The workload object for a name; {@code idle} takes its actor count as its label. */
  Workload workload(String name, long idleSize) {
    return switch (name) {
      case "ping-pong" -> new PingPong();
      case "thread-ring" -> new ThreadRing(ringActors);
      case "counting" -> new Counting();
      case "fj-create" -> new ForkJoinCreation();
      case "fj-throughput" -> new ForkJoinThroughput(fjtActors);
      case "big" -> new Big(bigActors);
      case "ask" -> new AskLatency();
      case "proxy" -> new ProxyCall();
      case "idle" -> new IdleMemory(label(idleSize));
      default -> throw new IllegalArgumentException("Unknown workload " + name);
    };
  }

  static String label(long n) {
    if (n >= 1_000_000 && n % 1_000_000 == 0) {
      return (n / 1_000_000) + "M";
    }
    if (n >= 1_000 && n % 1_000 == 0) {
      return (n / 1_000) + "k";
    }
    return Long.toString(n);
  }
}
