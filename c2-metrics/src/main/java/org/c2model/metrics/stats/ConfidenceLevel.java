package org.c2model.metrics.stats;

import java.math.BigDecimal;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.c2model.core.InvalidValueException;

/**
 * A two-sided confidence level, such as {@code 95%} or {@code 99.8%}, the two levels Fingertips
 * publishes.
 * <p>
 * The accepted range is the one of the reference implementation, the R package
 * PHEindicatormethods (v2.1.0, every function's {@code confidence} argument): a proportion from
 * 0.9 to 1, or a percentage from 90 to 100, which is divided by 100, so {@code of(95)} equals
 * {@code of(0.95)}. Anything else, such as 0.8 or 50, is rejected as the reference rejects it
 * ({@code phe/errors.csv} of the c2-metrics test resources). A level of exactly 1 is accepted, as
 * there; intervals at
 * that level are unbounded or, for Wilson, the whole range.
 * <p>
 * {@link #toString()} gives the percentage, such as {@code 95%} or {@code 99.8%}.
 *
 * @implSpec This class is immutable and thread-safe. It is value-based; do not use identity,
 *     {@code ==} or synchronization.
 */
public final class ConfidenceLevel implements Comparable<ConfidenceLevel> {

  /** The 95% level, Fingertips' inner limit ("about 2 standard deviations"). */
  public static final ConfidenceLevel P95 = new ConfidenceLevel(0.95);

  /** The 99.8% level, Fingertips' outer limit ("about 3 standard deviations"). */
  public static final ConfidenceLevel P99_8 = new ConfidenceLevel(0.998);

  private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

  private final double level;

  private ConfidenceLevel(double level) {
    this.level = level;
  }

  /**
   * Obtains a confidence level from a proportion from 0.9 to 1 or a percentage from 90 to 100.
   *
   * @param level  the level, such as {@code 0.95}, {@code 95} or {@code 99.8}
   * @return the confidence level, not null
   * @throws InvalidValueException if the level is outside both ranges, or not finite
   */
  public static ConfidenceLevel of(double level) {
    double scaled = level >= 90 ? level / 100 : level;
    if (!(scaled >= 0.9 && scaled <= 1)) {
      throw InvalidValueException.of("confidence",
          "must be between 0.9 and 1 or between 90 and 100", format(level));
    }
    return new ConfidenceLevel(scaled);
  }

  /**
   * Gets the level as a proportion, such as {@code 0.95}.
   *
   * @return the level, from 0.9 to 1
   */
  public double level() {
    return level;
  }

  /**
   * Gets alpha, the probability the interval misses, {@code 1 - level}.
   *
   * @return alpha, from 0 to 0.1
   */
  public double alpha() {
    return 1 - level;
  }

  /**
   * Gets the standard normal quantile {@code z = Φ⁻¹(1 - α/2)} the normal-theory intervals use,
   * such as 1.959964 at 95%.
   * <p>
   * As in the reference, this is {@code qnorm(level + (1 - level) / 2)}.
   *
   * @return z, positive infinity at level 1
   */
  public double z() {
    return STANDARD_NORMAL.inverseCumulativeProbability(level + (1 - level) / 2);
  }

  /**
   * Gets the level as a percentage label, such as {@code 95%} or {@code 99.8%}.
   *
   * @return the label, not null
   */
  @Override
  public String toString() {
    return format(level * 100) + "%";
  }

  @Override
  public int compareTo(ConfidenceLevel other) {
    return Double.compare(level, other.level);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof ConfidenceLevel
        && Double.compare(((ConfidenceLevel) obj).level, level) == 0;
  }

  @Override
  public int hashCode() {
    return Double.hashCode(level);
  }

  private static String format(double value) {
    if (!Double.isFinite(value) || value != 0 && (Math.abs(value) < 1e-6 || Math.abs(value) >= 1e12)) {
      return String.valueOf(value); // such as 4.9E-324, not hundreds of digits
    }
    // Round away binary noise such as 99.80000000000001 before trimming zeros.
    return new BigDecimal(Double.toString(value)).round(new java.math.MathContext(12))
        .stripTrailingZeros().toPlainString();
  }
}
