package org.c2model.metrics.indicator;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.c2model.core.InvalidValueException;
import org.c2model.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A span of days an indicator is totalled over, such as the baseline {@code 2008-06-01/2009-06-01}
 * (the 12 months before a partnership was constituted) or a follow-up window (months 13 to 24 after)
 * (<i>Positively Local</i> sec. 5; {@code docs/c2-model.md} section 5: change shows first in crime,
 * after 3-5 years in health).
 * <p>
 * The start is inclusive and the end exclusive; a window is never empty.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class StudyWindow {

  StudyWindow() {}

  /**
   * Gets the first day of the window.
   *
   * @return the inclusive start, not null
   */
  @Value.Parameter
  public abstract LocalDate start();

  /**
   * Gets the day after the last day of the window.
   *
   * @return the exclusive end, after the start, not null
   */
  @Value.Parameter
  public abstract LocalDate end();

  /**
   * Obtains a window from its inclusive start and exclusive end.
   *
   * @param start  the first day, not null
   * @param end  the day after the last day, after the start, not null
   * @return the window, not null
   * @throws InvalidValueException if the end is not after the start
   */
  public static StudyWindow of(LocalDate start, LocalDate end) {
    return ImmutableStudyWindow.of(start, end);
  }

  /**
   * Obtains the window of the given number of months ending the day before an anchor date, such as
   * the 12 months before the partnership was constituted.
   *
   * @param anchor  the date the window ends before (exclusive end), not null
   * @param months  the number of months, positive
   * @return the window, not null
   * @throws InvalidValueException if months is not positive
   */
  public static StudyWindow monthsBefore(LocalDate anchor, int months) {
    Objects.requireNonNull(anchor, "anchor");
    if (months <= 0) {
      throw InvalidValueException.of("months", "must be positive", months);
    }
    return of(anchor.minusMonths(months), anchor);
  }

  /**
   * Obtains the window from month {@code firstMonth} to month {@code lastMonth} after an anchor date,
   * both counted from 1, such as months 13 to 24 after constitution.
   *
   * @param anchor  the date month 1 starts on, not null
   * @param firstMonth  the first month of the window, from 1
   * @param lastMonth  the last month of the window, not before the first
   * @return the window, not null
   * @throws InvalidValueException if the months are out of order or below 1
   */
  public static StudyWindow monthsAfter(LocalDate anchor, int firstMonth, int lastMonth) {
    Objects.requireNonNull(anchor, "anchor");
    if (firstMonth < 1) {
      throw InvalidValueException.of("firstMonth", "must be 1 or more", firstMonth);
    }
    if (lastMonth < firstMonth) {
      throw InvalidValueException.of("lastMonth", "must not be before firstMonth " + firstMonth, lastMonth);
    }
    return of(anchor.plusMonths(firstMonth - 1L), anchor.plusMonths(lastMonth));
  }

  /**
   * Gets the number of days in the window.
   *
   * @return the days, positive
   */
  public long lengthInDays() {
    return ChronoUnit.DAYS.between(start(), end());
  }

  /**
   * Checks if a period lies wholly inside the window.
   *
   * @param period  the period, not null
   * @return true if every day of the period is in the window
   */
  public boolean contains(ReportingPeriod period) {
    return !period.start().isBefore(start()) && !period.end().isAfter(end());
  }

  /**
   * Checks if a period shares some days, but not all, with the window.
   *
   * @param period  the period, not null
   * @return true if the period straddles a boundary of the window
   */
  public boolean straddles(ReportingPeriod period) {
    return period.start().isBefore(end()) && start().isBefore(period.end()) && !contains(period);
  }

  @Value.Check
  void check() {
    Checks.after(end(), start(), "end", "start");
  }

  /**
   * Returns the window as an ISO interval, such as {@code 2008-06-01/2009-06-01}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return start() + "/" + end();
  }
}
