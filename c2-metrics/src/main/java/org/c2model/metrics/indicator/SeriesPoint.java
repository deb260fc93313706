package org.c2model.metrics.indicator;

import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * One period of a neighbourhood's indicator series: the numerator summed over its areas, the
 * denominator where every contributing area has one, and how many area observations contributed.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SeriesPoint {

  SeriesPoint() {}

  /**
   * Gets the period.
   *
   * @return the period, not null
   */
  public abstract ReportingPeriod period();

  /**
   * Gets the numerator summed over the contributing areas.
   *
   * @return the numerator, zero or more
   */
  public abstract double numerator();

  /**
   * Gets the denominator summed over the contributing areas, present only when every one has one.
   *
   * @return the denominator, positive when present
   */
  public abstract OptionalDouble denominator();

  /**
   * Gets the number of area observations summed.
   *
   * @return the count, positive
   */
  public abstract int observations();

  static SeriesPoint of(ReportingPeriod period, double numerator, OptionalDouble denominator, int observations) {
    return ImmutableSeriesPoint.builder().period(period).numerator(numerator).denominator(denominator)
        .observations(observations).build();
  }

  /**
   * Returns a one-line summary, such as {@code 2009-04: 31 (4 areas)}.
   *
   * @return the summary, not null
   */
  @Override
  public String toString() {
    return period() + ": " + numerator() + (denominator().isPresent() ? " / " + denominator().getAsDouble() : "")
        + " (" + observations() + " areas)";
  }
}
