/**
 * The listening event's record and prioritisation (<i>Positively Local</i> sec. 2;
 * {@code docs/c2-model.md} section 2, step 3).
 * <p>
 * Agencies ask residents the two appreciative {@link org.c2model.core.listening.Question}s and
 * capture every {@link org.c2model.core.listening.Response}, each with an optional theme. Residents
 * then prioritise the themes, by {@link org.c2model.core.listening.DotVoting dot voting} or
 * {@link org.c2model.core.listening.RankedBallots ranked ballots} (a Borda count); either
 * {@link org.c2model.core.listening.Prioritisation} gives a
 * {@link org.c2model.core.listening.ThemeRanking} and its top five.
 *
 * <pre>{@code
 * ThemeRanking ranking = DotVoting.of(DotVote.of("dentist", 41), DotVote.of("parking", 17)).rank();
 * ranking.top(5);   // [dentist, parking]
 * }</pre>
 * Themes are plain text matched exactly (case and spaces count).
 */
@C2Style
package org.c2model.core.listening;

import org.c2model.core.style.C2Style;
