package org.c2model.json.internal;

import static org.c2model.json.internal.C2JsonNames.ADJUSTMENTS;
import static org.c2model.json.internal.C2JsonNames.AFTER_ATTRIBUTION;
import static org.c2model.json.internal.C2JsonNames.AFTER_DEADWEIGHT;
import static org.c2model.json.internal.C2JsonNames.AGENCY;
import static org.c2model.json.internal.C2JsonNames.AMOUNT;
import static org.c2model.json.internal.C2JsonNames.APPRAISAL;
import static org.c2model.json.internal.C2JsonNames.ATTRIBUTION;
import static org.c2model.json.internal.C2JsonNames.AVOIDED_EVENTS;
import static org.c2model.json.internal.C2JsonNames.BENEFITS_BY_AGENCY;
import static org.c2model.json.internal.C2JsonNames.BENEFIT_COST_RATIO;
import static org.c2model.json.internal.C2JsonNames.COST;
import static org.c2model.json.internal.C2JsonNames.COSTS;
import static org.c2model.json.internal.C2JsonNames.CURRENCY;
import static org.c2model.json.internal.C2JsonNames.DEADWEIGHT;
import static org.c2model.json.internal.C2JsonNames.DEFAULT_ADJUSTMENTS;
import static org.c2model.json.internal.C2JsonNames.DISCOUNT_FACTOR;
import static org.c2model.json.internal.C2JsonNames.DISCOUNT_SCHEDULE;
import static org.c2model.json.internal.C2JsonNames.EVENTS;
import static org.c2model.json.internal.C2JsonNames.FIRST_YEAR;
import static org.c2model.json.internal.C2JsonNames.GROSS;
import static org.c2model.json.internal.C2JsonNames.INDICATOR_ID;
import static org.c2model.json.internal.C2JsonNames.INVESTMENTS;
import static org.c2model.json.internal.C2JsonNames.INVESTMENT_BY_AGENCY;
import static org.c2model.json.internal.C2JsonNames.LAST_YEAR;
import static org.c2model.json.internal.C2JsonNames.LINES;
import static org.c2model.json.internal.C2JsonNames.LOWER;
import static org.c2model.json.internal.C2JsonNames.NET;
import static org.c2model.json.internal.C2JsonNames.NOTE;
import static org.c2model.json.internal.C2JsonNames.NPV;
import static org.c2model.json.internal.C2JsonNames.NPV_LOWER;
import static org.c2model.json.internal.C2JsonNames.NPV_UPPER;
import static org.c2model.json.internal.C2JsonNames.OPTIMISM_BIAS;
import static org.c2model.json.internal.C2JsonNames.PAYBACK_YEAR;
import static org.c2model.json.internal.C2JsonNames.PER_YEAR;
import static org.c2model.json.internal.C2JsonNames.PRESENT_VALUE;
import static org.c2model.json.internal.C2JsonNames.PRESENT_VALUE_BY_VALUE_TYPE;
import static org.c2model.json.internal.C2JsonNames.PRESENT_VALUE_OF_BENEFITS;
import static org.c2model.json.internal.C2JsonNames.PRESENT_VALUE_OF_INVESTMENT;
import static org.c2model.json.internal.C2JsonNames.PRICE_YEAR;
import static org.c2model.json.internal.C2JsonNames.SOURCE;
import static org.c2model.json.internal.C2JsonNames.UNIT;
import static org.c2model.json.internal.C2JsonNames.UNIT_COSTS;
import static org.c2model.json.internal.C2JsonNames.UPPER;
import static org.c2model.json.internal.C2JsonNames.VALUE_TYPE;
import static org.c2model.json.internal.C2JsonNames.WARNINGS;
import static org.c2model.json.internal.C2JsonNames.YEAR;

import org.c2model.metrics.savings.Adjustments;
import org.c2model.metrics.savings.AgencyCode;
import org.c2model.metrics.savings.AvoidedEvents;
import org.c2model.metrics.savings.Investment;
import org.c2model.metrics.savings.PriceYear;
import org.c2model.metrics.savings.SavingsAppraisal;
import org.c2model.metrics.savings.SavingsEstimate;
import org.c2model.metrics.savings.SavingsLine;
import org.c2model.metrics.savings.UnitCost;
import org.c2model.metrics.savings.UnitCostTable;
import org.c2model.metrics.savings.ValueType;

/**
 * The codecs of c2-metrics' {@code org.c2model.metrics.savings}: the {@code unit_cost_table}
 * document, the JSON twin of the unit-cost CSV (same facts, camelCase names), and the invest-to-save
 * estimate of an evaluation report.
 * <p>
 * An estimate is written with its inputs, every step of every line and the totals c2-metrics derives
 * from them (NPV, benefit-cost ratio, payback, by agency, by value type). Amounts are money,
 * {@code {"amount": "1500.00", "currency": "GBP"}}; events, shares and discount factors are decimal
 * strings like amounts. It is a result c2 computes: written, never read; its inputs appear only in
 * it and are written only.
 */
public final class SavingsCodecs {

  private SavingsCodecs() {}

