package org.c2model.metrics.stats;

import java.util.Objects;
import java.util.OptionalDouble;
import org.c2model.core.InvalidValueException;

/**
 * Crude rates per multiplier with Byar's or exact Poisson intervals, such as 30 events in 4,000
 * people: {@code 7.50 per 1,000 (95% CI 5.06 to 10.71, Byars; 30 in 4,000)}.
 * <p>
 * The methods are those of the PHE/OHID "Technical Guide: Confidence Intervals" (Public Health
 * Data Science, version 25 May 2018), Appendix 1 "Byar's method" and Appendix 2 "χ² exact
 * method", and of the Fingertips technical guidance on rates (Byar's for counts of 10 or more,
 * exact below 10), as implemented by the R package PHEindicatormethods v2.1.0
 * ({@code phe_rate}, {@code byars_lower}, {@code byars_upper}), whose test vectors this class
 * reproduces to 1e-9 relative ({@code docs/statistics.md}). Byar's method: Breslow NE,
 * Day NE, Statistical methods in cancer research, volume II, IARC 1987.
 * <p>
 * For an observed count O and {@code z = Φ⁻¹(1 - α/2)}:
 * <pre>
 * Byar's:  O_lower = O (1 - 1/(9O) - z/(3√O))³          O_upper = (O+1) (1 - 1/(9(O+1)) + z/(3√(O+1)))³
 * exact:   O_lower = qchisq(α/2, 2O) / 2                O_upper = qchisq(1 - α/2, 2O + 2) / 2
 * </pre>
 * and the rate limits are the count limits / n × multiplier. A count of 0 gives the exact
 * interval {@code [0, -ln(α/2) / n × multiplier]}.
 *
 * @implSpec This class is stateless and thread-safe.
 */
public final class Rates {

  /** The smallest count for which the reference uses Byar's method rather than the exact one. */
  public static final int BYARS_MINIMUM_COUNT = 10;

  /**
   * The largest count whose exact limits are computed ({@value}): the chi-squared quantile does not
   * converge reliably for larger counts, where Byar's approximation is as good as exact anyway.
   */
  public static final double EXACT_MAXIMUM_COUNT = 1e9;

  private Rates() {}

  /**
   * Obtains a crude rate per multiplier with its 95% interval, such as 30 events in 4,000 people
   * per 1,000.
   *
   * @param events  the count of events, 0 or more
   * @param population  the population, above 0
   * @param multiplier  the scale, such as 1,000 or 100,000, above 0
   * @return the estimate, not null
   * @throws InvalidValueException if the count is negative or the population or multiplier is
   *     not above zero
   */
  public static Estimate crude(double events, double population, double multiplier) {
    return crude(events, population, multiplier, ConfidenceLevel.P95);
  }

  /**
   * Obtains a crude rate per multiplier with its interval, as
   * {@code phe_rate(x, n, confidence, multiplier)} does.
   * <p>
   * The value is {@code x / n × multiplier}. Below {@value #BYARS_MINIMUM_COUNT} events the
   * limits are exact (method {@code "Exact"}), from then on Byar's (method {@code "Byars"}). The
   * statistic is {@code "rate per <multiplier>"}. More events than population is allowed.
   * <p>
   * A missing count or population, given as NaN like R's {@code NA}, gives a suppressed estimate;
   * as in the reference, the method is {@code "NA"} when the count is missing.
   *
   * @param events  the count of events, 0 or more, or NaN if missing
   * @param population  the population, above 0, or NaN if missing
   * @param multiplier  the scale, such as 1,000 or 100,000, above 0
   * @param confidence  the confidence level, not null
   * @return the estimate, not null
   * @throws InvalidValueException if the count is negative or the population or multiplier is
   *     not above zero
   */
  public static Estimate crude(double events, double population, double multiplier, ConfidenceLevel confidence) {
    Objects.requireNonNull(confidence, "confidence");
    Inputs.count(events, "numerator");
    Inputs.positive(population, "denominator");
    Inputs.multiplier(multiplier);
    Estimate.Builder builder = Estimate.builder()
        .confidence(confidence)
        .method(Double.isNaN(events) ? "NA" : countMethod(events))
        .statistic("rate per " + Inputs.label(multiplier))
        .unit(Inputs.unit(multiplier))
        .putInputs("numerator", Inputs.label(events))
        .putInputs("denominator", Inputs.label(population))
        .putInputs("multiplier", Inputs.label(multiplier))
        .inputSummary(Inputs.grouped(events) + " in " + Inputs.grouped(population));
    if (Double.isNaN(events) || Double.isNaN(population)) {
      return builder.suppressionReason(Proportions.missing(events, population)).build();
    }
    double scale = multiplier / population;
    builder.value(events * scale);
    return countLimits(builder, events, scale, confidence).build();
  }

