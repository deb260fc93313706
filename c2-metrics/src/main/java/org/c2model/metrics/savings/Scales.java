package org.c2model.metrics.savings;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.c2model.core.Money;

/**
 * The stated scales of every figure an appraisal creates, so a report adds up exactly and a CRM
 * reads amounts it can book ({@code docs/json-format.md}, "Money and factors").
 * <ul>
 *   <li>Money is rounded half-even to the currency's minor unit, pence for GBP (scale 2), where it
 *       is created: each uprated unit cost, each amount of each {@link SavingsLine} (gross, after
 *       deadweight, after attribution, net, present value) and the present value of each
 *       {@link Investment}. Totals, NPVs and the splits by agency and value type are sums of those
 *       rounded amounts, so they equal the sum of their parts to the penny.</li>
 *   <li>Discount factors ({@link DiscountSchedule#factor(int)}), deflator ratios
 *       ({@link DeflatorTable#factor(PriceYear, PriceYear)}) and a deadweight derived from a
 *       comparator ({@link Adjustments#deadweightFromComparator}) have {@value #FACTOR} decimal places: on
 *       any amount below ten million pounds, an error of less than a tenth of a penny.</li>
 *   <li>The benefit-cost ratio and its bounds have {@value #RATIO} decimal places.</li>
 *   <li>Events avoided in a year have {@value #EVENTS} decimal places.</li>
 * </ul>
 * Inputs (unit costs as given, investments, adjustments, persistence) are kept as given. All
 * rounding is {@link RoundingMode#HALF_EVEN}, as HM Treasury's tables and the JSON format assume.
 */
public final class Scales {

  /** The decimal places of discount factors and deflator ratios. */
  public static final int FACTOR = 10;
  /** The decimal places of benefit-cost ratios. */
  public static final int RATIO = 4;
  /** The decimal places of events avoided in a year. */
  public static final int EVENTS = 4;
  /** How every figure is rounded. */
  public static final RoundingMode ROUNDING = RoundingMode.HALF_EVEN;

  private Scales() {}

  /** Money rounded to the currency's minor unit (pence). */
  static Money money(Money amount) {
    return amount.rounded();
  }

  /** A discount factor or deflator ratio at {@link #FACTOR} decimal places. */
  static BigDecimal factor(BigDecimal factor) {
    return factor.setScale(FACTOR, ROUNDING);
  }

  /** A benefit-cost ratio at {@link #RATIO} decimal places. */
  static BigDecimal ratio(BigDecimal ratio) {
    return ratio.setScale(RATIO, ROUNDING);
  }

  /** Events avoided at {@link #EVENTS} decimal places. */
  static BigDecimal events(BigDecimal events) {
    return events.setScale(EVENTS, ROUNDING);
  }
}
