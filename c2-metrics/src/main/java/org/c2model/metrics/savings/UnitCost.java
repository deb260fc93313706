package org.c2model.metrics.savings;

import org.c2model.core.Money;
import java.util.Optional;
import org.c2model.core.InvalidValueException;
import org.c2model.core.internal.Checks;
import org.immutables.value.Value;

/**
 * What one unit of a costable indicator costs one agency, such as {@code burglary}: GBP 683.00 per
 * incident to the police at 2010/11 prices, fiscal, from the GMCA Unit Cost Database
 * (<i>Positively Local</i> sec. 5; {@code docs/c2-model.md} section 5: indicators correlated with
 * significant cost savings).
 * <p>
 * Kept apart as HM Treasury / GMCA (2014) require: the agency that bears the cost, its price year, and
 * whether it is fiscal, economic or social value. The source citation travels with the number.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class UnitCost {

  UnitCost() {}

  /**
   * Gets the id of the long-term indicator the cost applies to, such as {@code burglary}.
   *
   * @return the id, not blank
   */
  public abstract String indicatorId();

  /**
   * Gets the cost of one unit.
   *
   * @return the cost, zero or more, not null
   */
  public abstract Money cost();

  /**
   * Gets the unit, such as {@code per incident}.
   *
   * @return the unit, not blank
   */
  public abstract String unit();

  /**
   * Gets the price year of the cost.
   *
   * @return the price year, not null
   */
  public abstract PriceYear priceYear();

  /**
   * Gets the agency that bears the cost.
   *
   * @return the agency, not null
   */
  public abstract AgencyCode agency();

  /**
   * Gets the kind of value.
   *
   * @return the value type, not null
   */
  public abstract ValueType valueType();

  /**
   * Gets the source the cost was taken from.
   *
   * @return the citation, not blank
   */
  public abstract String source();

  /**
   * Gets a note on how the cost applies, such as "proxy".
   *
   * @return the note, empty if none
   */
  public abstract Optional<String> note();

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder of {@link UnitCost}; {@code build()} checks every invariant. */
  public static final class Builder extends ImmutableUnitCost.Builder {
    Builder() {}
  }

  /**
   * Returns a copy of this cost at another price year.
   *
   * @param newCost  the cost at the new price year, not null
   * @param newYear  the new price year, not null
   * @return the copy, not null
   */
  UnitCost at(Money newCost, PriceYear newYear) {
    return builder().from(this).cost(newCost).priceYear(newYear).build();
  }

  @Value.Check
  void check() {
    Checks.notBlank(indicatorId(), "indicatorId");
    Checks.notBlank(unit(), "unit");
    Checks.notBlank(source(), "source");
    if (cost().isNegative()) {
      throw InvalidValueException.of("cost", "must not be negative", cost());
    }
  }

  /**
   * Returns a one-line summary, such as
   * {@code burglary: GBP 683.00 per incident, 2010/11 prices, police, fiscal}.
   *
   * @return the summary, not null
   */
  @Override
  public String toString() {
    return indicatorId() + ": " + cost() + " " + unit() + ", " + priceYear() + " prices, " + agency() + ", "
        + valueType().code();
  }
}
