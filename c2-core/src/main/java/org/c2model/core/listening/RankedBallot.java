package org.c2model.core.listening;

import java.util.Arrays;
import java.util.List;
import org.c2model.core.internal.Checks;
import org.immutables.value.Value;

/**
 * One resident's ranking of themes, most important first, such as
 * {@code [dentist, anti-social behaviour, parking]}. A ballot may rank only some of the themes.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class RankedBallot {

  RankedBallot() {}

  /**
   * Gets the themes, most important first.
   *
   * @return the themes, not empty, each once
   */
  @Value.Parameter
  public abstract List<String> ranking();

  /**
   * Obtains a ballot.
   *
   * @param ranking  the themes, most important first, not empty, each once
   * @return the ballot, not null
   * @throws org.c2model.core.InvalidValueException if empty, or a theme is blank or repeated
   */
  public static RankedBallot of(String... ranking) {
    return of(Arrays.asList(ranking));
  }

  /**
   * Obtains a ballot.
   *
   * @param ranking  the themes, most important first, not empty, each once
   * @return the ballot, not null
   * @throws org.c2model.core.InvalidValueException if empty, or a theme is blank or repeated
   */
  public static RankedBallot of(List<String> ranking) {
    return ImmutableRankedBallot.of(ranking);
  }

  @Value.Check
  void check() {
    if (ranking().isEmpty()) {
      throw org.c2model.core.InvalidValueException.of("ranking", "must rank at least one theme", "[]");
    }
    for (int i = 0; i < ranking().size(); i++) {
      Checks.notBlank(ranking().get(i), "ranking[" + i + "]");
    }
    Checks.unique(ranking(), t -> t, "ranking", "theme");
  }
}
