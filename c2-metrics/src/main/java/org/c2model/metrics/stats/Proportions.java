package org.c2model.metrics.stats;

import java.util.Objects;
import org.c2model.core.InvalidValueException;

/**
 * Proportions with Wilson score intervals, such as "18 of 25 residents feel they belong":
 * {@code 72.0% (95% CI 52.4% to 85.7%, Wilson; 18 of 25)}.
 * <p>
 * The method is the one of the PHE/OHID "Technical Guide: Confidence Intervals" (Public Health
 * Data Science, version 25 May 2018), Appendix 3 "Wilson Score method", as implemented by the R
 * package PHEindicatormethods v2.1.0 ({@code phe_proportion}, {@code wilson_lower},
 * {@code wilson_upper}), whose test vectors this class reproduces to 1e-9 relative
 * ({@code docs/statistics.md}). Sources: Wilson EB (1927), "Probable inference, the law
 * of succession, and statistical inference", J Am Stat Assoc 22:209-212; Newcombe RG, Altman DG,
 * "Proportions and their differences", in Altman DG et al. (eds), Statistics with confidence,
 * 2nd edn, BMJ Books 2000, pp 46-48.
 * <p>
 * With {@code z = Φ⁻¹(1 - α/2)}, x the count and n the sample size:
 * <pre>
 * lower = (2x + z² - z·√(z² + 4x(1 - x/n))) / (2(n + z²))
 * upper = (2x + z² + z·√(z² + 4x(1 - x/n))) / (2(n + z²))
 * </pre>
 * A count of 0 gives a lower limit of exactly 0 and a count equal to the sample size an upper
 * limit of exactly 1; at a confidence level of 1 the interval is {@code [0, 1]}.
 *
 * @implSpec This class is stateless and thread-safe.
 */
public final class Proportions {

  private Proportions() {}

  /**
   * Obtains a percentage with its 95% Wilson score interval, such as 18 of 25: 72.0%.
   *
   * @param numerator  the count meeting the condition, from 0 to the denominator
   * @param denominator  the sample size, above 0
   * @return the estimate, as a percentage, not null
   * @throws InvalidValueException if a count is negative, the denominator is not above zero or
   *     the numerator exceeds the denominator
   */
  public static Estimate percentage(double numerator, double denominator) {
    return of(numerator, denominator, 100, ConfidenceLevel.P95);
  }

  /**
   * Obtains a percentage with its Wilson score interval at a confidence level.
   *
   * @param numerator  the count meeting the condition, from 0 to the denominator
   * @param denominator  the sample size, above 0
   * @param confidence  the confidence level, not null
   * @return the estimate, as a percentage, not null
   * @throws InvalidValueException if a count is negative, the denominator is not above zero or
   *     the numerator exceeds the denominator
   */
  public static Estimate percentage(double numerator, double denominator, ConfidenceLevel confidence) {
    return of(numerator, denominator, 100, confidence);
  }

