package org.c2model.core.listening;

import org.c2model.core.internal.Checks;
import org.immutables.value.Value;

/**
 * Dots placed on one theme, such as 41 dots on {@code "NHS dentist and doctor"}; a theme may be
 * counted in several parts (one per table or sheet) and the parts are added up.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class DotVote {

  DotVote() {}

  /**
   * Gets the theme.
   *
   * @return the theme, not blank
   */
  @Value.Parameter
  public abstract String theme();

  /**
   * Gets the number of dots.
   *
   * @return the dots, not negative
   */
  @Value.Parameter
  public abstract int votes();

  /**
   * Obtains a dot vote.
   *
   * @param theme  the theme, not blank
   * @param votes  the number of dots, not negative
   * @return the vote, not null
   * @throws org.c2model.core.InvalidValueException if the theme is blank or the votes negative
   */
  public static DotVote of(String theme, int votes) {
    return ImmutableDotVote.of(theme, votes);
  }

  @Value.Check
  void check() {
    Checks.notBlank(theme(), "theme");
    Checks.notNegative(votes(), "votes");
  }
}
