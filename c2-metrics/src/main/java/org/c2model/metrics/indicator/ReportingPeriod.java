package org.c2model.metrics.indicator;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.c2model.core.Coded;
import org.c2model.core.InvalidValueException;

/**
 * A calendar month, quarter or year an indicator value is reported for, such as {@code 2009-04},
 * {@code 2009-Q2} or {@code 2009}.
 * <p>
 * {@link #toString()} gives that text and {@link #parse(CharSequence)} reads it back. Periods order
 * by start date, then shorter first.
 *
 * @implSpec This class is immutable and thread-safe. It is value-based: do not use identity,
 *     {@code ==} or synchronization.
 */
public final class ReportingPeriod implements Comparable<ReportingPeriod> {

  /** The length of a reporting period. */
  public enum Granularity implements Coded {
    /** A calendar month, such as {@code 2009-04}. */
    MONTH("month", 1),
    /** A calendar quarter, such as {@code 2009-Q2} (April to June). */
    QUARTER("quarter", 3),
    /** A calendar year, such as {@code 2009}. */
    YEAR("year", 12);

    private final int months;

    private final String code;

    Granularity(String code, int months) {
      this.code = code;
      this.months = months;
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
     * Gets the number of months in a period of this granularity.
     *
     * @return 1, 3 or 12
     */
    public int months() {
      return months;
    }
  }

  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
  private static final Pattern YEAR = Pattern.compile("(\\d{4})");

  private final Granularity granularity;
  private final LocalDate start;
  /** The end, computed on first use: windows ask every period for it, several times per evaluation. */
  private LocalDate end;

  private ReportingPeriod(Granularity granularity, LocalDate start) {
    this.granularity = granularity;
    this.start = start;
  }

  /**
   * Obtains a month.
   *
   * @param month  the month, not null
   * @return the period, not null
   */
  public static ReportingPeriod ofMonth(YearMonth month) {
    Objects.requireNonNull(month, "month");
    return new ReportingPeriod(Granularity.MONTH, month.atDay(1));
  }

  /**
   * Obtains a calendar quarter.
   *
   * @param year  the year, from 1 to 9999
   * @param quarter  the quarter, from 1 to 4
   * @return the period, not null
   * @throws InvalidValueException if the year or quarter is out of range
   */
  public static ReportingPeriod ofQuarter(int year, int quarter) {
    checkYear(year);
    if (quarter < 1 || quarter > 4) {
      throw InvalidValueException.of("quarter", "must be from 1 to 4", quarter);
    }
    return new ReportingPeriod(Granularity.QUARTER, LocalDate.of(year, 3 * quarter - 2, 1));
  }

  /**
   * Obtains a calendar year.
   *
   * @param year  the year, from 1 to 9999
   * @return the period, not null
   * @throws InvalidValueException if the year is out of range
   */
  public static ReportingPeriod ofYear(int year) {
    checkYear(year);
    return new ReportingPeriod(Granularity.YEAR, LocalDate.of(year, 1, 1));
  }

  /**
   * Obtains the period of a granularity that contains a date, such as the quarter {@code 2009-Q2}
   * for 14 May 2009.
   *
   * @param date  the date, in years 1 to 9999, not null
   * @param granularity  the granularity, not null
   * @return the period, not null
   * @throws InvalidValueException if the date's year is out of range
   */
  public static ReportingPeriod containing(LocalDate date, Granularity granularity) {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(granularity, "granularity");
    int year = checkYear(date.getYear());
    switch (granularity) {
      case MONTH:
        return ofMonth(YearMonth.of(year, date.getMonthValue()));
      case QUARTER:
        return ofQuarter(year, (date.getMonthValue() + 2) / 3);
      default:
        return ofYear(year);
    }
  }

  /**
   * Obtains a period from text such as {@code 2009-04}, {@code 2009-Q2} or {@code 2009}.
   *
   * @param text  the text, not null
   * @return the period, not null
   * @throws InvalidValueException if the text is in none of the three forms
   */
  public static ReportingPeriod parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString();
    Matcher m = MONTH.matcher(s);
    if (m.matches()) {
      int month = Integer.parseInt(m.group(2));
      if (month < 1 || month > 12) {
        throw InvalidValueException.of("period", "month must be from 01 to 12", "'" + s + "'");
      }
      return ofMonth(YearMonth.of(checkYear(Integer.parseInt(m.group(1))), month));
    }
    m = QUARTER.matcher(s);
    if (m.matches()) {
      return ofQuarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }
    if (YEAR.matcher(s).matches()) {
      return ofYear(Integer.parseInt(s));
    }
    throw InvalidValueException.of("period", "must be a month 2009-04, a quarter 2009-Q2 or a year 2009", "'" + s + "'");
  }

  private static int checkYear(int year) {
    if (year < 1 || year > 9999) {
      throw InvalidValueException.of("year", "must be from 1 to 9999", year);
    }
    return year;
  }

  /**
   * Gets the granularity.
   *
   * @return the granularity, not null
   */
  public Granularity granularity() {
    return granularity;
  }

  /**
   * Gets the first day of the period.
   *
   * @return the inclusive start, not null
   */
  public LocalDate start() {
    return start;
  }

  /**
   * Gets the day after the last day of the period.
   *
   * @return the exclusive end, not null
   */
  public LocalDate end() {
    LocalDate e = end;
    if (e == null) {
      // A race only computes the same immutable date twice.
      e = start.plusMonths(granularity.months);
      end = e;
    }
    return e;
  }

  /**
   * Gets the number of days in the period.
   *
   * @return the days, positive
   */
  public long lengthInDays() {
    return ChronoUnit.DAYS.between(start, end());
  }

  /**
   * Checks if this period shares at least one day with another.
   *
   * @param other  the other period, not null
   * @return true if they overlap
   */
  public boolean overlaps(ReportingPeriod other) {
    return start.isBefore(other.end()) && other.start.isBefore(end());
  }

  @Override
  public int compareTo(ReportingPeriod other) {
    int c = start.compareTo(other.start);
    return c != 0 ? c : Integer.compare(granularity.months, other.granularity.months);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof ReportingPeriod && ((ReportingPeriod) obj).granularity == granularity
        && ((ReportingPeriod) obj).start.equals(start);
  }

  @Override
  public int hashCode() {
    return granularity.hashCode() * 31 + start.hashCode();
  }

  /**
   * Returns the period as text: {@code 2009-04}, {@code 2009-Q2} or {@code 2009}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    switch (granularity) {
      case MONTH:
        return String.format(Locale.ROOT, "%04d-%02d", start.getYear(), start.getMonthValue());
      case QUARTER:
        return String.format(Locale.ROOT, "%04d-Q%d", start.getYear(), (start.getMonthValue() + 2) / 3);
      default:
        return String.format(Locale.ROOT, "%04d", start.getYear());
    }
  }
}
