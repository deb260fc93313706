package org.c2model.metrics.savings;

import org.c2model.core.Money;
import org.c2model.core.InvalidValueException;
import org.c2model.core.internal.Checks;
import org.immutables.value.Value;

/**
 * Money an agency puts into the partnership in one appraisal year, such as the council's GBP 20,000
 * in year 0 at 2013/14 prices (HM Treasury / GMCA, 2014: show which agency invests and which benefits).
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Investment {

  Investment() {}

  /**
   * Gets the investing agency.
   *
   * @return the agency, not null
   */
  @Value.Parameter
  public abstract AgencyCode agency();

  /**
   * Gets the appraisal year of the investment.
   *
   * @return the year, from 0 to {@link DiscountSchedule#MAX_YEAR}
   */
  @Value.Parameter
  public abstract int year();

  /**
   * Gets the amount.
   *
   * @return the amount, zero or more, not null
   */
  @Value.Parameter
  public abstract Money amount();

  /**
   * Gets the price year of the amount.
   *
   * @return the price year, not null
   */
  @Value.Parameter
  public abstract PriceYear priceYear();

  /**
   * Gets what the investment is, such as {@code staff time: 24 h x GBP 30.00 (partnership meetings)}.
   *
   * @return the note, empty for money put in, not null
   */
  public abstract java.util.Optional<String> note();

  /**
   * Obtains an investment with a note of what it is.
   *
   * @param agency  the investing agency, not null
   * @param year  the appraisal year, from 0 to {@link DiscountSchedule#MAX_YEAR}
   * @param amount  the amount, zero or more, not null
   * @param priceYear  its price year, not null
   * @param note  what it is, such as staff time, not blank
   * @return the investment, not null
   * @throws InvalidValueException if the year is out of range, the amount negative or the note blank
   */
  public static Investment of(AgencyCode agency, int year, Money amount, PriceYear priceYear, String note) {
    return ImmutableInvestment.builder().agency(agency).year(year).amount(amount).priceYear(priceYear).note(note)
        .build();
  }

  /**
   * Obtains an investment.
   *
   * @param agency  the investing agency, not null
   * @param year  the appraisal year, from 0 to {@link DiscountSchedule#MAX_YEAR}
   * @param amount  the amount, zero or more, not null
   * @param priceYear  its price year, not null
   * @return the investment, not null
   * @throws InvalidValueException if the year is outside 0 to {@link DiscountSchedule#MAX_YEAR} or the amount is negative
   */
  public static Investment of(AgencyCode agency, int year, Money amount, PriceYear priceYear) {
    return ImmutableInvestment.of(agency, year, amount, priceYear);
  }

  /**
   * Gets the present value of the investment: its amount times the discount factor of its year,
   * rounded half-even to pence ({@link Scales}).
   *
   * @param schedule  the discount schedule, not null
   * @return the present value, not null
   */
  public Money presentValue(DiscountSchedule schedule) {
    return Scales.money(amount().times(schedule.factor(year())));
  }

  @Value.Check
  void check() {
    DiscountSchedule.checkYear("year", year());
    if (note().isPresent() && note().get().isBlank()) {
      throw InvalidValueException.of("note", "must not be blank", "'" + note().get() + "'");
    }
    if (amount().isNegative()) {
      throw InvalidValueException.of("amount", "must not be negative", amount());
    }
  }

  /**
   * Returns a one-line summary, such as {@code local_authority GBP 20000.00 in year 0 (2013/14 prices)}.
   *
   * @return the summary, not null
   */
  @Override
  public String toString() {
    return agency() + " " + amount() + " in year " + year() + " (" + priceYear() + " prices)"
        + note().map(n -> ": " + n).orElse("");
  }
}
