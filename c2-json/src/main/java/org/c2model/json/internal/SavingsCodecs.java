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
import static org.c2model.json.internal.C2JsonNames.ASSUMPTION;
import static org.c2model.json.internal.C2JsonNames.ATTRIBUTION_SPREAD;
import static org.c2model.json.internal.C2JsonNames.BCR_LOWER;
import static org.c2model.json.internal.C2JsonNames.BCR_UPPER;
import static org.c2model.json.internal.C2JsonNames.COUNTERFACTUALS;
import static org.c2model.json.internal.C2JsonNames.DEADWEIGHT_SPREAD;
import static org.c2model.json.internal.C2JsonNames.DRAWS;
import static org.c2model.json.internal.C2JsonNames.DROP_OFF_FROM;
import static org.c2model.json.internal.C2JsonNames.HIGH;
import static org.c2model.json.internal.C2JsonNames.LOW;
import static org.c2model.json.internal.C2JsonNames.NPV_AT_HIGH;
import static org.c2model.json.internal.C2JsonNames.NPV_AT_LOW;
import static org.c2model.json.internal.C2JsonNames.OPTIMISM_BIAS_SPREAD;
import static org.c2model.json.internal.C2JsonNames.PERSISTENCE;
import static org.c2model.json.internal.C2JsonNames.PERSISTENCE_SPREAD;
import static org.c2model.json.internal.C2JsonNames.SEED;
import static org.c2model.json.internal.C2JsonNames.SENSITIVITY;
import static org.c2model.json.internal.C2JsonNames.UNCERTAINTY;