  /** A price year as its financial year, such as {@code "2013/14"}. */
  public static final Codec<PriceYear> PRICE_YEAR_CODEC = Scalars.textForm(PriceYear.class, PriceYear::parse, PriceYear::toString);
  /** An agency code, such as {@code "police"} or {@code "local_authority"}. */
  public static final Codec<AgencyCode> AGENCY_CODE = Scalars.textForm(AgencyCode.class, AgencyCode::of, AgencyCode::toString);
  /** A value type as its code, such as {@code "fiscal"}. */
  public static final Codec<ValueType> VALUE_TYPE_CODE = Scalars.codes(ValueType.class, ValueType::code);

  /** One unit cost. */
  public static final ObjectCodec<UnitCost, UnitCost.Builder> UNIT_COST =
      ObjectCodec.of(UnitCost.class, UnitCost::builder, b -> b.build())
          .field(INDICATOR_ID, Scalars.TEXT, UnitCost::indicatorId, (b, v) -> b.indicatorId(v))
          .field(COST, CoreCodecs.MONEY, UnitCost::cost, (b, v) -> b.cost(v))
          .field(UNIT, Scalars.TEXT, UnitCost::unit, (b, v) -> b.unit(v))
          .field(PRICE_YEAR, PRICE_YEAR_CODEC, UnitCost::priceYear, (b, v) -> b.priceYear(v))
          .field(AGENCY, AGENCY_CODE, UnitCost::agency, (b, v) -> b.agency(v))
          .field(VALUE_TYPE, VALUE_TYPE_CODE, UnitCost::valueType, (b, v) -> b.valueType(v))
          .field(SOURCE, Scalars.TEXT, UnitCost::source, (b, v) -> b.source(v))
          .optional(NOTE, Scalars.TEXT, UnitCost::note, (b, v) -> b.note(v))
          .build();

  /** A unit-cost table; also the {@code unit_cost_table} document. */
  public static final ObjectCodec<UnitCostTable, Values> UNIT_COST_TABLE =
      ObjectCodec.of(UnitCostTable.class, Values::new, v -> UnitCostTable.of(v.<UnitCost>list(COSTS)))
          .list(COSTS, UNIT_COST, UnitCostTable::costs, (b, v) -> b.put(COSTS, v))
          .build();

  private static final String WRITE_ONLY = "an invest-to-save estimate is written, not read: recompute it "
      + "with SavingsAppraisal.evaluate() or Evaluation.run()";

  /** The adjustments from gross to net saving, each share a decimal string; write-only. */
  public static final ObjectCodec<Adjustments, Void> ADJUSTMENTS_CODEC =
      ObjectCodec.writeOnly(Adjustments.class, WRITE_ONLY)
          .field(DEADWEIGHT, Scalars.DECIMAL, Adjustments::deadweight, null)
          .field(ATTRIBUTION, Scalars.DECIMAL, Adjustments::attribution, null)
          .field(OPTIMISM_BIAS, Scalars.DECIMAL, Adjustments::optimismBias, null)
          .build();

  /** The events avoided a year for one indicator, with optional bounds; write-only. */
  public static final ObjectCodec<AvoidedEvents, Void> AVOIDED_EVENTS_CODEC =
      ObjectCodec.writeOnly(AvoidedEvents.class, WRITE_ONLY)
          .field(INDICATOR_ID, Scalars.TEXT, AvoidedEvents::indicatorId, null)
          .field(PER_YEAR, Scalars.DECIMAL, AvoidedEvents::perYear, null)
          .optional(LOWER, Scalars.DECIMAL, AvoidedEvents::lower, null)
          .optional(UPPER, Scalars.DECIMAL, AvoidedEvents::upper, null)
          .field(FIRST_YEAR, Scalars.INTEGER, AvoidedEvents::firstYear, null)
          .field(LAST_YEAR, Scalars.INTEGER, AvoidedEvents::lastYear, null)
          .build();

  /** An investment by an agency in an appraisal year; write-only. */
  public static final ObjectCodec<Investment, Void> INVESTMENT =
      ObjectCodec.writeOnly(Investment.class, WRITE_ONLY)
          .field(AGENCY, AGENCY_CODE, Investment::agency, null)
          .field(YEAR, Scalars.INTEGER, Investment::year, null)
          .field(AMOUNT, CoreCodecs.MONEY, Investment::amount, null)
          .field(PRICE_YEAR, PRICE_YEAR_CODEC, Investment::priceYear, null)
          .build();

