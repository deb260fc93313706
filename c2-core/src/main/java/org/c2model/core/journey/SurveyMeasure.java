package org.c2model.core.journey;

import org.c2model.core.Coded;

/**
 * What a community survey question measures, for intermediate outcome 2, "community organisation,
 * networks and social capital", which "needs a survey" (<i>Positively Local</i> sec. 5;
 * {@code docs/c2-model.md} section 5).
 * <p>
 * The wording of the national benchmark, the Community Life Survey, is in
 * {@code docs/reference-data.md}: belonging counts "very" plus "fairly strongly"; influence counts
 * "definitely" plus "tend to agree".
 */
public enum SurveyMeasure implements Coded {
  /** Feeling of belonging to the neighbourhood (Townstal: 18 of 25). */
  BELONGING("belonging"),
  /** Feeling able to influence decisions affecting the local area (Townstal: 16 of 25). */
  INFLUENCE("influence"),
  /** Taking part in local activities. */
  PARTICIPATION("participation"),
  /** Any other measure; the item's wording says what. */
  OTHER("other");

  private final String code;

  SurveyMeasure(String code) {
    this.code = code;
  }

  /**
   * Gets the stable code, such as {@code belonging}.
   *
   * @return the code, not null
   */
  public String code() {
    return code;
  }

  /**
   * Obtains a measure from its code.
   *
   * @param code  the code, not null
   * @return the measure, not null
   * @throws org.c2model.core.InvalidValueException if the code is unknown
   */
  public static SurveyMeasure fromCode(String code) {
    return Coded.fromCode(values(), code);
  }
}
