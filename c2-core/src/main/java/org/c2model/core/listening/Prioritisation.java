package org.c2model.core.listening;

import java.util.List;

/**
 * How residents at a listening event prioritised the themes of their responses into a top five
 * (<i>Positively Local</i> sec. 2; {@code docs/c2-model.md} section 2, step 3: "residents
 * prioritise them into a top five"): by
 * {@link DotVoting} or by {@link RankedBallots} (Borda count).
 * <p>
 * Both give a {@link ThemeRanking} with the same deterministic tie-break, applied in order:
 * <ol>
 *   <li>the higher score (dots, or Borda points);</li>
 *   <li>more first preferences (ranked ballots only: ballots that put the theme first);</li>
 *   <li>the theme of the earliest response, in the order the listening event recorded its
 *       responses (themes no response carries come after those that one does);</li>
 *   <li>the theme name, in {@link String#compareTo(String)} order.</li>
 * </ol>
 * The ranking holds every theme that received a vote or appears on a ballot, and no other, so it
 * does not depend on the order votes or ballots were recorded in.
 */
public sealed interface Prioritisation permits DotVoting, RankedBallots {

  /**
   * Gets the stable name of the method, {@code dot_voting} or {@code ranked_ballots}.
   *
   * @return the method, not null
   */
  String method();

  /**
   * Ranks the themes, breaking ties by first preferences and then by theme name.
   *
   * @return the ranking, not null
   */
  default ThemeRanking rank() {
    return rank(List.of());
  }

  /**
   * Ranks the themes, breaking ties by first preferences, then by the earliest response carrying
   * each theme, then by theme name.
   *
   * @param responses  the responses in the order recorded, used only to break ties, not null
   * @return the ranking, not null
   */
  ThemeRanking rank(List<Response> responses);
}
