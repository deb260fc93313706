package org.c2model.metrics.stats;

import org.apache.commons.statistics.distribution.GammaDistribution;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * The distribution quantiles behind the intervals: R's {@code qchisq} and {@code qt}, through
 * Apache Commons Statistics (the normal quantile is {@link ConfidenceLevel#z()}).
 */
final class Quantiles {

  private Quantiles() {}

  /**
   * Gets the exact (chi-squared) lower limit of a Poisson count,
   * {@code qchisq(α/2, 2O) / 2 = Gamma⁻¹(α/2; shape O)}.
   * <p>
   * For {@code O = 0} this is 0: R's chi-squared with 0 degrees of freedom is a point mass at 0,
   * which a gamma distribution cannot represent (shape must be positive), so it is handled here.
   */
  static double exactLowerCount(double observed, ConfidenceLevel confidence) {
    if (observed == 0) {
      return 0;
    }
    return GammaDistribution.of(observed, 1).inverseCumulativeProbability(confidence.alpha() / 2);
  }

  /**
   * Gets the exact (chi-squared) upper limit of a Poisson count,
   * {@code qchisq(1 - α/2, 2O + 2) / 2 = Gamma⁻¹(1 - α/2; shape O + 1)}; {@code -ln(α/2)} at
   * {@code O = 0}.
   */
  static double exactUpperCount(double observed, ConfidenceLevel confidence) {
    return GammaDistribution.of(observed + 1, 1).inverseCumulativeProbability(1 - confidence.alpha() / 2);
  }

  /** Gets Student's t quantile {@code |qt(α/2, df)|}. */
  static double studentT(double degreesOfFreedom, ConfidenceLevel confidence) {
    return Math.abs(TDistribution.of(degreesOfFreedom).inverseCumulativeProbability(confidence.alpha() / 2));
  }
}
