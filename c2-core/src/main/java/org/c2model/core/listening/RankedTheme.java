package org.c2model.core.listening;

import org.immutables.value.Value;

/**
 * One theme's place in a {@link ThemeRanking}, such as position 1, {@code "NHS dentist and doctor"},
 * 41 points.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class RankedTheme {

  RankedTheme() {}

  /**
   * Gets the position, 1 for the top theme; no two themes share a position.
   *
   * @return the position, at least 1
   */
  @Value.Parameter
  public abstract int position();

  /**
   * Gets the theme.
   *
   * @return the theme, not null
   */
  @Value.Parameter
  public abstract String theme();

  /**
   * Gets the score: total dots, or Borda points.
   *
   * @return the score, not negative
   */
  @Value.Parameter
  public abstract long score();

  /**
   * Gets how many ballots ranked the theme first; always 0 for dot voting.
   *
   * @return the first preferences, not negative
   */
  @Value.Parameter
  public abstract long firstPreferences();

  static RankedTheme of(int position, String theme, long score, long firstPreferences) {
    return ImmutableRankedTheme.of(position, theme, score, firstPreferences);
  }
}