  /**
   * Gets the method the reference uses for a count's interval: {@code "Exact"} below
   * {@value #BYARS_MINIMUM_COUNT}, otherwise {@code "Byars"}.
   */
  static String countMethod(double observed) {
    return observed < BYARS_MINIMUM_COUNT ? "Exact" : "Byars";
  }

  /**
   * Sets the limits of an observed count, scaled, on a builder: exact below 10, Byar's from 10.
   * A Byar's lower limit that is not defined (R's {@code NA}) is left empty with a reason.
   */
  static Estimate.Builder countLimits(Estimate.Builder builder, double observed, double scale, ConfidenceLevel confidence) {
    if (observed < BYARS_MINIMUM_COUNT) {
      return builder
          .lower(Quantiles.exactLowerCount(observed, confidence) * scale)
          .upper(Quantiles.exactUpperCount(observed, confidence) * scale);
    }
    OptionalDouble lower = byarsLower(observed, confidence);
    if (lower.isEmpty()) {
      builder.suppressionReason("Byar's lower limit is not defined at confidence " + confidence);
    } else {
      builder.lower(lower.getAsDouble() * scale);
    }
    return builder.upper(byarsUpper(observed, confidence) * scale);
  }

  /**
   * Gets Byar's lower limit of an observed Poisson count, as {@code byars_lower(x, confidence)}.
   * <p>
   * Where the approximation gives a negative number (a count of 1 at 99.8%, say) or is undefined
   * (a count of 0), the reference returns {@code NA}; this returns empty. The rate methods never
   * use Byar's below 10 events.
   *
   * @param observed  the observed count, 0 or more
   * @param confidence  the confidence level, not null
   * @return the lower limit of the count, empty where not defined
   * @throws InvalidValueException if the count is negative or not finite
   */
  public static OptionalDouble byarsLower(double observed, ConfidenceLevel confidence) {
    Objects.requireNonNull(confidence, "confidence");
    Inputs.present(Inputs.count(observed, "observed"), "observed");
    double z = confidence.z();
    double lower = observed * Math.pow(1 - 1 / (9 * observed) - z / (3 * Math.sqrt(observed)), 3);
    return lower >= 0 ? OptionalDouble.of(lower) : OptionalDouble.empty();
  }

  /**
   * Gets Byar's upper limit of an observed Poisson count, as {@code byars_upper(x, confidence)}.
   *
   * @param observed  the observed count, 0 or more
   * @param confidence  the confidence level, not null
   * @return the upper limit of the count; positive infinity at confidence 1
   * @throws InvalidValueException if the count is negative or not finite
   */
  public static double byarsUpper(double observed, ConfidenceLevel confidence) {
    Objects.requireNonNull(confidence, "confidence");
    Inputs.present(Inputs.count(observed, "observed"), "observed");
    double z = confidence.z();
    double o1 = observed + 1;
    return o1 * Math.pow(1 - 1 / (9 * o1) + z / (3 * Math.sqrt(o1)), 3);
  }

  /**
   * Gets the exact (chi-squared) lower limit of an observed Poisson count,
   * {@code qchisq(α/2, 2O) / 2}; exactly 0 for a count of 0.
   *
   * @param observed  the observed count, 0 or more
   * @param confidence  the confidence level, not null
   * @return the lower limit of the count, not negative
   * @throws InvalidValueException if the count is negative, not finite or above
   *     {@link #EXACT_MAXIMUM_COUNT}
   */
  public static double exactLower(double observed, ConfidenceLevel confidence) {
    Objects.requireNonNull(confidence, "confidence");
    return Quantiles.exactLowerCount(exactCount(observed), confidence);
  }

  /**
   * Gets the exact (chi-squared) upper limit of an observed Poisson count,
   * {@code qchisq(1 - α/2, 2O + 2) / 2}; {@code -ln(α/2)} for a count of 0.
   *
   * @param observed  the observed count, 0 or more
   * @param confidence  the confidence level, not null
   * @return the upper limit of the count; positive infinity at confidence 1
   * @throws InvalidValueException if the count is negative, not finite or above
   *     {@link #EXACT_MAXIMUM_COUNT}
   */
  public static double exactUpper(double observed, ConfidenceLevel confidence) {
    Objects.requireNonNull(confidence, "confidence");
    return Quantiles.exactUpperCount(exactCount(observed), confidence);
  }

  private static double exactCount(double observed) {
    Inputs.present(Inputs.count(observed, "observed"), "observed");
    if (observed > EXACT_MAXIMUM_COUNT) {
      throw InvalidValueException.of("observed", "must be at most " + Inputs.grouped(EXACT_MAXIMUM_COUNT)
          + " for exact limits; use Byar's limits for larger counts", Inputs.label(observed));
    }
    return observed;
  }
}
