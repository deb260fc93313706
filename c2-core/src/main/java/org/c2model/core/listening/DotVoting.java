package org.c2model.core.listening;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * Prioritisation by dot voting: each resident places dots on the themes that matter most, and a
 * theme's score is its total dots (<i>Positively Local</i> sec. 2; {@code docs/c2-model.md} section
 * 2, step 3).
 * <p>
 * Ties are broken as {@link Prioritisation} describes; dot votes have no first preferences.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class DotVoting implements Prioritisation {

  DotVoting() {}

  /** The method name of dot voting. */
  public static final String METHOD = "dot_voting";

  /**
   * Gets the votes, in the order recorded.
   *
   * @return the votes, not null
   */
  public abstract List<DotVote> votes();

  @Override
  public final String method() {
    return METHOD;
  }

  @Override
  public ThemeRanking rank(List<Response> responses) {
    Map<String, long[]> tally = new TreeMap<>();
    for (DotVote v : votes()) {
      tally.computeIfAbsent(v.theme(), t -> new long[2])[0] += v.votes();
    }
    return ThemeRanking.rank(tally, responses);
  }

  /**
   * Obtains a dot voting from its votes.
   *
   * @param votes  the votes, not null
   * @return the dot voting, not null
   */
  public static DotVoting of(DotVote... votes) {
    return of(Arrays.asList(votes));
  }

  /**
   * Obtains a dot voting from its votes.
   *
   * @param votes  the votes, not null
   * @return the dot voting, not null
   */
  public static DotVoting of(Iterable<DotVote> votes) {
    return ImmutableDotVoting.builder().addAllVotes(votes).build();
  }
}
