package pykka.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import pykka.ActorRegistry;
import pykka.examples.ResolverExample.Resolver;
import pykka.testfixtures.Output;

final class ResolverExampleTest {

  /** Long enough for /etc/hosts; the unresolvable address fails fast or after this long. */
  private static final Duration LOOKUP_TIMEOUT = Duration.ofSeconds(5);

  @Test
  void loopbackResolvesAndAnAddressWithoutNameFailsWithTheDocumentedLine() {
    Output output = new Output();

    // 192.0.2.1 is in TEST-NET-1 (RFC 5737): it has no name, with or without a network.
    ResolverExample.run(
        output.writer(), 2, List.of("127.0.0.1", "::1", "192.0.2.1"), LOOKUP_TIMEOUT);

    List<String> lines = output.lines();
    assertThat(lines).hasSize(6);
    // Resolver one handles 127.0.0.1 then 192.0.2.1; resolver two handles ::1 meanwhile.
    assertThat(lines.subList(0, 3))
        .containsSubsequence("Finished resolving 127.0.0.1", "Failed resolving 192.0.2.1")
        // ::1 resolves where /etc/hosts names it (most machines), and fails where it does not.
        .containsAnyOf("Finished resolving ::1", "Failed resolving ::1");
    assertThat(lines.get(3)).matches("\\[\\(127\\.0\\.0\\.1, (?!null\\))[^)]+\\),");
    String loopback6 = lines.contains("Finished resolving ::1") ? "(?!null\\))[^)]+" : "null";
    assertThat(lines.get(4)).matches(" \\(::1, " + loopback6 + "\\),");
    assertThat(lines.get(5)).isEqualTo(" (192.0.2.1, null)]");
  }

  @Test
  void resultsAreGatheredInTheOrderOfTheAddressesWhateverResolverHandledThem() {
    Output output = new Output();
    List<String> ips = List.of("10.0.0.1", "10.0.0.2", "10.0.0.3", "10.0.0.4", "10.0.0.5");

    ResolverExample.run(output.writer(), 3, ips, LOOKUP_TIMEOUT, ip -> "host-" + ip);

    assertThat(output.lines())
        .hasSize(10)
        .endsWith(
            "[(10.0.0.1, host-10.0.0.1),",
            " (10.0.0.2, host-10.0.0.2),",
            " (10.0.0.3, host-10.0.0.3),",
            " (10.0.0.4, host-10.0.0.4),",
            " (10.0.0.5, host-10.0.0.5)]");
    assertThat(output.lines().subList(0, 5))
        .containsExactlyInAnyOrder(
            "Finished resolving 10.0.0.1",
            "Finished resolving 10.0.0.2",
            "Finished resolving 10.0.0.3",
            "Finished resolving 10.0.0.4",
            "Finished resolving 10.0.0.5");
  }

  @Test
  void aLookupThatNeverAnswersCountsAsFailedOnceItsTimeIsUp() throws InterruptedException {
    Output output = new Output();
    CountDownLatch never = new CountDownLatch(1);
    try {
      ResolverExample.run(
          output.writer(),
          1,
          List.of("10.9.9.9"),
          Duration.ofMillis(20),
          ip -> {
            never.await();
            return "too late";
          });
    } finally {
      never.countDown(); // lets the abandoned lookup thread end
    }

    assertThat(output.lines()).containsExactly("Failed resolving 10.9.9.9", "[(10.9.9.9, null)]");
  }

  @Test
  void aLookupThatThrowsCountsAsFailedAndTheRunGoesOn() {
    Output output = new Output();

    ResolverExample.run(
        output.writer(),
        1,
        List.of("10.0.0.1", "10.0.0.2"),
        LOOKUP_TIMEOUT,
        ip -> {
          if (ip.endsWith(".1")) {
            throw new UnknownHostException(ip);
          }
          return "two";
        });

    assertThat(output.lines())
        .containsExactly(
            "Failed resolving 10.0.0.1",
            "Finished resolving 10.0.0.2",
            "[(10.0.0.1, null),",
            " (10.0.0.2, two)]");
  }

  @Test
  void everyResolverIsStoppedWhenTheExampleEnds() {
    ResolverExample.run(new Output().writer(), 4, List.of("10.0.0.1"), LOOKUP_TIMEOUT, ip -> "x");

    assertThat(ActorRegistry.getByClass(Resolver.class)).isEmpty();
  }

  @Test
  void aPoolOfFewerThanOneResolverIsRejected() {
    assertThatThrownBy(
            () ->
                ResolverExample.run(new Output().writer(), 0, List.of("10.0.0.1"), LOOKUP_TIMEOUT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 1");
  }

  @Test
  void theDefaultsAreTheDocumentationsFortyNineAddresses() {
    assertThat(ResolverExample.defaultIps())
        .hasSize(49)
        .startsWith("193.35.52.1")
        .endsWith("193.35.52.49");
    assertThat(ResolverExample.DEFAULT_POOL_SIZE).isEqualTo(10);
  }
}
