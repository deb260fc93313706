package org.c2model.json.internal;


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
  public static final Codec<ValueType> VALUE_TYPE_CODE = Scalars.codes(ValueType.class);

  /** One unit cost. */
  public static final ObjectCodec<UnitCost, UnitCost.Builder> UNIT_COST =
      ObjectCodec.of(UnitCost.class, UnitCost::builder, b -> b.build())
          .field("indicatorId", Scalars.TEXT, UnitCost::indicatorId, (b, v) -> b.indicatorId(v))
          .field("cost", CoreCodecs.MONEY, UnitCost::cost, (b, v) -> b.cost(v))
          .field("unit", Scalars.TEXT, UnitCost::unit, (b, v) -> b.unit(v))
          .field("priceYear", PRICE_YEAR_CODEC, UnitCost::priceYear, (b, v) -> b.priceYear(v))
          .field("agency", AGENCY_CODE, UnitCost::agency, (b, v) -> b.agency(v))
          .field("valueType", VALUE_TYPE_CODE, UnitCost::valueType, (b, v) -> b.valueType(v))
          .field("source", Scalars.TEXT, UnitCost::source, (b, v) -> b.source(v))
          .optional("note", Scalars.TEXT, UnitCost::note, (b, v) -> b.note(v))
          .build();

  /** A unit-cost table; also the {@code unit_cost_table} document. */
  public static final ObjectCodec<UnitCostTable, Values> UNIT_COST_TABLE =
      ObjectCodec.of(UnitCostTable.class, Values::new, v -> UnitCostTable.of(v.<UnitCost>list("costs")))
          .list("costs", UNIT_COST, UnitCostTable::costs, (b, v) -> b.put("costs", v))
          .build();

  /** A discount schedule as its description, such as {@code "Green Book (3.5% to year 30, declining after)"}. */
  public static final Codec<DiscountSchedule> DISCOUNT_SCHEDULE_CODEC =
      Scalars.textForm(DiscountSchedule.class, DiscountSchedule::parse, DiscountSchedule::toString);

  /** The adjustments from gross to net saving, each share a decimal string. */
  public static final ObjectCodec<Adjustments, Values> ADJUSTMENTS_CODEC =
      ObjectCodec.of(Adjustments.class, Values::new, v -> Adjustments.of(v.<BigDecimal>get("deadweight"),
              v.<BigDecimal>get("attribution"), v.<BigDecimal>get("optimismBias")))
          .field("deadweight", Scalars.DECIMAL, Adjustments::deadweight, (b, v) -> b.put("deadweight", v))
          .field("attribution", Scalars.DECIMAL, Adjustments::attribution, (b, v) -> b.put("attribution", v))
          .field("optimismBias", Scalars.DECIMAL, Adjustments::optimismBias, (b, v) -> b.put("optimismBias", v))
          .build();

  /** The events avoided a year for one indicator, with optional bounds. */
  public static final ObjectCodec<AvoidedEvents, AvoidedEvents.Builder> AVOIDED_EVENTS_CODEC =
      ObjectCodec.of(AvoidedEvents.class, AvoidedEvents::builder, AvoidedEvents.Builder::build)
          .field("indicatorId", Scalars.TEXT, AvoidedEvents::indicatorId, AvoidedEvents.Builder::indicatorId)
          .field("perYear", Scalars.DECIMAL, AvoidedEvents::perYear, AvoidedEvents.Builder::perYear)
          .optional("lower", Scalars.DECIMAL, AvoidedEvents::lower, AvoidedEvents.Builder::lower)
          .optional("upper", Scalars.DECIMAL, AvoidedEvents::upper, AvoidedEvents.Builder::upper)
          .field("firstYear", Scalars.INTEGER, AvoidedEvents::firstYear, AvoidedEvents.Builder::firstYear)
          .field("lastYear", Scalars.INTEGER, AvoidedEvents::lastYear, AvoidedEvents.Builder::lastYear)
          .field("persistence", Scalars.DECIMAL, AvoidedEvents::persistence, AvoidedEvents.Builder::persistence)
          .field("dropOffFrom", Scalars.INTEGER, AvoidedEvents::dropOffFrom, AvoidedEvents.Builder::dropOffFrom)
          .build();

  /** A Monte Carlo seed, as a decimal string (JSON numbers lose a long's precision in many readers). */
  static final Codec<Long> SEED_CODEC = Scalars.textForm(Long.class, SavingsCodecs::seed, l -> Long.toString(l));

  private static Long seed(String text) {
    if (!text.matches("-?[0-9]{1,19}")) {
      throw InvalidValueException.of("seed", "must be a whole number of at most 19 digits", "'" + text + "'");
    }
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw InvalidValueException.of("seed", "must be a 64-bit whole number", "'" + text + "'");
    }
  }

  /** The uncertainty of an appraisal's assumptions: draws, seed and each spread. */
  public static final ObjectCodec<Uncertainty, Uncertainty.Builder> UNCERTAINTY_CODEC =
      ObjectCodec.of(Uncertainty.class, Uncertainty::builder, Uncertainty.Builder::build)
          .field("draws", Scalars.INTEGER, Uncertainty::draws, Uncertainty.Builder::draws)
          .field("seed", SEED_CODEC, Uncertainty::seed, Uncertainty.Builder::seed)
          .field("deadweightSpread", Scalars.DECIMAL, Uncertainty::deadweightSpread, Uncertainty.Builder::deadweightSpread)
          .field("attributionSpread", Scalars.DECIMAL, Uncertainty::attributionSpread,
              Uncertainty.Builder::attributionSpread)
          .field("optimismBiasSpread", Scalars.DECIMAL, Uncertainty::optimismBiasSpread,
              Uncertainty.Builder::optimismBiasSpread)
          .field("persistenceSpread", Scalars.DECIMAL, Uncertainty::persistenceSpread,
              Uncertainty.Builder::persistenceSpread)
          .build();

  /** One row of the one-way sensitivity table. */
  public static final ObjectCodec<Sensitivity, Values> SENSITIVITY_CODEC =
      ObjectCodec.of(Sensitivity.class, Values::new, v -> Sensitivity.of(v.get("assumption"), v.get("low"), v.get("high"),
              v.<Money>get("npvAtLow"), v.<Money>get("npvAtHigh")))
          .field("assumption", Scalars.TEXT, Sensitivity::assumption, (b, v) -> b.put("assumption", v))
          .field("low", Scalars.TEXT, Sensitivity::low, (b, v) -> b.put("low", v))
          .field("high", Scalars.TEXT, Sensitivity::high, (b, v) -> b.put("high", v))
          .field("npvAtLow", CoreCodecs.MONEY, Sensitivity::npvAtLow, (b, v) -> b.put("npvAtLow", v))
          .field("npvAtHigh", CoreCodecs.MONEY, Sensitivity::npvAtHigh, (b, v) -> b.put("npvAtHigh", v))
          .build();

  /** An investment by an agency in an appraisal year. */
  public static final ObjectCodec<Investment, Values> INVESTMENT =
      ObjectCodec.of(Investment.class, Values::new, v -> v.has("note")
              ? Investment.of(v.get("agency"), v.<Integer>get("year"), v.<Money>get("amount"), v.<PriceYear>get("priceYear"),
                  v.<String>get("note"))
              : Investment.of(v.get("agency"), v.<Integer>get("year"), v.<Money>get("amount"), v.<PriceYear>get("priceYear")))
          .field("agency", AGENCY_CODE, Investment::agency, (b, v) -> b.put("agency", v))
          .field("year", Scalars.INTEGER, Investment::year, (b, v) -> b.put("year", v))
          .field("amount", CoreCodecs.MONEY, Investment::amount, (b, v) -> b.put("amount", v))
          .field("priceYear", PRICE_YEAR_CODEC, Investment::priceYear, (b, v) -> b.put("priceYear", v))
          .optional("note", Scalars.TEXT, Investment::note, (b, v) -> b.put("note", v))
          .build();

  /**
   * The inputs of an invest-to-save case. The adjustments of particular indicators are an object
   * keyed by indicator id; the discount schedule is its description, such as
   * {@code "Green Book (3.5% to year 30, declining after)"} or {@code "constant 3.5%"}.
   */
  public static final ObjectCodec<SavingsAppraisal, SavingsAppraisal.Builder> SAVINGS_APPRAISAL =
      ObjectCodec.of(SavingsAppraisal.class, SavingsAppraisal::builder, SavingsAppraisal.Builder::build)
          .field("priceYear", PRICE_YEAR_CODEC, SavingsAppraisal::priceYear, SavingsAppraisal.Builder::priceYear)
          .field("currency", Scalars.CURRENCY, SavingsAppraisal::currency, SavingsAppraisal.Builder::currency)
          .field("unitCosts", UNIT_COST_TABLE, SavingsAppraisal::unitCosts, SavingsAppraisal.Builder::unitCosts)
          .list("avoidedEvents", AVOIDED_EVENTS_CODEC, SavingsAppraisal::avoidedEvents,
              SavingsAppraisal.Builder::avoidedEvents)
          .list("investments", INVESTMENT, SavingsAppraisal::investments, SavingsAppraisal.Builder::investments)
          .field("defaultAdjustments", ADJUSTMENTS_CODEC, SavingsAppraisal::defaultAdjustments,
              SavingsAppraisal.Builder::defaultAdjustments)
          .field("adjustments", Scalars.map(s -> s, s -> s, ADJUSTMENTS_CODEC), SavingsAppraisal::adjustments,
              SavingsAppraisal.Builder::adjustments)
          .field("discountSchedule", DISCOUNT_SCHEDULE_CODEC, SavingsAppraisal::discountSchedule,
              SavingsAppraisal.Builder::discountSchedule)
          .field("uncertainty", UNCERTAINTY_CODEC, SavingsAppraisal::uncertainty, SavingsAppraisal.Builder::uncertainty)
          .field("counterfactuals", Scalars.TEXT_MAP, SavingsAppraisal::counterfactuals,
              SavingsAppraisal.Builder::counterfactuals)
          .build();

  /** One step-by-step row: one indicator's cost to one agency in one year. */
  public static final ObjectCodec<SavingsLine, SavingsLine.Builder> SAVINGS_LINE =
      ObjectCodec.of(SavingsLine.class, SavingsLine::builder, SavingsLine.Builder::build)
          .field("indicatorId", Scalars.TEXT, SavingsLine::indicatorId, SavingsLine.Builder::indicatorId)
          .field("agency", AGENCY_CODE, SavingsLine::agency, SavingsLine.Builder::agency)
          .field("valueType", VALUE_TYPE_CODE, SavingsLine::valueType, SavingsLine.Builder::valueType)
          .field("year", Scalars.INTEGER, SavingsLine::year, SavingsLine.Builder::year)
          .field("events", Scalars.DECIMAL, SavingsLine::events, SavingsLine.Builder::events)
          .field("unitCost", CoreCodecs.MONEY, SavingsLine::unitCost, SavingsLine.Builder::unitCost)
          .field("gross", CoreCodecs.MONEY, SavingsLine::gross, SavingsLine.Builder::gross)
          .field("afterDeadweight", CoreCodecs.MONEY, SavingsLine::afterDeadweight, SavingsLine.Builder::afterDeadweight)
          .field("afterAttribution", CoreCodecs.MONEY, SavingsLine::afterAttribution,
              SavingsLine.Builder::afterAttribution)
          .field("net", CoreCodecs.MONEY, SavingsLine::net, SavingsLine.Builder::net)
          .field("discountFactor", Scalars.DECIMAL, SavingsLine::discountFactor, SavingsLine.Builder::discountFactor)
          .field("presentValue", CoreCodecs.MONEY, SavingsLine::presentValue, SavingsLine.Builder::presentValue)
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
          .field("appraisal", SAVINGS_APPRAISAL, SavingsEstimate::appraisal, (d, v) -> d.builder.put("appraisal", v))
          .list("lines", SAVINGS_LINE, SavingsEstimate::lines, (d, v) -> d.builder.put("lines", v))
          .field("gross", CoreCodecs.MONEY, SavingsEstimate::gross, (d, v) -> d.put("gross", v))
          .field("afterDeadweight", CoreCodecs.MONEY, SavingsEstimate::afterDeadweight, (d, v) -> d.put("afterDeadweight", v))
          .field("afterAttribution", CoreCodecs.MONEY, SavingsEstimate::afterAttribution,
              (d, v) -> d.put("afterAttribution", v))
          .field("net", CoreCodecs.MONEY, SavingsEstimate::net, (d, v) -> d.put("net", v))
          .field("presentValueOfBenefits", CoreCodecs.MONEY, SavingsEstimate::presentValueOfBenefits,
              (d, v) -> d.put("presentValueOfBenefits", v))
          .field("presentValueOfInvestment", CoreCodecs.MONEY, SavingsEstimate::presentValueOfInvestment,
              (d, v) -> d.put("presentValueOfInvestment", v))
          .field("npv", CoreCodecs.MONEY, SavingsEstimate::npv, (d, v) -> d.put("npv", v))
          .optional("npvLower", CoreCodecs.MONEY, SavingsEstimate::npvLower, (d, v) -> d.put("npvLower", v))
          .optional("npvUpper", CoreCodecs.MONEY, SavingsEstimate::npvUpper, (d, v) -> d.put("npvUpper", v))
          .optional("benefitCostRatio", Scalars.DECIMAL, SavingsEstimate::benefitCostRatio,
              (d, v) -> d.put("benefitCostRatio", v))
          .optional("bcrLower", Scalars.DECIMAL, SavingsEstimate::bcrLower, (d, v) -> d.put("bcrLower", v))
          .optional("bcrUpper", Scalars.DECIMAL, SavingsEstimate::bcrUpper, (d, v) -> d.put("bcrUpper", v))
          .list("sensitivity", SENSITIVITY_CODEC, SavingsEstimate::sensitivity, (d, v) -> d.put("sensitivity", v))
          .optional("paybackYear", Scalars.INTEGER, e -> Scalars.boxed(e.paybackYear()), (d, v) -> d.put("paybackYear", v))
          .field("benefitsByAgency", Scalars.map(AgencyCode::toString, AgencyCode::of, CoreCodecs.MONEY),
              SavingsEstimate::benefitsByAgency, (d, v) -> d.put("benefitsByAgency", v))
          .field("investmentByAgency", Scalars.map(AgencyCode::toString, AgencyCode::of, CoreCodecs.MONEY),
              SavingsEstimate::investmentByAgency, (d, v) -> d.put("investmentByAgency", v))
          .field("presentValueByValueType",
              Scalars.map(ValueType::code, Scalars.keyCodes(ValueType.class, ValueType::code), CoreCodecs.MONEY),
              SavingsEstimate::presentValueByValueType, (d, v) -> d.put("presentValueByValueType", v))
          .list("warnings", Scalars.TEXT, SavingsEstimate::warnings, (d, v) -> d.put("warnings", v))
          .build();

  private static SavingsEstimate estimate(Derived<Values> d) {
    SavingsEstimate e = d.builder.<SavingsAppraisal>get("appraisal").evaluate();
    List<SavingsLine> lines = d.builder.list("lines");
    for (int i = 0; i < Math.max(lines.size(), e.lines().size()); i++) {
      if (i >= lines.size() || i >= e.lines().size() || !lines.get(i).equals(e.lines().get(i))) {
        throw InvalidValueException.of("lines" + "[" + i + "]", "must be "
            + (i < e.lines().size() ? e.lines().get(i) : "absent") + ", as the appraisal gives it",
            i < lines.size() ? lines.get(i) : "absent");
      }
    }
    d.check(e, "gross", SavingsEstimate::gross);
    d.check(e, "afterDeadweight", SavingsEstimate::afterDeadweight);
    d.check(e, "afterAttribution", SavingsEstimate::afterAttribution);
    d.check(e, "net", SavingsEstimate::net);
    d.check(e, "presentValueOfBenefits", SavingsEstimate::presentValueOfBenefits);
    d.check(e, "presentValueOfInvestment", SavingsEstimate::presentValueOfInvestment);
    d.check(e, "npv", SavingsEstimate::npv);
    d.checkOptional(e, "npvLower", SavingsEstimate::npvLower);
    d.checkOptional(e, "npvUpper", SavingsEstimate::npvUpper);
    d.checkOptional(e, "benefitCostRatio", SavingsEstimate::benefitCostRatio);
    d.checkOptional(e, "bcrLower", SavingsEstimate::bcrLower);
    d.checkOptional(e, "bcrUpper", SavingsEstimate::bcrUpper);
    d.check(e, "sensitivity", SavingsEstimate::sensitivity);
    d.checkOptional(e, "paybackYear", x -> Scalars.boxed(x.paybackYear()));
    d.check(e, "benefitsByAgency", SavingsEstimate::benefitsByAgency);
    d.check(e, "investmentByAgency", SavingsEstimate::investmentByAgency);
    d.check(e, "presentValueByValueType", SavingsEstimate::presentValueByValueType);
    return d.check(e, "warnings", SavingsEstimate::warnings);
  }
}