  /**
   * Obtains a proportion scaled by a multiplier with its Wilson score interval, as
   * {@code phe_proportion(x, n, confidence, multiplier)} does.
   * <p>
   * The value is {@code x / n × multiplier} and the limits are the Wilson limits × multiplier.
   * The statistic is {@code "percentage"} for a multiplier of 100, otherwise
   * {@code "proportion of <multiplier>"}; the method is {@code "Wilson"}.
   * <p>
   * A missing numerator or denominator, given as NaN like R's {@code NA}, gives a suppressed
   * estimate that says which is missing.
   *
   * @param numerator  the count meeting the condition, from 0 to the denominator, or NaN if missing
   * @param denominator  the sample size, above 0, or NaN if missing
   * @param multiplier  the scale, such as 1 for a proportion or 100 for a percentage, above 0
   * @param confidence  the confidence level, not null
   * @return the estimate, not null
   * @throws InvalidValueException if the numerator is negative, the denominator is not above
   *     zero, the numerator exceeds the denominator, or the multiplier is not above zero
   */
  public static Estimate of(double numerator, double denominator, double multiplier, ConfidenceLevel confidence) {
    Objects.requireNonNull(confidence, "confidence");
    Inputs.count(numerator, "numerator");
    Inputs.positive(denominator, "denominator");
    Inputs.multiplier(multiplier);
    if (numerator > denominator) {
      throw InvalidValueException.of("numerator",
          "must be less than or equal to denominator " + Inputs.label(denominator) + " for a proportion",
          Inputs.label(numerator));
    }
    Estimate.Builder builder = Estimate.builder()
        .confidence(confidence)
        .method("Wilson")
        .statistic(multiplier == 100 ? "percentage" : "proportion of " + Inputs.label(multiplier))
        .unit(Inputs.unit(multiplier))
        .putInputs("numerator", Inputs.label(numerator))
        .putInputs("denominator", Inputs.label(denominator))
        .putInputs("multiplier", Inputs.label(multiplier))
        .inputSummary(Inputs.grouped(numerator) + " of " + Inputs.grouped(denominator));
    if (Double.isNaN(numerator) || Double.isNaN(denominator)) {
      return builder.suppressionReason(missing(numerator, denominator)).build();
    }
    return builder
        .value(numerator / denominator * multiplier)
        .lower(wilsonLower(numerator, denominator, confidence) * multiplier)
        .upper(wilsonUpper(numerator, denominator, confidence) * multiplier)
        .build();
  }

  /**
   * Gets the lower Wilson score limit of a proportion, as {@code wilson_lower(x, n, confidence)}.
   * <p>
   * The count need not be a whole number. A sample size of 0 is accepted here, as in the
   * reference helper, and with a count of 0 gives 0.
   *
   * @param x  the count, from 0 to n
   * @param n  the sample size, 0 or more
   * @param confidence  the confidence level, not null
   * @return the lower limit as a proportion, from 0 to 1; exactly 0 when x is 0
   * @throws InvalidValueException if x or n is negative or not finite, or x exceeds n
   */
  public static double wilsonLower(double x, double n, ConfidenceLevel confidence) {
    return wilson(x, n, confidence, -1);
  }

  /**
   * Gets the upper Wilson score limit of a proportion, as {@code wilson_upper(x, n, confidence)}.
   *
   * @param x  the count, from 0 to n
   * @param n  the sample size, 0 or more
   * @param confidence  the confidence level, not null
   * @return the upper limit as a proportion, from 0 to 1; exactly 1 when x equals n
   * @throws InvalidValueException if x or n is negative or not finite, or x exceeds n
   */
  public static double wilsonUpper(double x, double n, ConfidenceLevel confidence) {
    return wilson(x, n, confidence, +1);
  }

  private static double wilson(double x, double n, ConfidenceLevel confidence, int sign) {
    Objects.requireNonNull(confidence, "confidence");
    Inputs.present(Inputs.count(x, "x"), "x");
    Inputs.present(Inputs.count(n, "n"), "n");
    if (x > n) {
      throw InvalidValueException.of("x", "must be less than or equal to n " + Inputs.label(n), Inputs.label(x));
    }
    if (confidence.level() == 1 || (sign < 0 && x == 0) || (sign > 0 && x == n)) {
      // The reference short-circuits level 1 to [0, 1]; at x = 0 and x = n the formula is exact
      // in real arithmetic, so the limit is returned exactly rather than with rounding noise.
      return sign < 0 ? 0 : 1;
    }
    double z = confidence.z();
    double z2 = z * z;
    double root = z * Math.sqrt(z2 + 4 * x * (1 - x / n));
    return (2 * x + z2 + sign * root) / (2 * (n + z2));
  }

  static String missing(double numerator, double denominator) {
    if (Double.isNaN(numerator) && Double.isNaN(denominator)) {
      return "numerator and denominator are missing";
    }
    return Double.isNaN(numerator) ? "numerator is missing" : "denominator is missing";
  }
}
