package org.c2model.spark;

import org.c2model.metrics.indicator.WindowComparison;
import org.c2model.metrics.stats.Estimate;
import org.immutables.value.Value;

/**
 * One neighbourhood's (or the comparator's) baseline and follow-up totals of one indicator, summed
 * by Spark, with the crude rates c2-metrics computes from them: a row of a
 * {@link SparkScreeningResult}.
 * <p>
 * The totals are those of {@code IndicatorSeries.totals} on the single-machine path (periods wholly
 * inside a window summed, straddling periods listed and left out; a denominator only where every
 * summed observation has one), and the rates those of a
 * {@link org.c2model.metrics.indicator.store.ScreeningRow}: {@code Rates.crude(numerator,
 * denominator, multiplier, confidence)}, Byar's from 10 events, exact below.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ScreenedIndicator {

  ScreenedIndicator() {}

  /**
   * Gets the neighbourhood's id (the comparator's id for a comparator row).
   *
   * @return the id, not null
   */
  public abstract String neighbourhoodId();

  /**
   * Gets the indicator's id.
   *
   * @return the id, not null
   */
  public abstract String indicatorId();

  /**
   * Gets the baseline and follow-up totals.
   *
   * @return the totals, not null
   */
  public abstract WindowComparison totals();

  /**
   * Gets the number of observations summed in the baseline window.
   *
   * @return the count, zero or more
   */
  public abstract long baselineObservations();

  /**
   * Gets the number of observations summed in the follow-up window.
   *
   * @return the count, zero or more
   */
  public abstract long followUpObservations();

  /**
   * Gets the baseline's crude rate with its interval.
   *
   * @return the estimate, suppressed without a denominator, not null
   */
  public abstract Estimate baselineRate();

  /**
   * Gets the follow-up's crude rate with its interval.
   *
   * @return the estimate, suppressed without a denominator, not null
   */
  public abstract Estimate followUpRate();

  /**
   * Returns a one-line summary with ids and totals only.
   *
   * @return the summary, not null
   */
  @Override
  public String toString() {
    return neighbourhoodId() + " " + indicatorId() + ": baseline " + totals().baseline().numerator() + " ("
        + baselineObservations() + " obs), follow-up " + totals().followUp().numerator() + " ("
        + followUpObservations() + " obs)";
  }
}
