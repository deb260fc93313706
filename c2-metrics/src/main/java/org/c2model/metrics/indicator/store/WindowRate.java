package org.c2model.metrics.indicator.store;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.c2model.metrics.indicator.ReportingPeriod;
import org.c2model.metrics.indicator.StudyWindow;
import org.c2model.metrics.stats.Estimate;
import org.immutables.value.Value;

/**
 * One neighbourhood's total of one indicator over one window, with its crude rate, such as 212
 * anti-social behaviour incidents in 35,000 person-months: 6.06 per 1,000 (95% CI 5.27 to 6.93).
 * <p>
 * As in {@link org.c2model.metrics.indicator.WindowTotals}, only periods wholly inside the window are
 * summed; periods straddling a window boundary are listed and left out, never pro-rated. The
 * denominator is present only when every summed observation has one and there is at least one; the
 * rate is then {@code Rates.crude(numerator, denominator, multiplier, confidence)}, else it is
 * suppressed.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class WindowRate {

  WindowRate() {}

  /**
   * Gets the window.
   *
   * @return the window, not null
   */
  public abstract StudyWindow window();

  /**
   * Gets the number of observations summed.
   *
   * @return the count, zero or more
   */
  public abstract int observations();

  /**
   * Gets the numerator summed over the window.
   *
   * @return the total, zero or more
   */
  public abstract double numerator();

  /**
   * Gets the denominator summed over the window, where every summed observation has one.
   *
   * @return the total, positive when present
   */
  public abstract OptionalDouble denominator();

  /**
   * Gets the crude rate with its interval: Byar's from 10 events, exact below.
   *
   * @return the estimate, suppressed without a denominator, not null
   */
  public abstract Estimate rate();

  /**
   * Gets the periods the indicator has observations in (in any area) that straddle a boundary of the
   * window and were left out, in order.
   *
   * @return the periods, possibly empty, not null
   */
  public abstract List<ReportingPeriod> straddlingPeriods();

  /**
   * Returns a one-line summary, such as {@code 2019-01-01/2021-01-01: 212 / 35000.0 (840 obs)}.
   *
   * @return the summary, not null
   */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s: %s%s (%d obs)%s", window(), numerator(),
        denominator().isPresent() ? " / " + denominator().getAsDouble() : "", observations(),
        straddlingPeriods().isEmpty() ? "" : ", straddling " + straddlingPeriods());
  }
}
