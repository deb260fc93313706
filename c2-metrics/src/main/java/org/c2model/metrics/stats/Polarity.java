package org.c2model.metrics.stats;

import java.util.Objects;
import org.c2model.core.outcome.Improvement;

/**
 * Which direction of an indicator counts as improvement, as Fingertips records it for each
 * indicator: for example crime rates are {@link #LOWER_IS_BETTER}, breastfeeding prevalence
 * {@link #HIGHER_IS_BETTER}, and population counts {@link #NOT_APPLICABLE}.
 */
public enum Polarity {

  /** A higher value is better, such as vaccination coverage. */
  HIGHER_IS_BETTER,

  /** A lower value is better, such as emergency admissions or crime. */
  LOWER_IS_BETTER,

  /** No direction is better; comparisons say higher or lower, not better or worse. */
  NOT_APPLICABLE;

  /**
   * Obtains the polarity of a long-term indicator's direction of improvement.
   *
   * @param improvement  the direction of improvement from the indicator catalogue, not null
   * @return the polarity, not null
   */
  public static Polarity of(Improvement improvement) {
    Objects.requireNonNull(improvement, "improvement");
    switch (improvement) {
      case HIGHER_IS_BETTER:
        return HIGHER_IS_BETTER;
      case LOWER_IS_BETTER:
        return LOWER_IS_BETTER;
      default:
        return NOT_APPLICABLE;
    }
  }
}
