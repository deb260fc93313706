package org.c2model.metrics.stats;

import java.util.Objects;
import org.apache.commons.statistics.distribution.GammaDistribution;
import org.c2model.core.InvalidValueException;

/**
 * Funnel-plot control limits, so a neighbourhood can be placed among its peers: the range a
 * proportion or rate would fall in by chance alone, at a given denominator, if the area were like
 * the peer-group average. Fingertips draws them at 95% ("2 sigma") and 99.8% ("3 sigma").
 * <p>
 * Both follow the Fingertips approach of inverting the interval used for the indicator, so a
 * point lies outside the funnel exactly when its interval excludes the average (APHO Technical
 * Briefing 2, "Statistical process control methods in public health intelligence", 2008;
 * Spiegelhalter DJ (2005), "Funnel plots for comparing institutional performance", Stat Med
 * 24:1185-1202; R package PHEindicatormethods, {@code phe_funnels} / {@code calculate_funnel_limits}):
 * <ul>
 *   <li>proportions: the closed-form inverse of the Wilson score interval, the reference's
 *       {@code sigma_adjustment}: the limits are the proportions whose Wilson interval at the
 *       denominator just reaches the average, clamped to {@code [0, multiplier]};</li>
 *   <li>rates: the inverse of the exact (chi-squared) Poisson interval, as the reference's
 *       {@code poisson_funnel} does by bisection: with expected count {@code E = average ×
 *       population}, the upper limit is the count U whose exact lower limit is E
 *       ({@code Gamma⁻¹(α/2; U) = E}) and the lower limit the count L whose exact upper limit is E
 *       ({@code Gamma⁻¹(1 - α/2; L + 1) = E}, or 0 if none); solved here by bisection to double
 *       precision, on a continuous count scale.</li>
 * </ul>
 *
 * @implSpec This class is stateless and thread-safe.
 */
public final class Funnels {

  private Funnels() {}

  /**
   * Gets the peer-group average of proportions or rates, {@code Σx / Σn}, the centre of a funnel.
   *
   * @param numerators  each area's count, each 0 or more, not null
   * @param denominators  each area's denominator, each above 0, as many as numerators, not null
   * @return the average per unit of denominator, not negative
   * @throws InvalidValueException if the arrays are empty or of different lengths, or a value is
   *     out of range or missing
   */
  public static double average(double[] numerators, double[] denominators) {
    Objects.requireNonNull(numerators, "numerators");
    Inputs.sameLength(numerators.length, denominators, "denominators", "numerators");
    if (numerators.length == 0) {
      throw InvalidValueException.of("numerators.length", "must be at least 1", 0);
    }
    double x = 0;
    double n = 0;
    for (int i = 0; i < numerators.length; i++) {
      x += Inputs.present(Inputs.count(numerators[i], "numerators[" + i + "]"), "numerators[" + i + "]");
      n += Inputs.present(Inputs.positive(denominators[i], "denominators[" + i + "]"), "denominators[" + i + "]");
    }
    return x / n;
  }

  /**
   * Gets the control limits for a proportion at a denominator, around an average proportion.
   *
   * @param averageProportion  the peer-group average as a proportion, from 0 to 1
   * @param denominator  the sample size the limits are for, above 0
   * @param multiplier  the output scale, such as 100 for percentages, above 0
   * @param confidence  the confidence level, such as 95% or 99.8%, below 1, not null
   * @return the limits on the output scale, not null
   * @throws InvalidValueException if an argument is out of range
   */
  public static ControlLimits proportion(double averageProportion, double denominator, double multiplier,
      ConfidenceLevel confidence) {
    Objects.requireNonNull(confidence, "confidence");
    Inputs.present(averageProportion, "averageProportion");
    if (averageProportion < 0 || averageProportion > 1) {
      throw InvalidValueException.of("averageProportion", "must be from 0 to 1", averageProportion);
    }
    double n = Inputs.present(Inputs.positive(denominator, "denominator"), "denominator");
    Inputs.multiplier(multiplier);
    double z = finiteZ(confidence);
    double av = averageProportion;
    double z2 = z * z;
    double first = av * (n / z2 + 1);
    double discriminant = Math.pow(-8 * av * (n / z2 + 1), 2)
        - 64 * (1 / z2 + 1 / n) * av * (n * (av * (n / z2 + 2) - 1) + z2 * (av - 1));
    double adj = Math.sqrt(Math.max(0, discriminant));
    double last = 1 / z2 + 1 / n;
    double low = (first - adj / 8) / last / n * multiplier;
    double high = (first + adj / 8) / last / n * multiplier;
    return ControlLimits.of(n, av * multiplier, clamp(low, multiplier), clamp(high, multiplier), confidence,
        "inverse Wilson score");
  }

  /**
   * Gets the control limits for a crude rate at a population, around an average rate.
   *
   * @param averageRate  the peer-group average rate per multiplier, 0 or more
   * @param population  the population the limits are for, above 0
   * @param multiplier  the scale of the rates, such as 1,000, above 0
   * @param confidence  the confidence level, such as 95% or 99.8%, below 1, not null
   * @return the limits per multiplier, not null
   * @throws InvalidValueException if an argument is out of range
   */
  public static ControlLimits rate(double averageRate, double population, double multiplier,
      ConfidenceLevel confidence) {
    Objects.requireNonNull(confidence, "confidence");
    Inputs.present(Inputs.count(averageRate, "averageRate"), "averageRate");
    double n = Inputs.present(Inputs.positive(population, "population"), "population");
    Inputs.multiplier(multiplier);
    finiteZ(confidence);
    double expected = averageRate / multiplier * n;
    double halfAlpha = confidence.alpha() / 2;
    double upperCount = 0;
    double lowerCount = 0;
    if (expected > 0) {
      // U with P(U, E) = α/2; the regularised gamma P(a, E) falls as the shape a rises.
      upperCount = solveShape(expected, halfAlpha);
      // L + 1 with P(L + 1, E) = 1 - α/2, when L >= 0 exists.
      if (lowerTail(1, expected) > 1 - halfAlpha) {
        lowerCount = solveShape(expected, 1 - halfAlpha) - 1;
      }
    }
    double scale = multiplier / n;
    return ControlLimits.of(n, averageRate, lowerCount * scale, upperCount * scale, confidence,
        "exact Poisson (inverse chi-squared)");
  }

  private static double finiteZ(ConfidenceLevel confidence) {
    if (confidence.level() >= 1) {
      throw InvalidValueException.of("confidence", "must be below 1 for control limits", confidence);
    }
    return confidence.z();
  }

  private static double clamp(double x, double multiplier) {
    return Math.max(0, Math.min(multiplier, x));
  }

  private static double lowerTail(double shape, double x) {
    return GammaDistribution.of(shape, 1).cumulativeProbability(x);
  }

  /** Finds the gamma shape a > 0 with {@code P(a, x) = p}, by bisection. */
  private static double solveShape(double x, double p) {
    double lo = Double.MIN_NORMAL;
    double hi = x + 20 * Math.sqrt(x) + 50;
    while (lowerTail(hi, x) > p) {
      hi *= 2;
    }
    for (int i = 0; i < 200 && hi - lo > 1e-15 * hi; i++) {
      double mid = (lo + hi) / 2;
      if (lowerTail(mid, x) > p) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return (lo + hi) / 2;
  }
}
