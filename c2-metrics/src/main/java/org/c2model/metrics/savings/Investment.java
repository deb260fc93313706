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
   * @return the year, 0 or more
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
   * Obtains an investment.
   *
   * @param agency  the investing agency, not null
   * @param year  the appraisal year, 0 or more
   * @param amount  the amount, zero or more, not null
   * @param priceYear  its price year, not null
   * @return the investment, not null
   * @throws InvalidValueException if the year or amount is negative
   */
  public static Investment of(AgencyCode agency, int year, Money amount, PriceYear priceYear) {
    return ImmutableInvestment.of(agency, year, amount, priceYear);
  }

  @Value.Check
  void check() {
    Checks.notNegative(year(), "year");
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
    return agency() + " " + amount() + " in year " + year() + " (" + priceYear() + " prices)";
  }
}
