package pykka.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class CloseMatchesTest {

  private static final List<String> SUBCOMMANDS =
      List.of("help", "plain", "proxy", "counter", "resolver", "deadlock", "typed", "traversable");

  private static final List<String> OPTIONS =
      List.of("-h", "--help", "-v", "--verbose", "-V", "--version", "--lookup-timeout");

  @ParameterizedTest(name = "{0} is {2} edits from {1}")
  @CsvSource({
    "resolver, resolver, 0",
    "resolvr, resolver, 1",
    "reslover, resolver, 1",
    "rsolvr, resolver, 2",
    "frobnicate, proxy, 8",
    ", abc, 3",
    "abc, '', 3"
  })
  void theDistanceCountsInsertionsDeletionsSubstitutionsAndAdjacentSwaps(
      String a, String b, int distance) {
    assertThat(CloseMatches.distance(a == null ? "" : a, b == null ? "" : b)).isEqualTo(distance);
  }

  @Test
  void shortWordsMustMatchCloselyAndLongerOnesMayBeTwoEditsAway() {
    assertThat(CloseMatches.allowedEdits(2)).isZero();
    assertThat(CloseMatches.allowedEdits(3)).isEqualTo(1);
    assertThat(CloseMatches.allowedEdits(5)).isEqualTo(1);
    assertThat(CloseMatches.allowedEdits(6)).isEqualTo(2);
  }

  @Test
  void aTypoSuggestsTheNameItWasMeantToBe() {
    assertThat(CloseMatches.of("resolv", SUBCOMMANDS)).containsExactly("resolver");
    assertThat(CloseMatches.of("prxy", SUBCOMMANDS)).containsExactly("proxy");
    assertThat(CloseMatches.of("dedalock", SUBCOMMANDS)).containsExactly("deadlock");
  }

  @Test
  void aWordCloseToNothingSuggestsNothing() {
    // Picocli's own suggester offers proxy and counter for frobnicate.
    assertThat(CloseMatches.of("frobnicate", SUBCOMMANDS)).isEmpty();
    assertThat(CloseMatches.of("run", SUBCOMMANDS)).isEmpty();
    assertThat(CloseMatches.of("--frobnicate", OPTIONS)).isEmpty();
  }

  @Test
  void aWordTwoEditsFromAShortNameIsNotClose() {
    assertThat(CloseMatches.of("plane", SUBCOMMANDS)).isEmpty();
    assertThat(CloseMatches.of("plan", SUBCOMMANDS)).containsExactly("plain");
  }

  @Test
  void optionsAreComparedWithoutTheirValueAndTheirShortDashesDoNotCountAsLength() {
    assertThat(CloseMatches.of("--lookup-timout=3", OPTIONS)).containsExactly("--lookup-timeout");
    assertThat(CloseMatches.of("--verbos", OPTIONS)).containsExactly("--verbose");
    // "x" is one character: only an exact match would do, and that is no typo.
    assertThat(CloseMatches.of("-x", OPTIONS)).isEmpty();
  }

  @Test
  void theClosestComeFirstAndAtMostThreeAreGiven() {
    List<String> candidates = List.of("abcdxy", "abcdef", "abcdex", "abcdeg", "abcdeh");

    List<String> matches = CloseMatches.of("abcdef0", candidates);

    assertThat(matches).hasSize(CloseMatches.MAX_SUGGESTIONS).first().isEqualTo("abcdef");
    assertThat(matches).doesNotContain("abcdxy");
  }

  @Test
  void theExactNameIsNotSuggested() {
    assertThat(CloseMatches.of("plain", SUBCOMMANDS)).isEmpty();
  }
}
