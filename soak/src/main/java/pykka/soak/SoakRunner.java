package pykka.soak;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import pykka.ActorRegistry;
import pykka.testfixtures.ActorRuntime;
import pykka.testfixtures.Leftovers;

/**
 * A soak run by hand, not by the build (its module is built by {@code verify} but never run):
 * worker threads run a mixed workload on both runtimes for as long as asked — tells, asks, proxy
 * and typed-proxy calls to long-lived actors, short-lived actors started and ended every way there
 * is, injected failures, stop races, hanging actors, self-asks, derived futures, registry lookups
 * and broadcasts — while each scenario checks its invariants and a monitor checks the shared ones
 * every few seconds. At the end it stops everything and checks that every message was handled once
 * and in order, that each injected failure was logged exactly once, that the registry is empty and
 * that no thread was left behind; then prints a summary.
 *
 * <p>Usage: {@code SoakRunner [--minutes M | --seconds S] [--workers W] [--report-every S]}
 * (defaults: 1 minute, 4 workers, a progress line every 10 seconds). Exit code 0 when every
 * invariant held, 1 when one broke, 2 for bad arguments. See the module's {@code README.md} for the
 * command.
 */
public final class SoakRunner {

  private final Duration duration;
  private final int workers;
  private final Duration reportEvery;
  private final PrintStream out = System.out;
  private final SoakStats stats = new SoakStats();

  private SoakRunner(Duration duration, int workers, Duration reportEvery) {
    this.duration = duration;
    this.workers = workers;
    this.reportEvery = reportEvery;
  }

  /**
   * Runs the soak.
   *
   * @param args the options (see the class comment)
   * @throws Exception if the soak itself cannot run
   */
  public static void main(String[] args) throws Exception {
    // Before pykka's first log call: count pykka's records instead of printing them.
    System.setProperty("slf4j.provider", CountingLogProvider.class.getName());
    System.setProperty("slf4j.internal.verbosity", "WARN");
    Duration duration = Duration.ofMinutes(1);
    int workers = 4;
    Duration reportEvery = Duration.ofSeconds(10);
    try {
      for (int i = 0; i < args.length; i++) {
        String value = i + 1 < args.length ? args[i + 1] : "";
        switch (args[i]) {
          case "--minutes" ->
              duration = Duration.ofMillis(Math.round(Double.parseDouble(value) * 60_000));
          case "--seconds" ->
              duration = Duration.ofMillis(Math.round(Double.parseDouble(value) * 1_000));
          case "--workers" -> workers = Integer.parseInt(value);
          case "--report-every" -> reportEvery = Duration.ofSeconds(Long.parseLong(value));
          default -> throw new IllegalArgumentException("unknown option " + args[i]);
        }
        i++;
      }
      if (duration.isNegative()
          || duration.isZero()
          || workers < 1
          || reportEvery.isNegative()
          || reportEvery.isZero()) {
        throw new IllegalArgumentException(
            "the duration, workers and report interval must be positive");
      }
    } catch (IllegalArgumentException e) {
      System.err.println("SoakRunner: " + e.getMessage());
      System.err.println(
          "usage: SoakRunner [--minutes M | --seconds S] [--workers W] [--report-every S]");
      System.exit(2);
    }
    System.exit(new SoakRunner(duration, workers, reportEvery).run());
  }

