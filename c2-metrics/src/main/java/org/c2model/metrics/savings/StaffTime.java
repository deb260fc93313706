package org.c2model.metrics.savings;

import org.c2model.core.internal.Checks;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.c2model.core.InvalidValueException;
import org.c2model.core.Money;
import org.immutables.value.Value;

/**
 * Hours an agency's staff give to the partnership in one appraisal year, such as 24 hours of police
 * time at partnership meetings in year 1: C2 is an intensive form of intervention, and the time agency
 * staff spend at meetings, facilitation and the listening event is a cost any appraisal must count
 * (<i>Positively Local</i> sec. 2; {@code docs/c2-model.md} section 5; HM Treasury / GMCA, 2014: costs by
 * year and agency, including in-kind staff time).
 * <p>
 * It is valued at the agency's hourly cost from a {@link UnitCostTable}: the row with indicator id
 * {@value #HOURLY_COST_ID} and that agency.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class StaffTime {

  /** The unit-cost table's indicator id for an hour of an agency's staff time. */
  public static final String HOURLY_COST_ID = "staff-hour";
  /** The most hours one entry may hold: a full-time post for the 100 years an appraisal can reach. */
  public static final BigDecimal MAX_HOURS = new BigDecimal("200000");

  StaffTime() {}

  /**
   * Gets the agency whose staff give the time.
   *
   * @return the agency, not null
   */
  @Value.Parameter
  public abstract AgencyCode agency();

  /**
   * Gets the appraisal year.
   *
   * @return the year, from 0 to {@link DiscountSchedule#MAX_YEAR}
   */
  @Value.Parameter
  public abstract int year();

  /**
   * Gets the hours.
   *
   * @return the hours, from 0 to {@link #MAX_HOURS}, not null
   */
  @Value.Parameter
  public abstract BigDecimal hours();

  /**
   * Gets what the time is spent on, such as {@code partnership meetings}.
   *
   * @return the activity, not blank
   */
  @Value.Parameter
  public abstract String activity();

  /**
   * Obtains staff time.
   *
   * @param agency  the agency, not null
   * @param year  the appraisal year, from 0 to {@link DiscountSchedule#MAX_YEAR}
   * @param hours  the hours, from 0 to {@link #MAX_HOURS}, not null
   * @param activity  what the time is spent on, not blank
   * @return the staff time, not null
   * @throws InvalidValueException naming the field that is out of range
   */
  public static StaffTime of(AgencyCode agency, int year, String hours, String activity) {
    return ImmutableStaffTime.of(agency, year, new BigDecimal(hours), activity);
  }

  /**
   * Values the time at the agency's hourly cost, as an investment of that agency in that year.
   *
   * @param costs  the table holding the agency's {@value #HOURLY_COST_ID} row, at the price year, not null
   * @param priceYear  the appraisal's price year, not null
   * @return the investment, with a note of hours and rate, not null
   * @throws InvalidValueException if the table has no hourly cost for the agency
   */
  public Investment value(UnitCostTable costs, PriceYear priceYear) {
    List<UnitCost> rows = costs.forIndicator(HOURLY_COST_ID).stream().filter(c -> c.agency().equals(agency())).toList();
    if (rows.size() != 1) {
      throw InvalidValueException.of("unitCosts[" + HOURLY_COST_ID + "][" + agency() + "]",
          "must hold exactly one hourly staff cost for the agency", rows.size() + " rows");
    }
    Money rate = rows.get(0).cost();
    return Investment.of(agency(), year(), Scales.money(rate.times(hours())), priceYear, "staff time: "
        + hours().stripTrailingZeros().toPlainString() + " h x " + rate.currency().getCurrencyCode() + " "
        + rate.amount().setScale(2, RoundingMode.HALF_EVEN).toPlainString() + " (" + activity() + ")");
  }

  @Value.Check
  void check() {
    DiscountSchedule.checkYear("year", year());
    if (hours().signum() < 0 || hours().compareTo(MAX_HOURS) > 0) {
      throw InvalidValueException.of("hours", "must be from 0 to " + MAX_HOURS, hours());
    }
    Checks.notBlank(activity(), "activity");
  }

  @Override
  public String toString() {
    return agency() + " " + hours().stripTrailingZeros().toPlainString() + " h in year " + year() + " (" + activity() + ")";
  }
}
