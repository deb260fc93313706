package org.c2model.metrics.stats;

/**
 * Which direction of an indicator counts as improvement, as Fingertips records it for each
 * indicator: for example crime rates are {@link #LOWER_IS_BETTER}, breastfeeding prevalence
 * {@link #HIGHER_IS_BETTER}, and population counts {@link #NOT_APPLICABLE}.
 * <p>
 * The statistics package knows nothing of the C2 domain: the evaluation maps a long-term
 * indicator's direction of improvement to a polarity.
 */
public enum Polarity {

  /** A higher value is better, such as vaccination coverage. */
  HIGHER_IS_BETTER,

  /** A lower value is better, such as emergency admissions or crime. */
  LOWER_IS_BETTER,

  /** No direction is better; comparisons say higher or lower, not better or worse. */
  NOT_APPLICABLE
}
