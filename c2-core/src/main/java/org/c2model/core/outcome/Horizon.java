package org.c2model.core.outcome;

import org.c2model.core.Coded;

/**
 * When a long-term indicator is expected to move after a partnership starts, such as
 * {@link #WITHIN_A_YEAR} for crime (<i>Positively Local</i> sec. 5; {@code docs/c2-model.md}
 * section 5: crime is typically first to move,
 * within the first year at Townstal; health and education take 3-5 years).
 */
public enum Horizon implements Coded {
  /** Within the first year: crime and anti-social behaviour. */
  WITHIN_A_YEAR("within_a_year", 0, 1),
  /**
   * One to three years: used for indicators the paper gives no horizon for, between the crime and
   * the health and education extremes (such as child protection referrals).
   */
  ONE_TO_THREE_YEARS("one_to_three_years", 1, 3),
  /** Three to five years: health and education. */
  THREE_TO_FIVE_YEARS("three_to_five_years", 3, 5);

  private final int minYears;
  private final int maxYears;

  private final String code;

  Horizon(String code, int minYears, int maxYears) {
    this.code = code;
    this.minYears = minYears;
    this.maxYears = maxYears;
  }

  /**
   * Gets the stable code of this constant, as the c2 formats write it.
   *
   * @return the code, not null
   */
  @Override
  public String code() {
    return code;
  }

  /**
   * Gets the earliest number of years after the start at which a change is expected.
   *
   * @return the years, zero or more
   */
  public int minYears() {
    return minYears;
  }

  /**
   * Gets the latest number of years after the start by which a change is expected.
   *
   * @return the years, more than {@link #minYears()}
   */
  public int maxYears() {
    return maxYears;
  }
}
