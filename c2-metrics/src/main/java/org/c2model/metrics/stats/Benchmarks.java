package org.c2model.metrics.stats;

import java.util.Objects;
import org.c2model.core.InvalidValueException;

/**
 * Comparison of an estimate with a benchmark (England, the parent ward or local authority, or a
 * target) the way Fingertips does it.
 * <p>
 * Fingertips' "compared with benchmark" uses the confidence interval of the area's value: if the
 * benchmark lies inside the interval the area is similar; if outside, the area is better or worse
 * according to the indicator's polarity, or higher or lower where the indicator has none (OHID
 * Fingertips, "Public health technical guidance", "Comparing with a benchmark"; R package
 * PHEindicatormethods, the 95% and 99.8% intervals it produces for this). Use the 95% interval
 * for the inner colours and the 99.8% interval for the outer ones.
 *
 * @implSpec This class is stateless and thread-safe.
 */
public final class Benchmarks {

  private Benchmarks() {}

  /**
   * Compares an estimate with a benchmark value on the same scale.
   * <p>
   * The estimate is {@link Comparison#SIMILAR similar} when its interval contains the benchmark
   * (limits inclusive); otherwise {@link Comparison#BETTER better} or {@link Comparison#WORSE
   * worse} by the polarity, or {@link Comparison#HIGHER higher} or {@link Comparison#LOWER lower}
   * when the polarity is {@link Polarity#NOT_APPLICABLE}. A suppressed estimate, or one without
   * both limits, is {@link Comparison#NOT_COMPARED not compared}.
   *
   * @param estimate  the area's estimate, not null
   * @param benchmark  the benchmark value, on the estimate's scale, finite
   * @param polarity  the indicator's direction of improvement, not null
   * @return the comparison, not null
   * @throws InvalidValueException if the benchmark is not finite
   */
  public static Comparison compare(Estimate estimate, double benchmark, Polarity polarity) {
    Objects.requireNonNull(estimate, "estimate");
    Objects.requireNonNull(polarity, "polarity");
    if (!Double.isFinite(benchmark)) {
      throw InvalidValueException.of("benchmark", "must be a finite number", benchmark);
    }
    if (estimate.isSuppressed() || !estimate.hasInterval()) {
      return Comparison.NOT_COMPARED;
    }
    if (estimate.contains(benchmark)) {
      return Comparison.SIMILAR;
    }
    return Comparison.outside(estimate.lower().getAsDouble() > benchmark, polarity);
  }
}
