package org.c2model.metrics.indicator.store;

import org.immutables.value.Value;

/**
 * One neighbourhood's baseline and follow-up totals and rates for one indicator, a row of a
 * {@link ScreeningResult}.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ScreeningRow {

  ScreeningRow() {}

  /**
   * Gets the neighbourhood's id.
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
   * Gets the baseline window's totals and rate.
   *
   * @return the baseline, not null
   */
  public abstract WindowRate baseline();

  /**
   * Gets the follow-up window's totals and rate.
   *
   * @return the follow-up, not null
   */
  public abstract WindowRate followUp();

  /**
   * Returns a two-line summary of the baseline and the follow-up.
   *
   * @return the summary, not null
   */
  @Override
  public String toString() {
    return neighbourhoodId() + " " + indicatorId() + "\n  baseline  " + baseline() + "  " + baseline().rate()
        + "\n  follow-up " + followUp() + "  " + followUp().rate();
  }
}
