package org.c2model.core.listening;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * Prioritisation by ranked ballots, counted by the Borda count (<i>Positively Local</i> sec. 2;
 * {@code docs/c2-model.md} section 2,
 * step 3: residents prioritise the responses into a top five).
 * <p>
 * Ballots may be partial, so each is scored on its own length (the "modified Borda count"): on a
 * ballot ranking {@code k} themes, the first gets {@code k} points, the second {@code k - 1}, and
 * the last 1; themes a ballot leaves out get nothing from it. A ballot's points therefore never
 * depend on other ballots, and adding a ballot that ranks a theme first never lowers that theme's
 * position. Ties are broken as {@link Prioritisation} describes.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class RankedBallots implements Prioritisation {

  RankedBallots() {}

  /** The method name of ranked ballots. */
  public static final String METHOD = "ranked_ballots";

  /**
   * Gets the ballots, in the order recorded.
   *
   * @return the ballots, not null
   */
  public abstract List<RankedBallot> ballots();

  @Override
  public final String method() {
    return METHOD;
  }

  @Override
  public ThemeRanking rank(List<Response> responses) {
    Map<String, long[]> tally = new TreeMap<>();
    for (RankedBallot b : ballots()) {
      int k = b.ranking().size();
      for (int i = 0; i < k; i++) {
        long[] t = tally.computeIfAbsent(b.ranking().get(i), x -> new long[2]);
        t[0] += k - i;
        if (i == 0) {
          t[1]++;
        }
      }
    }
    return ThemeRanking.rank(tally, responses);
  }

  /**
   * Obtains ranked ballots.
   *
   * @param ballots  the ballots, not null
   * @return the ranked ballots, not null
   */
  public static RankedBallots of(RankedBallot... ballots) {
    return of(Arrays.asList(ballots));
  }

  /**
   * Obtains ranked ballots.
   *
   * @param ballots  the ballots, not null
   * @return the ranked ballots, not null
   */
  public static RankedBallots of(Iterable<RankedBallot> ballots) {
    return ImmutableRankedBallots.builder().addAllBallots(ballots).build();
  }
}
