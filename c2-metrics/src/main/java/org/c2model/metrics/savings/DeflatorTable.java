package org.c2model.metrics.savings;

import org.c2model.core.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.c2model.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * A price index by financial year, supplied by the user, such as HM Treasury's GDP deflators, used to
 * uprate costs to a chosen price year (HM Treasury, <em>The Green Book</em>: appraisals are in real
 * terms, at one year's prices).
 * <p>
 * Uprating multiplies by {@code index(to) / index(from)}; a year missing from the table is refused.
 * c2 ships no deflators: use the current HM Treasury series (c2-csv's
 * {@code org.c2model.csv.DeflatorCsv} reads them from a CSV file).
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class DeflatorTable {

  /** The precision of the division, before the ratio is rounded to {@link Scales#FACTOR} places. */
  static final MathContext PRECISION = MathContext.DECIMAL128;

  DeflatorTable() {}

  /**
   * Gets the index of each price year, in year order.
   *
   * @return the indices, each positive, not null
   */
  public abstract Map<PriceYear, BigDecimal> indices();

  /**
   * Obtains a table from indices by year.
   *
   * @param indices  the index of each year, positive, not null, no null key or value
   * @return the table, not null
   * @throws InvalidValueException if an index is not positive
   */
  public static DeflatorTable of(Map<PriceYear, BigDecimal> indices) {
    Objects.requireNonNull(indices, "indices");
    Map<PriceYear, BigDecimal> sorted = new TreeMap<>();
    for (Map.Entry<PriceYear, BigDecimal> e : indices.entrySet()) {
      PriceYear year = Objects.requireNonNull(e.getKey(), "indices key");
      sorted.put(year, Objects.requireNonNull(e.getValue(), "indices[" + year + "]"));
    }
    return ImmutableDeflatorTable.builder().indices(sorted).build();
  }

  /**
   * Gets the factor that converts prices of one year to another.
   *
   * @param from  the price year of the cost, not null
   * @param to  the wanted price year, not null
   * @return {@code index(to) / index(from)} at {@value Scales#FACTOR} decimal places, half-even, not null
   * @throws InvalidValueException if either year is missing from the table
   */
  public BigDecimal factor(PriceYear from, PriceYear to) {
    return Scales.factor(index(to, "to").divide(index(from, "from"), PRECISION));
  }

  /**
   * Uprates an amount from one price year to another.
   *
   * @param amount  the amount, not null
   * @param from  its price year, not null
   * @param to  the wanted price year, not null
   * @return the amount at {@code to} prices, rounded half-even to pence ({@link Scales}); the amount as
   *     given when the years are the same, not null
   * @throws InvalidValueException if either year is missing from the table
   */
  public Money uprate(Money amount, PriceYear from, PriceYear to) {
    Objects.requireNonNull(amount, "amount");
    return from.equals(to) ? amount : Scales.money(amount.times(factor(from, to)));
  }

  private BigDecimal index(PriceYear year, String field) {
    Objects.requireNonNull(year, field);
    BigDecimal index = indices().get(year);
    if (index == null) {
      throw InvalidValueException.of(field, "must be a price year in the deflator table " + indices().keySet(), year);
    }
    return index;
  }

  @Value.Check
  void check() {
    indices().forEach((year, index) -> {
      if (index.signum() <= 0) {
        throw InvalidValueException.of("indices[" + year + "]", "must be positive", index);
      }
    });
  }

  /**
   * Returns the indices, such as {@code DeflatorTable{2010/11=85.0, 2013/14=89.1}}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return "DeflatorTable" + indices();
  }
}
