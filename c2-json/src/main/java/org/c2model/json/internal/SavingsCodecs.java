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
  public static final Codec<PriceYear> PRICE_YEAR_CODEC = Scalars.textForm(PriceYear.class, PriceYear::parse,
      PriceYear::toString, "priceYear", SchemaGenerator.node("description", "A UK financial year, such as 2013/14.",
          "type", "string", "pattern", "^[12][0-9]{3}/[0-9]{2}$"));
  /** An agency code, such as {@code "police"} or {@code "local_authority"}. */
  public static final Codec<AgencyCode> AGENCY_CODE = Scalars.textForm(AgencyCode.class, AgencyCode::of,
      AgencyCode::toString, "agencyCode", SchemaGenerator.node("description", "An agency that bears or saves a cost: "
          + "lower-case words joined by underscores, such as police or local_authority.", "type", "string",
          "pattern", "^[a-z0-9]+(_[a-z0-9]+)*$"));
  /** A value type as its code, such as {@code "fiscal"}. */
  public static final Codec<ValueType> VALUE_TYPE_CODE =
      Scalars.codes(ValueType.class, "Fiscal, economic or social value.");

  /** One unit cost. */
  public static final ObjectCodec<UnitCost, UnitCost.Builder> UNIT_COST =
      ObjectCodec.of(UnitCost.class, UnitCost::builder, b -> b.build())
          .describedAs("What one unit of an indicator costs one agency, at one price year.")
          .field("indicatorId", Scalars.ID, UnitCost::indicatorId, (b, v) -> b.indicatorId(v))
          .doc("The id of the long-term indicator the cost applies to.")
          .field("cost", CoreCodecs.MONEY, UnitCost::cost, (b, v) -> b.cost(v))
          .constrain("properties", CoreCodecs.NOT_NEGATIVE)
          .field("unit", Scalars.TEXT, UnitCost::unit, (b, v) -> b.unit(v))
          .doc("The unit, such as per incident.")
          .field("priceYear", PRICE_YEAR_CODEC, UnitCost::priceYear, (b, v) -> b.priceYear(v))
          .doc("The UK financial year of the prices, such as 2013/14.")
          .field("agency", AGENCY_CODE, UnitCost::agency, (b, v) -> b.agency(v))
          .doc("The agency that bears the cost: lower-case words joined by underscores, such as police or "
              + "local_authority.")
          .field("valueType", VALUE_TYPE_CODE, UnitCost::valueType, (b, v) -> b.valueType(v))
          .doc("Fiscal, economic or social value.")
          .field("source", Scalars.TEXT, UnitCost::source, (b, v) -> b.source(v))
          .doc("The citation the cost comes from.")
          .optional("note", Scalars.TEXT, UnitCost::note, (b, v) -> b.note(v))
          .doc("A note on how the cost applies, such as a proxy.")
          .build();

  /** A unit-cost table; also the {@code unit_cost_table} document. */
  public static final ObjectCodec<UnitCostTable, Values> UNIT_COST_TABLE =
      ObjectCodec.of(UnitCostTable.class, Values::new, v -> UnitCostTable.of(v.<UnitCost>list("costs")))
          .describedAs("A table of unit costs. The same indicator, agency and value type appear at most once, so no "
              + "cost is counted twice.")
          .list("costs", UNIT_COST, UnitCostTable::costs, (b, v) -> b.put("costs", v))
          .doc("The costs, in order.")
          .build();

  /** A discount schedule as its description, such as {@code "Green Book (3.5% to year 30, declining after)"}. */
  public static final Codec<DiscountSchedule> DISCOUNT_SCHEDULE_CODEC =
      Scalars.textForm(DiscountSchedule.class, DiscountSchedule::parse, DiscountSchedule::toString, null,
          SchemaGenerator.node("description", "A discount schedule as its description.", "type", "string",
              "minLength", 1));

  /** The adjustments from gross to net saving, each share a decimal string. */
  public static final ObjectCodec<Adjustments, Values> ADJUSTMENTS_CODEC =
      ObjectCodec.of(Adjustments.class, Values::new, v -> Adjustments.of(v.<BigDecimal>get("deadweight"),
              v.<BigDecimal>get("attribution"), v.<BigDecimal>get("optimismBias")))
          .describedAs("The adjustments from gross to net saving.")
          .field("deadweight", Scalars.DECIMAL, Adjustments::deadweight, (b, v) -> b.put("deadweight", v))
          .doc("The share that would have happened anyway, from 0 to 1.")
          .field("attribution", Scalars.DECIMAL, Adjustments::attribution, (b, v) -> b.put("attribution", v))
          .doc("The share attributed to the partnership, from 0 to 1.")
          .field("optimismBias", Scalars.DECIMAL, Adjustments::optimismBias, (b, v) -> b.put("optimismBias", v))
          .doc("The optimism-bias correction, from 0 to 1.")
          .build();

  /** The events avoided a year for one indicator, with optional bounds. */
  public static final ObjectCodec<AvoidedEvents, AvoidedEvents.Builder> AVOIDED_EVENTS_CODEC =
      ObjectCodec.of(AvoidedEvents.class, AvoidedEvents::builder, AvoidedEvents.Builder::build)
          .describedAs("The events avoided for one indicator.")
          .field("indicatorId", Scalars.ID, AvoidedEvents::indicatorId, AvoidedEvents.Builder::indicatorId)
          .constrain("pattern", "^[a-z0-9]+(-[a-z0-9]+)*$")
          .field("perYear", Scalars.DECIMAL, AvoidedEvents::perYear, AvoidedEvents.Builder::perYear)
          .doc("Events avoided a year.")
          .optional("lower", Scalars.DECIMAL, AvoidedEvents::lower, AvoidedEvents.Builder::lower)
          .doc("The lower bound; absent without an interval.")
          .optional("upper", Scalars.DECIMAL, AvoidedEvents::upper, AvoidedEvents.Builder::upper)
          .doc("The upper bound; absent without an interval.")
          .field("firstYear", Scalars.INTEGER, AvoidedEvents::firstYear, AvoidedEvents.Builder::firstYear)
          .doc("The first appraisal year (year 1 is the partnership's first year).")
          .constrain("minimum", 0)
          .constrain("maximum", 100)
          .field("lastYear", Scalars.INTEGER, AvoidedEvents::lastYear, AvoidedEvents.Builder::lastYear)
          .doc("The last appraisal year.")
          .constrain("minimum", 0)
          .constrain("maximum", 100)
          .field("persistence", Scalars.DECIMAL, AvoidedEvents::persistence, AvoidedEvents.Builder::persistence)
          .doc("The share of a year's benefit that persists into the next once it drops off (one minus the "
              + "drop-off rate).")
          .field("dropOffFrom", Scalars.INTEGER, AvoidedEvents::dropOffFrom, AvoidedEvents.Builder::dropOffFrom)
          .doc("The last year with the full events avoided; later years keep the persistence of the year "
              + "before.")
          .constrain("minimum", 0)
          .constrain("maximum", 100)
          .build();

  /** A Monte Carlo seed, as a decimal string (JSON numbers lose a long's precision in many readers). */
  static final Codec<Long> SEED_CODEC = Scalars.textForm(Long.class, SavingsCodecs::seed,
      l -> Long.toString(l), null, SchemaGenerator.node("description", "A 64-bit whole number as a decimal string.",
          "type", "string", "pattern", "^-?[0-9]{1,19}$"));

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
          .describedAs("How uncertain the assumptions are, propagated by a seeded Monte Carlo: draws (0 for none), "
              + "seed (a decimal string) and the spread either side of each stated assumption.")
          .field("draws", Scalars.INTEGER, Uncertainty::draws, Uncertainty.Builder::draws)
          .constrain("minimum", 0)
          .constrain("maximum", 100000)
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
          .describedAs("An investment by an agency.")
          .field("agency", AGENCY_CODE, Investment::agency, (b, v) -> b.put("agency", v))
          .field("year", Scalars.INTEGER, Investment::year, (b, v) -> b.put("year", v))
          .doc("The appraisal year of the investment.")
          .constrain("minimum", 0)
          .constrain("maximum", 100)
          .field("amount", CoreCodecs.MONEY, Investment::amount, (b, v) -> b.put("amount", v))
          .field("priceYear", PRICE_YEAR_CODEC, Investment::priceYear, (b, v) -> b.put("priceYear", v))
          .optional("note", Scalars.TEXT, Investment::note, (b, v) -> b.put("note", v))
          .doc("What the investment is, such as staff time (hours x hourly cost); absent for money put in.")
          .build();

  /**
   * The inputs of an invest-to-save case. The adjustments of particular indicators are an object
   * keyed by indicator id; the discount schedule is its description, such as
   * {@code "Green Book (3.5% to year 30, declining after)"} or {@code "constant 3.5%"}.
   */
  public static final ObjectCodec<SavingsAppraisal, SavingsAppraisal.Builder> SAVINGS_APPRAISAL =
      ObjectCodec.of(SavingsAppraisal.class, SavingsAppraisal::builder, SavingsAppraisal.Builder::build)
          .describedAs("The inputs of the invest-to-save case.")
          .field("priceYear", PRICE_YEAR_CODEC, SavingsAppraisal::priceYear, SavingsAppraisal.Builder::priceYear)
          .field("currency", Scalars.CURRENCY, SavingsAppraisal::currency, SavingsAppraisal.Builder::currency)
          .doc("The ISO 4217 currency of every amount.")
          .field("unitCosts", UNIT_COST_TABLE, SavingsAppraisal::unitCosts, SavingsAppraisal.Builder::unitCosts)
          .doc("The unit costs, as in a unit_cost_table document without its header.")
          .list("avoidedEvents", AVOIDED_EVENTS_CODEC, SavingsAppraisal::avoidedEvents,
              SavingsAppraisal.Builder::avoidedEvents)
          .doc("One entry per indicator.")
          .list("investments", INVESTMENT, SavingsAppraisal::investments, SavingsAppraisal.Builder::investments)
          .field("defaultAdjustments", ADJUSTMENTS_CODEC, SavingsAppraisal::defaultAdjustments,
              SavingsAppraisal.Builder::defaultAdjustments)
          .doc("The adjustments of indicators without their own.")
          .field("adjustments", Scalars.map(Scalars.TEXT, s -> s, s -> s, ADJUSTMENTS_CODEC),
              SavingsAppraisal::adjustments, SavingsAppraisal.Builder::adjustments)
          .doc("The adjustments of particular indicators, by indicator id.")
          .field("discountSchedule", DISCOUNT_SCHEDULE_CODEC, SavingsAppraisal::discountSchedule,
              SavingsAppraisal.Builder::discountSchedule)
          .doc("The discount schedule, described, such as Green Book (3.5% to year 30, declining after).")
          .constrain("minLength", 1)
          .field("uncertainty", UNCERTAINTY_CODEC, SavingsAppraisal::uncertainty, SavingsAppraisal.Builder::uncertainty)
          .doc("How uncertain the assumptions are, propagated by a seeded Monte Carlo: draws (0 for none), "
              + "seed (a decimal string) and the spread either side of each stated assumption.")
          .field("counterfactuals", Scalars.TEXT_MAP, SavingsAppraisal::counterfactuals,
              SavingsAppraisal.Builder::counterfactuals)
          .doc("The counterfactual each indicator's events avoided were measured against (the deadweight "
              + "actually used), by indicator id.")
          .build();

  /** One step-by-step row: one indicator's cost to one agency in one year. */
  public static final ObjectCodec<SavingsLine, SavingsLine.Builder> SAVINGS_LINE =
      ObjectCodec.of(SavingsLine.class, SavingsLine::builder, SavingsLine.Builder::build)
          .describedAs("One step-by-step row: one indicator's cost to one agency in one year.")
          .field("indicatorId", Scalars.ID, SavingsLine::indicatorId, SavingsLine.Builder::indicatorId)
          .constrain("pattern", "^[a-z0-9]+(-[a-z0-9]+)*$")
          .field("agency", AGENCY_CODE, SavingsLine::agency, SavingsLine.Builder::agency)
          .doc("The agency whose cost is saved.")
          .field("valueType", VALUE_TYPE_CODE, SavingsLine::valueType, SavingsLine.Builder::valueType)
          .field("year", Scalars.INTEGER, SavingsLine::year, SavingsLine.Builder::year)
          .doc("The appraisal year.")
          .constrain("minimum", 0)
          .field("events", Scalars.DECIMAL, SavingsLine::events, SavingsLine.Builder::events)
          .doc("Events avoided in the year.")
          .field("unitCost", CoreCodecs.MONEY, SavingsLine::unitCost, SavingsLine.Builder::unitCost)
          .field("gross", CoreCodecs.MONEY, SavingsLine::gross, SavingsLine.Builder::gross)
          .doc("Events times unit cost.")
          .field("afterDeadweight", CoreCodecs.MONEY, SavingsLine::afterDeadweight, SavingsLine.Builder::afterDeadweight)
          .field("afterAttribution", CoreCodecs.MONEY, SavingsLine::afterAttribution,
              SavingsLine.Builder::afterAttribution)
          .field("net", CoreCodecs.MONEY, SavingsLine::net, SavingsLine.Builder::net)
          .doc("After optimism bias, undiscounted.")
          .field("discountFactor", Scalars.DECIMAL, SavingsLine::discountFactor, SavingsLine.Builder::discountFactor)
          .doc("The discount factor of the year, from 0 to 1.")
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
          .describedAs("The invest-to-save estimate, every step explicit (HM Treasury Green Book; HM Treasury / GMCA "
              + "2014).")
          .field("appraisal", SAVINGS_APPRAISAL, SavingsEstimate::appraisal, (d, v) -> d.builder.put("appraisal", v))
          .list("lines", SAVINGS_LINE, SavingsEstimate::lines, (d, v) -> d.builder.put("lines", v))
          .doc("The rows, in input order.")
          .field("gross", CoreCodecs.MONEY, SavingsEstimate::gross, (d, v) -> d.put("gross", v))
          .doc("The gross saving, undiscounted.")
          .field("afterDeadweight", CoreCodecs.MONEY, SavingsEstimate::afterDeadweight, (d, v) -> d.put("afterDeadweight", v))
          .field("afterAttribution", CoreCodecs.MONEY, SavingsEstimate::afterAttribution,
              (d, v) -> d.put("afterAttribution", v))
          .field("net", CoreCodecs.MONEY, SavingsEstimate::net, (d, v) -> d.put("net", v))
          .doc("The net saving, undiscounted.")
          .field("presentValueOfBenefits", CoreCodecs.MONEY, SavingsEstimate::presentValueOfBenefits,
              (d, v) -> d.put("presentValueOfBenefits", v))
          .field("presentValueOfInvestment", CoreCodecs.MONEY, SavingsEstimate::presentValueOfInvestment,
              (d, v) -> d.put("presentValueOfInvestment", v))
          .field("npv", CoreCodecs.MONEY, SavingsEstimate::npv, (d, v) -> d.put("npv", v))
          .doc("Net present value: benefits minus investment, both discounted.")
          .optional("npvLower", CoreCodecs.MONEY, SavingsEstimate::npvLower, (d, v) -> d.put("npvLower", v))
          .doc("The lower bound of the NPV's 95% interval (Monte Carlo when the appraisal has draws, else "
              + "every indicator at its lower bound); absent without an interval.")
          .optional("npvUpper", CoreCodecs.MONEY, SavingsEstimate::npvUpper, (d, v) -> d.put("npvUpper", v))
          .doc("The upper bound of the NPV's 95% interval; absent without an interval.")
          .optional("benefitCostRatio", Scalars.DECIMAL, SavingsEstimate::benefitCostRatio,
              (d, v) -> d.put("benefitCostRatio", v))
          .doc("Present value of benefits over that of investment; absent when nothing was invested.")
          .optional("bcrLower", Scalars.DECIMAL, SavingsEstimate::bcrLower, (d, v) -> d.put("bcrLower", v))
          .doc("The lower bound of the benefit-cost ratio's 95% Monte Carlo interval; absent without draws or "
              + "investment.")
          .optional("bcrUpper", Scalars.DECIMAL, SavingsEstimate::bcrUpper, (d, v) -> d.put("bcrUpper", v))
          .doc("The upper bound of the benefit-cost ratio's 95% Monte Carlo interval.")
          .list("sensitivity", SENSITIVITY_CODEC, SavingsEstimate::sensitivity, (d, v) -> d.put("sensitivity", v))
          .doc("The one-way sensitivity table: the NPV with each assumption alone at the low and high end of "
              + "its range.")
          .optional("paybackYear", Scalars.INTEGER, e -> Scalars.boxed(e.paybackYear()), (d, v) -> d.put("paybackYear", v))
          .doc("The first year by which discounted benefits reach the investment; absent if never within the "
              + "appraisal.")
          .constrain("minimum", 0)
          .field("benefitsByAgency", Scalars.map(AGENCY_CODE, AgencyCode::toString, AgencyCode::of, CoreCodecs.MONEY),
              SavingsEstimate::benefitsByAgency, (d, v) -> d.put("benefitsByAgency", v))
          .doc("Present value of benefits by the agency that saves, in agency order; they add up to "
              + "presentValueOfBenefits.")
          .field("investmentByAgency", Scalars.map(AGENCY_CODE, AgencyCode::toString, AgencyCode::of, CoreCodecs.MONEY),
              SavingsEstimate::investmentByAgency, (d, v) -> d.put("investmentByAgency", v))
          .doc("Present value of investment by the agency that invests, in agency order.")
          .field("presentValueByValueType",
              Scalars.byCode(ValueType.class, VALUE_TYPE_CODE, CoreCodecs.MONEY),
              SavingsEstimate::presentValueByValueType, (d, v) -> d.put("presentValueByValueType", v))
          .doc("Present value of benefits by value type: fiscal, economic and social kept apart.")
          .list("warnings", Scalars.TEXT, SavingsEstimate::warnings, (d, v) -> d.put("warnings", v))
          .doc("Warnings about the inputs, such as an indicator with no unit cost.")
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