  private int run() throws Exception {
    Runtime rt = Runtime.getRuntime();
    out.printf(
        Locale.ROOT,
        "pykka soak: %s, %d workers, Java %s, %d CPUs, max heap %d MiB%n",
        duration,
        workers,
        System.getProperty("java.version"),
        rt.availableProcessors(),
        rt.maxMemory() >> 20);
    Set<Thread> threadsBefore = Leftovers.platformThreads();
    long heapBefore = Leftovers.usedHeapAfterGc();
    int threadsAtStart = threadsBefore.size();

    List<Hub> hubs = new ArrayList<>();
    for (ActorRuntime runtime : ActorRuntime.values()) {
      hubs.add(new Hub(runtime));
    }
    HubScenarios onHubs = new HubScenarios(hubs, stats);
    LifecycleScenario lifecycle = new LifecycleScenario(stats);
    StopRaceScenarios stopRaces = new StopRaceScenarios(stats);
    StuckActorScenarios stuck = new StuckActorScenarios(stats);
    List<Named> mix = new ArrayList<>();
    addTimes(mix, 4, "burst", onHubs::burst);
    addTimes(mix, 3, "lifecycle", lifecycle::lifecycle);
    addTimes(mix, 2, "stop race", stopRaces::stopRace);
    addTimes(mix, 2, "crowded stop", stopRaces::crowdedStop);
    addTimes(mix, 1, "hang", stuck::hang);
    addTimes(mix, 1, "self-ask", stuck::selfAsk);
    addTimes(mix, 1, "futures", onHubs::futures);
    addTimes(mix, 1, "registry", onHubs::registry);

    long start = System.nanoTime();
    long deadline = start + duration.toNanos();
    long seed = System.nanoTime();
    CountDownLatch done = new CountDownLatch(workers);
    List<Sender> senders = new ArrayList<>();
    for (int w = 0; w < workers; w++) {
      Sender me = new Sender(w, hubs.size());
      senders.add(me);
      Random random = new Random(seed + w);
      Thread.ofPlatform()
          .daemon()
          .name("soak-worker-" + w)
          .start(
              () -> {
                try {
                  while (System.nanoTime() < deadline) {
                    Named scenario = mix.get(random.nextInt(mix.size()));
                    try {
                      scenario.body().accept(me, random);
                      stats.count("scenario runs: " + scenario.name());
                    } catch (Throwable t) {
                      stats.violation(
                          scenario.name() + " on " + Thread.currentThread().getName() + ": " + t);
                    }
                  }
                } finally {
                  done.countDown();
                }
              });
    }
    out.printf(Locale.ROOT, "seed %d%n", seed);

    int peakThreads = threadsAtStart;
    long peakHeap = 0;
    while (!done.await(reportEvery.toMillis(), TimeUnit.MILLISECONDS)) {
      checkShared(hubs);
      peakThreads = Math.max(peakThreads, Thread.getAllStackTraces().size());
      peakHeap = Math.max(peakHeap, rt.totalMemory() - rt.freeMemory());
      out.printf(
          Locale.ROOT,
          "%6.0f s: %,d messages, %,d actors started, %,d registered now, %d violations%n",
          (System.nanoTime() - start) / 1e9,
          messages(),
          actorsStarted(),
          ActorRegistry.getAll().size(),
          stats.violationCount());
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    peakThreads = Math.max(peakThreads, Thread.getAllStackTraces().size());
    peakHeap = Math.max(peakHeap, rt.totalMemory() - rt.freeMemory());

    checkShared(hubs);
    checkEveryNumberedMessageHandledOnceInOrder(hubs, senders);
    checkEachInjectedFailureLoggedOnce();
    List<Boolean> stopped = ActorRegistry.stopAll(SoakChecks.BOUND);
    check(
        stopped.size() == hubs.size(),
        "stopAll at the end stopped "
            + stopped.size()
            + " actors, not the "
            + hubs.size()
            + " hubs");
    check(ActorRegistry.getAll().isEmpty(), "the registry is not empty after stopAll");
    Set<String> leftover =
        Leftovers.newPlatformThreads(
            threadsBefore,
            System.nanoTime() + TimeUnit.SECONDS.toNanos(10),
            t -> t.getName().startsWith("soak-worker-"));
    check(leftover.isEmpty(), "platform threads left over: " + leftover);
    long heapAfter = Leftovers.usedHeapAfterGc();

    summary(
        seconds,
        threadsAtStart,
        peakThreads,
        Leftovers.platformThreads().size(),
        heapBefore,
        peakHeap,
        heapAfter);
    return stats.violationCount() == 0 ? 0 : 1;
  }

  private record Named(String name, BiConsumer<Sender, Random> body) {}

  private static void addTimes(
      List<Named> mix, int weight, String name, BiConsumer<Sender, Random> body) {
    for (int i = 0; i < weight; i++) {
      mix.add(new Named(name, body));
    }
  }

  /**
   * The invariants that hold at any moment: hubs alive and in order, logs never ahead of faults.
   */
  private void checkShared(List<Hub> hubs) {
    try {
      for (Hub hub : hubs) {
        check(hub.ref.isAlive(), hub.ref + " died");
        SoakActors.Report report = (SoakActors.Report) hub.ref.ask("report", SoakChecks.BOUND);
        check(
            report.disorder() == 0,
            hub.ref
                + ": "
                + report.disorder()
                + " messages out of order, first "
                + report.firstDisorder());
      }
      check(
          CountingLogProvider.UNHANDLED.sum() <= stats.get("failures injected: tell"),
          "more ERROR records than failed tells");
      check(
          CountingLogProvider.RETURNED.sum() <= stats.get("failures injected: ask"),
          "more INFO records than failed asks");
      check(
          CountingLogProvider.OTHER.sum() == 0,
          CountingLogProvider.OTHER.sum() + " unexpected log records");
    } catch (Throwable t) {
      stats.violation("monitor: " + t);
    }
  }

  private void checkEveryNumberedMessageHandledOnceInOrder(List<Hub> hubs, List<Sender> senders) {
    for (int h = 0; h < hubs.size(); h++) {
      Hub hub = hubs.get(h);
      SoakActors.Report report = (SoakActors.Report) hub.ref.ask("report", SoakChecks.BOUND);
      long sent = 0;
      for (Sender sender : senders) {
        int last = sender.next[h];
        sent += last;
        check(
            report.last().getOrDefault(sender.id, 0) == last,
            hub.ref
                + ": sender "
                + sender.id
                + " sent "
                + last
                + " but the last handled is "
                + report.last().get(sender.id));
      }
      check(
          report.handled() == sent,
          hub.ref + " handled " + report.handled() + " numbered messages of " + sent);
      stats.add("numbered messages handled by hubs", report.handled());
    }
  }

  private void checkEachInjectedFailureLoggedOnce() {
    check(
        CountingLogProvider.UNHANDLED.sum() == stats.get("failures injected: tell"),
        CountingLogProvider.UNHANDLED.sum()
            + " 'Unhandled exception' records for "
            + stats.get("failures injected: tell")
            + " failed tells");
    check(
        CountingLogProvider.RETURNED.sum() == stats.get("failures injected: ask"),
        CountingLogProvider.RETURNED.sum()
            + " 'Exception returned' records for "
            + stats.get("failures injected: ask")
            + " failed asks");
  }

  private void check(boolean ok, String what) {
    if (!ok) {
      stats.violation(what);
    }
  }

  private long messages() {
    long n = 0;
    for (Map.Entry<String, Long> e : stats.snapshot().entrySet()) {
      if (e.getKey().startsWith("messages: ")) {
        n += e.getValue();
      }
    }
    return n;
  }

  private long actorsStarted() {
    long n = 0;
    for (Map.Entry<String, Long> e : stats.snapshot().entrySet()) {
      if (e.getKey().startsWith("actors started: ")) {
        n += e.getValue();
      }
    }
    return n;
  }

  private void summary(
      double seconds,
      int threadsAtStart,
      int peakThreads,
      int threadsAtEnd,
      long heapBefore,
      long peakHeap,
      long heapAfter) {
    out.printf(Locale.ROOT, "%n== pykka soak summary: %.0f s, %d workers ==%n", seconds, workers);
    for (Map.Entry<String, Long> e : stats.snapshot().entrySet()) {
      out.printf(Locale.ROOT, "%-70s %,14d%n", e.getKey(), e.getValue());
    }
    long messages = messages();
    long actors = actorsStarted();
    out.printf(
        Locale.ROOT,
        "%-70s %,14d  (%,.0f/s)%n",
        "messages sent, all routes",
        messages,
        messages / seconds);
    out.printf(
        Locale.ROOT,
        "%-70s %,14d  (%,.0f/s)%n",
        "actors started and ended",
        actors,
        actors / seconds);
    out.printf(
        Locale.ROOT,
        "%-70s %,14d%n",
        "log: ERROR 'Unhandled exception in' records",
        CountingLogProvider.UNHANDLED.sum());
    out.printf(
        Locale.ROOT,
        "%-70s %,14d%n",
        "log: INFO 'Exception returned from' records",
        CountingLogProvider.RETURNED.sum());
    out.printf(
        Locale.ROOT,
        "%-70s %,14d%n",
        "log: other records at INFO and above",
        CountingLogProvider.OTHER.sum());
    out.printf(
        Locale.ROOT,
        "%-70s %d / %d / %d%n",
        "platform threads: start / peak / end",
        threadsAtStart,
        peakThreads,
        threadsAtEnd);
    out.printf(
        Locale.ROOT,
        "%-70s %.1f / %.1f / %.1f%n",
        "heap MiB: start (after GC) / peak seen / end (after GC)",
        heapBefore / 1048576.0,
        peakHeap / 1048576.0,
        heapAfter / 1048576.0);
    out.printf(
        Locale.ROOT, "%-70s %,14d%n", "registry size at the end", ActorRegistry.getAll().size());
    out.printf(Locale.ROOT, "%-70s %,14d%n", "VIOLATIONS", stats.violationCount());
    for (String v : stats.violations()) {
      out.println("  " + v);
    }
    out.println(stats.violationCount() == 0 ? "OK: every invariant held" : "FAILED");
  }
}