  /**
   * The inputs of an invest-to-save case; write-only. The adjustments of particular indicators are
   * an object keyed by indicator id; the discount schedule is described in words, such as
   * {@code "Green Book (3.5% to year 30, declining after)"}.
   */
  public static final ObjectCodec<SavingsAppraisal, Void> SAVINGS_APPRAISAL =
      ObjectCodec.writeOnly(SavingsAppraisal.class, WRITE_ONLY)
          .field(PRICE_YEAR, PRICE_YEAR_CODEC, SavingsAppraisal::priceYear, null)
          .field(CURRENCY, Scalars.CURRENCY, SavingsAppraisal::currency, null)
          .field(UNIT_COSTS, UNIT_COST_TABLE, SavingsAppraisal::unitCosts, null)
          .list(AVOIDED_EVENTS, AVOIDED_EVENTS_CODEC, SavingsAppraisal::avoidedEvents, null)
          .list(INVESTMENTS, INVESTMENT, SavingsAppraisal::investments, null)
          .field(DEFAULT_ADJUSTMENTS, ADJUSTMENTS_CODEC, SavingsAppraisal::defaultAdjustments, null)
          .field(ADJUSTMENTS, Scalars.writeOnlyMap(s -> s, ADJUSTMENTS_CODEC, WRITE_ONLY),
              SavingsAppraisal::adjustments, null)
          .field(DISCOUNT_SCHEDULE, Scalars.TEXT, a -> a.discountSchedule().toString(), null)
          .build();

  /** One step-by-step row: one indicator's cost to one agency in one year; write-only. */
  public static final ObjectCodec<SavingsLine, Void> SAVINGS_LINE =
      ObjectCodec.writeOnly(SavingsLine.class, WRITE_ONLY)
          .field(INDICATOR_ID, Scalars.TEXT, SavingsLine::indicatorId, null)
          .field(AGENCY, AGENCY_CODE, SavingsLine::agency, null)
          .field(VALUE_TYPE, VALUE_TYPE_CODE, SavingsLine::valueType, null)
          .field(YEAR, Scalars.INTEGER, SavingsLine::year, null)
          .field(EVENTS, Scalars.DECIMAL, SavingsLine::events, null)
          .field(C2JsonNames.UNIT_COST, CoreCodecs.MONEY, SavingsLine::unitCost, null)
          .field(GROSS, CoreCodecs.MONEY, SavingsLine::gross, null)
          .field(AFTER_DEADWEIGHT, CoreCodecs.MONEY, SavingsLine::afterDeadweight, null)
          .field(AFTER_ATTRIBUTION, CoreCodecs.MONEY, SavingsLine::afterAttribution, null)
          .field(NET, CoreCodecs.MONEY, SavingsLine::net, null)
          .field(DISCOUNT_FACTOR, Scalars.DECIMAL, SavingsLine::discountFactor, null)
          .field(PRESENT_VALUE, CoreCodecs.MONEY, SavingsLine::presentValue, null)
          .build();

  /**
   * An invest-to-save estimate: its appraisal, lines, and the totals c2-metrics derives from them;
   * write-only. The benefit-cost ratio is a decimal string, left out when nothing was invested; the
   * payback year is left out when the investment is not paid back within the appraisal.
   */
  public static final ObjectCodec<SavingsEstimate, Void> SAVINGS_ESTIMATE =
      ObjectCodec.writeOnly(SavingsEstimate.class, WRITE_ONLY)
          .field(APPRAISAL, SAVINGS_APPRAISAL, SavingsEstimate::appraisal, null)
          .list(LINES, SAVINGS_LINE, SavingsEstimate::lines, null)
          .field(GROSS, CoreCodecs.MONEY, SavingsEstimate::gross, null)
          .field(AFTER_DEADWEIGHT, CoreCodecs.MONEY, SavingsEstimate::afterDeadweight, null)
          .field(AFTER_ATTRIBUTION, CoreCodecs.MONEY, SavingsEstimate::afterAttribution, null)
          .field(NET, CoreCodecs.MONEY, SavingsEstimate::net, null)
          .field(PRESENT_VALUE_OF_BENEFITS, CoreCodecs.MONEY, SavingsEstimate::presentValueOfBenefits, null)
          .field(PRESENT_VALUE_OF_INVESTMENT, CoreCodecs.MONEY, SavingsEstimate::presentValueOfInvestment, null)
          .field(NPV, CoreCodecs.MONEY, SavingsEstimate::npv, null)
          .optional(NPV_LOWER, CoreCodecs.MONEY, SavingsEstimate::npvLower, null)
          .optional(NPV_UPPER, CoreCodecs.MONEY, SavingsEstimate::npvUpper, null)
          .optional(BENEFIT_COST_RATIO, Scalars.DECIMAL, SavingsEstimate::benefitCostRatio, null)
          .optional(PAYBACK_YEAR, Scalars.INTEGER, e -> Scalars.boxed(e.paybackYear()), null)
          .field(BENEFITS_BY_AGENCY, Scalars.writeOnlyMap(AgencyCode::toString, CoreCodecs.MONEY, WRITE_ONLY),
              SavingsEstimate::benefitsByAgency, null)
          .field(INVESTMENT_BY_AGENCY, Scalars.writeOnlyMap(AgencyCode::toString, CoreCodecs.MONEY, WRITE_ONLY),
              SavingsEstimate::investmentByAgency, null)
          .field(PRESENT_VALUE_BY_VALUE_TYPE, Scalars.writeOnlyMap(ValueType::code, CoreCodecs.MONEY, WRITE_ONLY),
              SavingsEstimate::presentValueByValueType, null)
          .list(WARNINGS, Scalars.TEXT, SavingsEstimate::warnings, null)
          .build();
}
