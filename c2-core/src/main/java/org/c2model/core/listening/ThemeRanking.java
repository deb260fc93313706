package org.c2model.core.listening;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.c2model.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * The themes of a listening event in priority order, from a {@link Prioritisation}, and its top
 * five (<i>Positively Local</i> sec. 2; {@code docs/c2-model.md} section 2, step 3).
 * <p>
 * Ties are broken as {@link Prioritisation} describes, so every theme has its own position.
 *
 * <pre>{@code
 * ranking.top();        // the top five theme names
 * ranking.top(3);       // the top three
 * ranking.positionOf("parking");   // Optional[4]
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ThemeRanking {

  /** The size of the paper's top list: five. */
  public static final int DEFAULT_TOP = 5;

  ThemeRanking() {}

  /**
   * Gets every ranked theme, position 1 first.
   *
   * @return the ranked themes, not null
   */
  public abstract List<RankedTheme> entries();

  /**
   * Gets the theme names in priority order.
   *
   * @return the themes, not null
   */
  public List<String> themes() {
    return entries().stream().map(RankedTheme::theme).collect(Collectors.toList());
  }

  /**
   * Gets the top five themes (all of them if there are fewer).
   *
   * @return the themes, most important first, not null
   */
  public List<String> top() {
    return top(DEFAULT_TOP);
  }

  /**
   * Gets the top {@code n} themes; all of them if there are fewer than {@code n}.
   *
   * @param n  how many, not negative
   * @return the themes, most important first, not null
   * @throws InvalidValueException if {@code n} is negative
   */
  public List<String> top(int n) {
    if (n < 0) {
      throw InvalidValueException.of("n", "must not be negative", n);
    }
    return themes().subList(0, Math.min(n, entries().size()));
  }

  /**
   * Gets the position of a theme.
   *
   * @param theme  the theme, not null
   * @return the position, 1 for the top; empty if the theme was not ranked
   */
  public Optional<Integer> positionOf(String theme) {
    return entries().stream().filter(e -> e.theme().equals(theme)).map(RankedTheme::position).findFirst();
  }

  /**
   * Ranks themes from their tallies; see {@link Prioritisation} for the tie-break.
   *
   * @param tally  score and first preferences by theme, not null
   * @param responses  the responses in recorded order, for the tie-break, not null
   */
  static ThemeRanking rank(Map<String, long[]> tally, List<Response> responses) {
    Map<String, Integer> firstResponse = new HashMap<>();
    for (int i = 0; i < responses.size(); i++) {
      int index = i;
      responses.get(i).theme().ifPresent(t -> firstResponse.putIfAbsent(t, index));
    }
    List<String> themes = new ArrayList<>(tally.keySet());
    themes.sort(Comparator.<String>comparingLong(t -> -tally.get(t)[0])
        .thenComparingLong(t -> -tally.get(t)[1])
        .thenComparingInt(t -> firstResponse.getOrDefault(t, Integer.MAX_VALUE))
        .thenComparing(Comparator.naturalOrder()));
    ImmutableThemeRanking.Builder b = ImmutableThemeRanking.builder();
    for (int i = 0; i < themes.size(); i++) {
      long[] t = tally.get(themes.get(i));
      b.addEntries(RankedTheme.of(i + 1, themes.get(i), t[0], t[1]));
    }
    return b.build();
  }

  /**
   * Returns a small table: position, score, first preferences and theme.
   *
   * @return the table, not null
   */
  @Override
  public String toString() {
    if (entries().isEmpty()) {
      return "no themes ranked";
    }
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%3s  %6s  %5s  %s%n", "#", "score", "first", "theme"));
    for (RankedTheme e : entries()) {
      sb.append(String.format(Locale.ROOT, "%3d  %6d  %5d  %s%n", e.position(), e.score(), e.firstPreferences(), e.theme()));
    }
    return sb.toString().stripTrailing();
  }
}
