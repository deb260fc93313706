package org.c2model.metrics.savings;

import org.c2model.core.Money;
import java.math.BigDecimal;
import org.c2model.core.InvalidValueException;
import org.c2model.core.internal.Checks;
import org.immutables.value.Value;

/**
 * One step-by-step row of an invest-to-save calculation: one indicator's cost to one agency in one
 * appraisal year, from gross saving through each adjustment to present value (HM Treasury / GMCA,
 * 2014; HM Treasury, <em>The Green Book</em>).
 * <p>
 * gross = events &times; unit cost; after deadweight = gross &times; (1 &minus; deadweight); after
 * attribution = that &times; attribution; net = that &times; (1 &minus; optimism bias); present value =
 * net &times; discount factor. Each amount is rounded half-even to pence as it is computed, from the
 * rounded amount before it; events have {@value Scales#EVENTS} and the discount factor
 * {@value Scales#FACTOR} decimal places ({@link Scales}).
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SavingsLine {

  SavingsLine() {}

  /**
   * Gets the indicator's id.
   *
   * @return the id, not null
   */
  public abstract String indicatorId();

  /**
   * Gets the agency whose cost is saved.
   *
   * @return the agency, not null
   */
  public abstract AgencyCode agency();

  /**
   * Gets the kind of value saved.
   *
   * @return the value type, not null
   */
  public abstract ValueType valueType();

  /**
   * Gets the appraisal year.
   *
   * @return the year, from 0 to {@link DiscountSchedule#MAX_YEAR}
   */
  public abstract int year();

  /**
   * Gets the events avoided in the year.
   *
   * @return the events, not null
   */
  public abstract BigDecimal events();

  /**
   * Gets the unit cost applied.
   *
   * @return the unit cost, not null
   */
  public abstract Money unitCost();

  /**
   * Gets the gross saving: events times unit cost.
   *
   * @return the gross saving, not null
   */
  public abstract Money gross();

  /**
   * Gets the saving after removing deadweight.
   *
   * @return the saving, not null
   */
  public abstract Money afterDeadweight();

  /**
   * Gets the saving after attribution to the partnership.
   *
   * @return the saving, not null
   */
  public abstract Money afterAttribution();

  /**
   * Gets the net saving, after optimism bias, undiscounted.
   *
   * @return the net saving, not null
   */
  public abstract Money net();

  /**
   * Gets the discount factor of the year.
   *
   * @return the factor, from 0 to 1, not null
   */
  public abstract BigDecimal discountFactor();

  /**
   * Gets the present value of the net saving.
   *
   * @return the present value, not null
   */
  public abstract Money presentValue();

  /**
   * Returns a builder, for a line stored earlier (such as read back from a document); lines are
   * computed by {@link SavingsAppraisal#evaluate()}.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link SavingsLine}; {@code build()} throws {@link InvalidValueException} naming the
   * field for a blank indicator id, a negative year or discount factor, or an amount in another
   * currency than the unit cost.
   */
  public static final class Builder extends ImmutableSavingsLine.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.notBlank(indicatorId(), "indicatorId");
    DiscountSchedule.checkYear("year", year());
    if (discountFactor().signum() < 0 || discountFactor().compareTo(java.math.BigDecimal.ONE) > 0) {
      throw InvalidValueException.of("discountFactor", "must be from 0 to 1", discountFactor());
    }
    String[] names = {"gross", "afterDeadweight", "afterAttribution", "net", "presentValue"};
    Money[] amounts = {gross(), afterDeadweight(), afterAttribution(), net(), presentValue()};
    for (int i = 0; i < names.length; i++) {
      if (!amounts[i].currency().equals(unitCost().currency())) {
        throw InvalidValueException.of(names[i], "must be in the unit cost's currency " + unitCost().currency(),
            amounts[i]);
      }
    }
  }

  /**
   * Returns a one-line summary, such as {@code asb-incidents police year 1: gross GBP 3360.00, PV GBP 1623.19}.
   *
   * @return the summary, not null
   */
  @Override
  public String toString() {
    return indicatorId() + " " + agency() + " year " + year() + ": gross " + gross() + ", net " + net() + ", PV "
        + presentValue();
  }
}