import java.math.BigDecimal;
import java.util.List;
import org.c2model.core.InvalidValueException;
import org.c2model.core.Money;
import org.c2model.metrics.savings.Adjustments;
import org.c2model.metrics.savings.AgencyCode;
import org.c2model.metrics.savings.AvoidedEvents;
import org.c2model.metrics.savings.DiscountSchedule;
import org.c2model.metrics.savings.Investment;
import org.c2model.metrics.savings.PriceYear;
import org.c2model.metrics.savings.SavingsAppraisal;
import org.c2model.metrics.savings.SavingsEstimate;
import org.c2model.metrics.savings.SavingsLine;
import org.c2model.metrics.savings.Sensitivity;
import org.c2model.metrics.savings.Uncertainty;
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
 * strings like amounts. It is a result c2 computes from its appraisal: read back, the appraisal is
 * evaluated again and the rest must agree with it.
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

  /** A discount schedule as its description, such as {@code "Green Book (3.5% to year 30, declining after)"}. */
  public static final Codec<DiscountSchedule> DISCOUNT_SCHEDULE_CODEC =
      Scalars.textForm(DiscountSchedule.class, DiscountSchedule::parse, DiscountSchedule::toString);

  /** The adjustments from gross to net saving, each share a decimal string. */
  public static final ObjectCodec<Adjustments, Values> ADJUSTMENTS_CODEC =
      ObjectCodec.of(Adjustments.class, Values::new, v -> Adjustments.of(v.<BigDecimal>get(DEADWEIGHT),
              v.<BigDecimal>get(ATTRIBUTION), v.<BigDecimal>get(OPTIMISM_BIAS)))
          .field(DEADWEIGHT, Scalars.DECIMAL, Adjustments::deadweight, (b, v) -> b.put(DEADWEIGHT, v))
          .field(ATTRIBUTION, Scalars.DECIMAL, Adjustments::attribution, (b, v) -> b.put(ATTRIBUTION, v))
          .field(OPTIMISM_BIAS, Scalars.DECIMAL, Adjustments::optimismBias, (b, v) -> b.put(OPTIMISM_BIAS, v))
          .build();

  /** The events avoided a year for one indicator, with optional bounds. */
  public static final ObjectCodec<AvoidedEvents, AvoidedEvents.Builder> AVOIDED_EVENTS_CODEC =
      ObjectCodec.of(AvoidedEvents.class, AvoidedEvents::builder, AvoidedEvents.Builder::build)
          .field(INDICATOR_ID, Scalars.TEXT, AvoidedEvents::indicatorId, AvoidedEvents.Builder::indicatorId)
          .field(PER_YEAR, Scalars.DECIMAL, AvoidedEvents::perYear, AvoidedEvents.Builder::perYear)
          .optional(LOWER, Scalars.DECIMAL, AvoidedEvents::lower, AvoidedEvents.Builder::lower)
          .optional(UPPER, Scalars.DECIMAL, AvoidedEvents::upper, AvoidedEvents.Builder::upper)
          .field(FIRST_YEAR, Scalars.INTEGER, AvoidedEvents::firstYear, AvoidedEvents.Builder::firstYear)
          .field(LAST_YEAR, Scalars.INTEGER, AvoidedEvents::lastYear, AvoidedEvents.Builder::lastYear)
          .field(PERSISTENCE, Scalars.DECIMAL, AvoidedEvents::persistence, AvoidedEvents.Builder::persistence)
          .field(DROP_OFF_FROM, Scalars.INTEGER, AvoidedEvents::dropOffFrom, AvoidedEvents.Builder::dropOffFrom)
          .build();

  /** A Monte Carlo seed, as a decimal string (JSON numbers lose a long's precision in many readers). */
  static final Codec<Long> SEED_CODEC = Scalars.textForm(Long.class, SavingsCodecs::seed, l -> Long.toString(l));

  private static Long seed(String text) {
    if (!text.matches("-?[0-9]{1,19}")) {
      throw InvalidValueException.of(SEED, "must be a whole number of at most 19 digits", "'" + text + "'");
    }
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw InvalidValueException.of(SEED, "must be a 64-bit whole number", "'" + text + "'");
    }
  }

  /** The uncertainty of an appraisal's assumptions: draws, seed and each spread. */
  public static final ObjectCodec<Uncertainty, Uncertainty.Builder> UNCERTAINTY_CODEC =
      ObjectCodec.of(Uncertainty.class, Uncertainty::builder, Uncertainty.Builder::build)
          .field(DRAWS, Scalars.INTEGER, Uncertainty::draws, Uncertainty.Builder::draws)
          .field(SEED, SEED_CODEC, Uncertainty::seed, Uncertainty.Builder::seed)
          .field(DEADWEIGHT_SPREAD, Scalars.DECIMAL, Uncertainty::deadweightSpread, Uncertainty.Builder::deadweightSpread)
          .field(ATTRIBUTION_SPREAD, Scalars.DECIMAL, Uncertainty::attributionSpread,
              Uncertainty.Builder::attributionSpread)
          .field(OPTIMISM_BIAS_SPREAD, Scalars.DECIMAL, Uncertainty::optimismBiasSpread,
              Uncertainty.Builder::optimismBiasSpread)
          .field(PERSISTENCE_SPREAD, Scalars.DECIMAL, Uncertainty::persistenceSpread,
              Uncertainty.Builder::persistenceSpread)
          .build();

  /** One row of the one-way sensitivity table. */
  public static final ObjectCodec<Sensitivity, Values> SENSITIVITY_CODEC =
      ObjectCodec.of(Sensitivity.class, Values::new, v -> Sensitivity.of(v.get(ASSUMPTION), v.get(LOW), v.get(HIGH),
              v.<Money>get(NPV_AT_LOW), v.<Money>get(NPV_AT_HIGH)))
          .field(ASSUMPTION, Scalars.TEXT, Sensitivity::assumption, (b, v) -> b.put(ASSUMPTION, v))
          .field(LOW, Scalars.TEXT, Sensitivity::low, (b, v) -> b.put(LOW, v))
          .field(HIGH, Scalars.TEXT, Sensitivity::high, (b, v) -> b.put(HIGH, v))
          .field(NPV_AT_LOW, CoreCodecs.MONEY, Sensitivity::npvAtLow, (b, v) -> b.put(NPV_AT_LOW, v))
          .field(NPV_AT_HIGH, CoreCodecs.MONEY, Sensitivity::npvAtHigh, (b, v) -> b.put(NPV_AT_HIGH, v))
          .build();

  /** An investment by an agency in an appraisal year. */
  public static final ObjectCodec<Investment, Values> INVESTMENT =
      ObjectCodec.of(Investment.class, Values::new, v -> v.has(NOTE)
              ? Investment.of(v.get(AGENCY), v.<Integer>get(YEAR), v.<Money>get(AMOUNT), v.<PriceYear>get(PRICE_YEAR),
                  v.<String>get(NOTE))
              : Investment.of(v.get(AGENCY), v.<Integer>get(YEAR), v.<Money>get(AMOUNT), v.<PriceYear>get(PRICE_YEAR)))
          .field(AGENCY, AGENCY_CODE, Investment::agency, (b, v) -> b.put(AGENCY, v))
          .field(YEAR, Scalars.INTEGER, Investment::year, (b, v) -> b.put(YEAR, v))
          .field(AMOUNT, CoreCodecs.MONEY, Investment::amount, (b, v) -> b.put(AMOUNT, v))
          .field(PRICE_YEAR, PRICE_YEAR_CODEC, Investment::priceYear, (b, v) -> b.put(PRICE_YEAR, v))
          .optional(NOTE, Scalars.TEXT, Investment::note, (b, v) -> b.put(NOTE, v))
          .build();

  /**
   * The inputs of an invest-to-save case. The adjustments of particular indicators are an object
   * keyed by indicator id; the discount schedule is its description, such as
   * {@code "Green Book (3.5% to year 30, declining after)"} or {@code "constant 3.5%"}.
   */
  public static final ObjectCodec<SavingsAppraisal, SavingsAppraisal.Builder> SAVINGS_APPRAISAL =
      ObjectCodec.of(SavingsAppraisal.class, SavingsAppraisal::builder, SavingsAppraisal.Builder::build)
          .field(PRICE_YEAR, PRICE_YEAR_CODEC, SavingsAppraisal::priceYear, SavingsAppraisal.Builder::priceYear)
          .field(CURRENCY, Scalars.CURRENCY, SavingsAppraisal::currency, SavingsAppraisal.Builder::currency)
          .field(UNIT_COSTS, UNIT_COST_TABLE, SavingsAppraisal::unitCosts, SavingsAppraisal.Builder::unitCosts)
          .list(AVOIDED_EVENTS, AVOIDED_EVENTS_CODEC, SavingsAppraisal::avoidedEvents,
              SavingsAppraisal.Builder::avoidedEvents)
          .list(INVESTMENTS, INVESTMENT, SavingsAppraisal::investments, SavingsAppraisal.Builder::investments)
          .field(DEFAULT_ADJUSTMENTS, ADJUSTMENTS_CODEC, SavingsAppraisal::defaultAdjustments,
              SavingsAppraisal.Builder::defaultAdjustments)
          .field(ADJUSTMENTS, Scalars.map(s -> s, s -> s, ADJUSTMENTS_CODEC), SavingsAppraisal::adjustments,
              SavingsAppraisal.Builder::adjustments)
          .field(DISCOUNT_SCHEDULE, DISCOUNT_SCHEDULE_CODEC, SavingsAppraisal::discountSchedule,
              SavingsAppraisal.Builder::discountSchedule)
          .field(UNCERTAINTY, UNCERTAINTY_CODEC, SavingsAppraisal::uncertainty, SavingsAppraisal.Builder::uncertainty)
          .field(COUNTERFACTUALS, Scalars.TEXT_MAP, SavingsAppraisal::counterfactuals,
              SavingsAppraisal.Builder::counterfactuals)
          .build();

  /** One step-by-step row: one indicator's cost to one agency in one year. */
  public static final ObjectCodec<SavingsLine, SavingsLine.Builder> SAVINGS_LINE =
      ObjectCodec.of(SavingsLine.class, SavingsLine::builder, SavingsLine.Builder::build)
          .field(INDICATOR_ID, Scalars.TEXT, SavingsLine::indicatorId, SavingsLine.Builder::indicatorId)
          .field(AGENCY, AGENCY_CODE, SavingsLine::agency, SavingsLine.Builder::agency)
          .field(VALUE_TYPE, VALUE_TYPE_CODE, SavingsLine::valueType, SavingsLine.Builder::valueType)
          .field(YEAR, Scalars.INTEGER, SavingsLine::year, SavingsLine.Builder::year)
          .field(EVENTS, Scalars.DECIMAL, SavingsLine::events, SavingsLine.Builder::events)
          .field(C2JsonNames.UNIT_COST, CoreCodecs.MONEY, SavingsLine::unitCost, SavingsLine.Builder::unitCost)
          .field(GROSS, CoreCodecs.MONEY, SavingsLine::gross, SavingsLine.Builder::gross)
          .field(AFTER_DEADWEIGHT, CoreCodecs.MONEY, SavingsLine::afterDeadweight, SavingsLine.Builder::afterDeadweight)
          .field(AFTER_ATTRIBUTION, CoreCodecs.MONEY, SavingsLine::afterAttribution,
              SavingsLine.Builder::afterAttribution)
          .field(NET, CoreCodecs.MONEY, SavingsLine::net, SavingsLine.Builder::net)
          .field(DISCOUNT_FACTOR, Scalars.DECIMAL, SavingsLine::discountFactor, SavingsLine.Builder::discountFactor)
          .field(PRESENT_VALUE, CoreCodecs.MONEY, SavingsLine::presentValue, SavingsLine.Builder::presentValue)
          .build();

  /**
   * An invest-to-save estimate: its appraisal, lines, and the totals c2-metrics derives from them.
   * The benefit-cost ratio is a decimal string, left out when nothing was invested; the payback year
   * is left out when the investment is not paid back within the appraisal.
   * <p>
   * An estimate follows from its appraisal, so reading one evaluates the appraisal again; the lines,
   * NPV bounds, warnings and totals written must be the ones it gives, or the field that differs is
   * reported.
   */
  public static final ObjectCodec<SavingsEstimate, Derived<Values>> SAVINGS_ESTIMATE =
      ObjectCodec.of(SavingsEstimate.class, () -> new Derived<>(new Values()), SavingsCodecs::estimate)
          .field(APPRAISAL, SAVINGS_APPRAISAL, SavingsEstimate::appraisal, (d, v) -> d.builder.put(APPRAISAL, v))
          .list(LINES, SAVINGS_LINE, SavingsEstimate::lines, (d, v) -> d.builder.put(LINES, v))
          .field(GROSS, CoreCodecs.MONEY, SavingsEstimate::gross, (d, v) -> d.put(GROSS, v))
          .field(AFTER_DEADWEIGHT, CoreCodecs.MONEY, SavingsEstimate::afterDeadweight, (d, v) -> d.put(AFTER_DEADWEIGHT, v))
          .field(AFTER_ATTRIBUTION, CoreCodecs.MONEY, SavingsEstimate::afterAttribution,
              (d, v) -> d.put(AFTER_ATTRIBUTION, v))
          .field(NET, CoreCodecs.MONEY, SavingsEstimate::net, (d, v) -> d.put(NET, v))
          .field(PRESENT_VALUE_OF_BENEFITS, CoreCodecs.MONEY, SavingsEstimate::presentValueOfBenefits,
              (d, v) -> d.put(PRESENT_VALUE_OF_BENEFITS, v))
          .field(PRESENT_VALUE_OF_INVESTMENT, CoreCodecs.MONEY, SavingsEstimate::presentValueOfInvestment,
              (d, v) -> d.put(PRESENT_VALUE_OF_INVESTMENT, v))
          .field(NPV, CoreCodecs.MONEY, SavingsEstimate::npv, (d, v) -> d.put(NPV, v))
          .optional(NPV_LOWER, CoreCodecs.MONEY, SavingsEstimate::npvLower, (d, v) -> d.put(NPV_LOWER, v))
          .optional(NPV_UPPER, CoreCodecs.MONEY, SavingsEstimate::npvUpper, (d, v) -> d.put(NPV_UPPER, v))
          .optional(BENEFIT_COST_RATIO, Scalars.DECIMAL, SavingsEstimate::benefitCostRatio,
              (d, v) -> d.put(BENEFIT_COST_RATIO, v))
          .optional(BCR_LOWER, Scalars.DECIMAL, SavingsEstimate::bcrLower, (d, v) -> d.put(BCR_LOWER, v))
          .optional(BCR_UPPER, Scalars.DECIMAL, SavingsEstimate::bcrUpper, (d, v) -> d.put(BCR_UPPER, v))
          .list(SENSITIVITY, SENSITIVITY_CODEC, SavingsEstimate::sensitivity, (d, v) -> d.put(SENSITIVITY, v))
          .optional(PAYBACK_YEAR, Scalars.INTEGER, e -> Scalars.boxed(e.paybackYear()), (d, v) -> d.put(PAYBACK_YEAR, v))
          .field(BENEFITS_BY_AGENCY, Scalars.map(AgencyCode::toString, AgencyCode::of, CoreCodecs.MONEY),
              SavingsEstimate::benefitsByAgency, (d, v) -> d.put(BENEFITS_BY_AGENCY, v))
          .field(INVESTMENT_BY_AGENCY, Scalars.map(AgencyCode::toString, AgencyCode::of, CoreCodecs.MONEY),
              SavingsEstimate::investmentByAgency, (d, v) -> d.put(INVESTMENT_BY_AGENCY, v))
          .field(PRESENT_VALUE_BY_VALUE_TYPE,
              Scalars.map(ValueType::code, Scalars.keyCodes(ValueType.class, ValueType::code), CoreCodecs.MONEY),
              SavingsEstimate::presentValueByValueType, (d, v) -> d.put(PRESENT_VALUE_BY_VALUE_TYPE, v))
          .list(WARNINGS, Scalars.TEXT, SavingsEstimate::warnings, (d, v) -> d.put(WARNINGS, v))
          .build();

  private static SavingsEstimate estimate(Derived<Values> d) {
    SavingsEstimate e = d.builder.<SavingsAppraisal>get(APPRAISAL).evaluate();
    List<SavingsLine> lines = d.builder.list(LINES);
    for (int i = 0; i < Math.max(lines.size(), e.lines().size()); i++) {
      if (i >= lines.size() || i >= e.lines().size() || !lines.get(i).equals(e.lines().get(i))) {
        throw InvalidValueException.of(LINES + "[" + i + "]", "must be "
            + (i < e.lines().size() ? e.lines().get(i) : "absent") + ", as the appraisal gives it",
            i < lines.size() ? lines.get(i) : "absent");
      }
    }
    d.check(e, GROSS, SavingsEstimate::gross);
    d.check(e, AFTER_DEADWEIGHT, SavingsEstimate::afterDeadweight);
    d.check(e, AFTER_ATTRIBUTION, SavingsEstimate::afterAttribution);
    d.check(e, NET, SavingsEstimate::net);
    d.check(e, PRESENT_VALUE_OF_BENEFITS, SavingsEstimate::presentValueOfBenefits);
    d.check(e, PRESENT_VALUE_OF_INVESTMENT, SavingsEstimate::presentValueOfInvestment);
    d.check(e, NPV, SavingsEstimate::npv);
    d.checkOptional(e, NPV_LOWER, SavingsEstimate::npvLower);
    d.checkOptional(e, NPV_UPPER, SavingsEstimate::npvUpper);
    d.checkOptional(e, BENEFIT_COST_RATIO, SavingsEstimate::benefitCostRatio);
    d.checkOptional(e, BCR_LOWER, SavingsEstimate::bcrLower);
    d.checkOptional(e, BCR_UPPER, SavingsEstimate::bcrUpper);
    d.check(e, SENSITIVITY, SavingsEstimate::sensitivity);
    d.checkOptional(e, PAYBACK_YEAR, x -> Scalars.boxed(x.paybackYear()));
    d.check(e, BENEFITS_BY_AGENCY, SavingsEstimate::benefitsByAgency);
    d.check(e, INVESTMENT_BY_AGENCY, SavingsEstimate::investmentByAgency);
    d.check(e, PRESENT_VALUE_BY_VALUE_TYPE, SavingsEstimate::presentValueByValueType);
    return d.check(e, WARNINGS, SavingsEstimate::warnings);
  }
}
