package pykka.cli;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The "Did you mean" suggestions for a mistyped subcommand or option: only names within a few edits
 * of what was typed, and none when nothing is that close. (Picocli's own suggester also offers
 * names that merely share a few letters, such as {@code proxy} for {@code frobnicate}.)
 *
 * <p>An edit is inserting, deleting or replacing one character, or swapping two adjacent ones
 * (optimal string alignment distance). How many edits are allowed depends on the length of what was
 * typed, without its leading dashes and any {@code =value}: none up to 2 characters, 1 up to 5, 2
 * from 6 on. A typo in a short name changes much of it, so short names need a closer match.
 *
 * <p>Thread safety: stateless.
 */
final class CloseMatches {

  /** At most this many suggestions, the closest first. */
  static final int MAX_SUGGESTIONS = 3;

  private CloseMatches() {}

  /**
   * The candidates close to {@code typed}, closest first, then in the order given.
   *
   * @param typed what the user typed
   * @param candidates the names that would have been understood
   * @return at most {@link #MAX_SUGGESTIONS} close candidates, possibly none
   */
  static List<String> of(String typed, Collection<String> candidates) {
    String word = withoutValue(typed);
    int allowed = allowedEdits(stripDashes(word).length());
    record Scored(String name, int distance) {}
    List<Scored> close = new ArrayList<>();
    for (String candidate : candidates) {
      int distance = distance(word, candidate);
      if (distance > 0 && distance <= allowed) {
        close.add(new Scored(candidate, distance));
      }
    }
    close.sort(Comparator.comparingInt(Scored::distance));
    return close.stream().limit(MAX_SUGGESTIONS).map(Scored::name).toList();
  }

  /**
   * How many edits a word of {@code length} characters may be away from a suggestion.
   *
   * @param length the length of the typed word, without leading dashes
   * @return the number of edits allowed
   */
  static int allowedEdits(int length) {
    if (length <= 2) {
      return 0;
    }
    return length <= 5 ? 1 : 2;
  }

  /**
   * The optimal string alignment distance: the fewest insertions, deletions, substitutions and
   * swaps of adjacent characters that turn {@code a} into {@code b}, no substring edited twice.
   *
   * @param a one string
   * @param b the other
   * @return the distance, 0 when they are equal
   */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int best = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          best = Math.min(best, d[i - 2][j - 2] + 1);
        }
        d[i][j] = best;
      }
    }
    return d[a.length()][b.length()];
  }

  /** {@code --name=value} without {@code =value}; anything else as it is. */
  private static String withoutValue(String typed) {
    int equals = typed.indexOf('=');
    return typed.startsWith("-") && equals > 0 ? typed.substring(0, equals) : typed;
  }

  private static String stripDashes(String word) {
    int i = 0;
    while (i < word.length() && word.charAt(i) == '-') {
      i++;
    }
    return word.substring(i);
  }
}
