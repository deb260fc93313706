package org.c2model.metrics.stats;

import org.c2model.core.Coded;

/**
 * The result of comparing an estimate with a benchmark the way Fingertips colours it: better,
 * similar or worse where the indicator has a {@link Polarity direction of improvement}, higher,
 * similar or lower where it has none, and not compared where there is no interval.
 *
 * @see Benchmarks#compare(Estimate, double, Polarity)
 */
public enum Comparison implements Coded {

  /** The whole interval lies on the better side of the benchmark. */
  BETTER("better"),

  /** The interval contains the benchmark. */
  SIMILAR("similar"),

  /** The whole interval lies on the worse side of the benchmark. */
  WORSE("worse"),

  /** The whole interval lies above the benchmark, for an indicator without a better direction. */
  HIGHER("higher"),

  /** The whole interval lies below the benchmark, for an indicator without a better direction. */
  LOWER("lower"),

  /** The estimate is suppressed or has no interval, so no comparison is made. */
  NOT_COMPARED("not_compared");

  private final String code;

  Comparison(String code) {
    this.code = code;
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
   * Gets the comparison of a value that lies outside a range, above or below it, by polarity.
   */
  static Comparison outside(boolean above, Polarity polarity) {
    switch (polarity) {
      case HIGHER_IS_BETTER:
        return above ? BETTER : WORSE;
      case LOWER_IS_BETTER:
        return above ? WORSE : BETTER;
      default:
        return above ? HIGHER : LOWER;
    }
  }
}
