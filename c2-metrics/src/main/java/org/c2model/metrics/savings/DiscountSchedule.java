package org.c2model.metrics.savings;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.c2model.core.InvalidValueException;
import org.c2model.core.internal.Checks;

/**
 * Discount rates by year of an appraisal, such as HM Treasury's Green Book schedule: 3.5% a year for
 * years 0 to 30, then 3.0% to year 75, 2.5% to 125, 2.0% to 200, 1.5% to 300 and 1.0% after
 * (HM Treasury, <em>The Green Book</em>, the declining long-term discount rate).
 * <p>
 * Year 0 is the present and is not discounted; the discount factor of year {@code t} is
 * {@code 1 / ((1 + r1)(1 + r2)...(1 + rt))} where {@code ry} is the rate of year {@code y}, which for a
 * constant rate is the familiar {@code 1 / (1 + r)^t}.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class DiscountSchedule {

  private static final int[] GREEN_BOOK_LAST_YEARS = {30, 75, 125, 200, 300};
  private static final BigDecimal[] GREEN_BOOK_RATES = {new BigDecimal("0.035"), new BigDecimal("0.030"),
      new BigDecimal("0.025"), new BigDecimal("0.020"), new BigDecimal("0.015"), new BigDecimal("0.010")};
  private static final DiscountSchedule GREEN_BOOK = new DiscountSchedule(GREEN_BOOK_LAST_YEARS, GREEN_BOOK_RATES,
      "Green Book (3.5% to year 30, declining after)");

  private static final String CONSTANT = "constant ";

  /**
   * The last appraisal year any c2 appraisal reaches: 100 years, beyond any horizon a partnership's
   * case is made over. Years, horizons and the cache of discount factors are bounded by it, so an
   * edited document cannot make an appraisal loop or fill memory.
   */
  public static final int MAX_YEAR = 100;

  private final int[] lastYears;
  private final BigDecimal[] rates;
  private final String description;
  private final List<BigDecimal> factors = new ArrayList<>();

  private DiscountSchedule(int[] lastYears, BigDecimal[] rates, String description) {
    this.lastYears = lastYears;
    this.rates = rates;
    this.description = description;
  }

  /**
   * Gets HM Treasury's Green Book schedule: 3.5% a year to year 30, declining after.
   *
   * @return the schedule, not null
   */
  public static DiscountSchedule greenBook() {
    return GREEN_BOOK;
  }

  /**
   * Obtains a schedule with one rate for every year, such as 0 for no discounting in a sensitivity test.
   *
   * @param rate  the annual rate, such as {@code 0.035}, from 0 to 1, not null
   * @return the schedule, not null
   * @throws InvalidValueException if the rate is outside 0 to 1
   */
  public static DiscountSchedule constant(BigDecimal rate) {
    Objects.requireNonNull(rate, "rate");
    if (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) > 0) {
      throw InvalidValueException.of("rate", "must be from 0 to 1", rate);
    }
    return new DiscountSchedule(new int[0], new BigDecimal[] {rate},
        CONSTANT + rate.movePointRight(2).stripTrailingZeros().toPlainString() + "%");
  }

  /**
   * Obtains a schedule from its description, as {@link #toString()} gives it: the Green Book's
   * {@code Green Book (3.5% to year 30, declining after)} or a constant one such as
   * {@code constant 3.5%}.
   *
   * @param text  the description, not null
   * @return the schedule, not null
   * @throws InvalidValueException if the text describes neither, or a constant rate outside 0% to 100%
   */
  public static DiscountSchedule parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString();
    if (s.equals(GREEN_BOOK.description)) {
      return GREEN_BOOK;
    }
    if (s.startsWith(CONSTANT) && s.endsWith("%")) {
      String percent = s.substring(CONSTANT.length(), s.length() - 1);
      if (percent.length() <= 100 && percent.matches("[0-9]{1,3}(\\.[0-9]+)?")) {
        return constant(new BigDecimal(percent).movePointLeft(2));
      }
    }
    throw InvalidValueException.of("discountSchedule", "must be '" + GREEN_BOOK.description
        + "' or a constant rate such as 'constant 3.5%'", "'" + s + "'");
  }

  /**
   * Gets the discount rate applied in a year.
   *
   * @param year  the year, 1 or more
   * @return the rate, not null
   * @throws InvalidValueException if the year is below 1
   */
  public BigDecimal rate(int year) {
    if (year < 1) {
      throw InvalidValueException.of("year", "must be 1 or more (year 0 is not discounted)", year);
    }
    for (int i = 0; i < lastYears.length; i++) {
      if (year <= lastYears[i]) {
        return rates[i];
      }
    }
    return rates[rates.length - 1];
  }

  /**
   * Gets the discount factor of a year: the present value of 1 received then.
   *
   * @param year  the year, from 0 to {@link #MAX_YEAR}
   * @return the factor at {@value Scales#FACTOR} decimal places, half-even (computed to 34 significant
   *     digits, then rounded), 1 for year 0 and never more than 1, not null
   * @throws InvalidValueException if the year is negative or above {@link #MAX_YEAR}
   */
  public synchronized BigDecimal factor(int year) {
    checkYear("year", year);
    if (factors.isEmpty()) {
      factors.add(BigDecimal.ONE);
    }
    while (factors.size() <= year) {
      int y = factors.size();
      factors.add(factors.get(y - 1).divide(BigDecimal.ONE.add(rate(y)), MathContext.DECIMAL128));
    }
    return Scales.factor(factors.get(year));
  }

  /**
   * Checks an appraisal year is from 0 to {@link #MAX_YEAR}.
   *
   * @param field  the field's name for the message, not null
   * @param year  the year
   * @return the year
   * @throws InvalidValueException naming the field and value if it is out of range
   */
  public static int checkYear(String field, int year) {
    if (year < 0 || year > MAX_YEAR) {
      throw InvalidValueException.of(field, "must be from 0 to " + MAX_YEAR, year);
    }
    return year;
  }

  /**
   * Returns the description, such as {@code Green Book (3.5% to year 30, declining after)}.
   *
   * @return the description, not null
   */
  @Override
  public String toString() {
    return description;
  }
}
