package org.c2model.metrics.savings;

import org.c2model.core.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * The result of an invest-to-save appraisal, with every step explicit: gross saving, deadweight,
 * attribution, optimism bias, discounting, net present value, benefit-cost ratio, payback, and who
 * invested against who benefits (<i>Positively Local</i> sec. 5; {@code docs/c2-model.md} section
 * 5; HM Treasury, <em>The Green Book</em>;
 * HM Treasury / GMCA, <em>Supporting public service transformation: cost benefit analysis guidance
 * for local partnerships</em>, 2014).
 * <p>
 * Totals are exact sums of the {@link #lines()}, whose amounts are in pence, and the investment is
 * the sum of each investment's present value in pence ({@link Scales}): the savings by agency add up
 * to the total to the penny.
 * Fiscal, economic and social value are kept apart in {@link #presentValueByValueType()}; the NPV
 * adds whatever value types the unit costs hold. {@link #toString()} prints the step-by-step table.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SavingsEstimate {

  SavingsEstimate() {}

  /**
   * Gets the inputs.
   *
   * @return the appraisal, not null
   */
  public abstract SavingsAppraisal appraisal();

  /**
   * Gets the step-by-step rows: each indicator, agency and year.
   *
   * @return the rows, in input order, not null
   */
  public abstract List<SavingsLine> lines();

  /**
   * Gets the NPV with every indicator at the lower bound of its events avoided, where any has an interval.
   *
   * @return the lower NPV, empty without intervals
   */
  public abstract Optional<Money> npvLower();

  /**
   * Gets the NPV with every indicator at the upper bound of its events avoided, where any has an interval.
   *
   * @return the upper NPV, empty without intervals
   */
  public abstract Optional<Money> npvUpper();

  /**
   * Gets the lower bound of the benefit-cost ratio's 95% interval from the Monte Carlo.
   *
   * @return the bound, to 4 decimals, empty without a Monte Carlo or without investment
   */
  public abstract Optional<BigDecimal> bcrLower();

  /**
   * Gets the upper bound of the benefit-cost ratio's 95% interval from the Monte Carlo.
   *
   * @return the bound, to 4 decimals, empty without a Monte Carlo or without investment
   */
  public abstract Optional<BigDecimal> bcrUpper();

  /**
   * Gets the one-way sensitivity table: the NPV with each assumption alone at the low and high end
   * of its range ({@link Uncertainty}).
   *
   * @return the rows, empty without a Monte Carlo, not null
   */
  public abstract List<Sensitivity> sensitivity();

  /**
   * Gets warnings about the inputs, such as an indicator with no unit cost.
   *
   * @return the warnings, not null
   */
  public abstract List<String> warnings();

  static Money sum(List<SavingsLine> lines, Currency currency) {
    return total(lines, SavingsLine::presentValue, currency);
  }

  private static Money total(List<SavingsLine> lines, Function<SavingsLine, Money> f, Currency currency) {
    Money m = Money.zero(currency);
    for (SavingsLine l : lines) {
      m = m.plus(f.apply(l));
    }
    return m;
  }

  static Money presentValueOf(SavingsAppraisal a) {
    Money m = Money.zero(a.currency());
    for (Investment i : a.investments()) {
      m = m.plus(i.presentValue(a.discountSchedule()));
    }
    return m;
  }

  private Currency currency() {
    return appraisal().currency();
  }

  /**
   * Gets the gross saving, undiscounted: events avoided times unit cost.
   *
   * @return the gross saving, not null
   */
  public Money gross() {
    return total(lines(), SavingsLine::gross, currency());
  }

  /**
   * Gets the saving after deadweight, undiscounted.
   *
   * @return the saving, not null
   */
  public Money afterDeadweight() {
    return total(lines(), SavingsLine::afterDeadweight, currency());
  }

  /**
   * Gets the saving after attribution, undiscounted.
   *
   * @return the saving, not null
   */
  public Money afterAttribution() {
    return total(lines(), SavingsLine::afterAttribution, currency());
  }

  /**
   * Gets the net saving after optimism bias, undiscounted.
   *
   * @return the net saving, not null
   */
  public Money net() {
    return total(lines(), SavingsLine::net, currency());
  }

  /**
   * Gets the present value of the net savings.
   *
   * @return the present value of benefits, not null
   */
  public Money presentValueOfBenefits() {
    return sum(lines(), currency());
  }

  /**
   * Gets the present value of the investments.
   *
   * @return the present value of costs, not null
   */
  public Money presentValueOfInvestment() {
    return presentValueOf(appraisal());
  }

  /**
   * Gets the net present value: present value of benefits minus present value of investment.
   *
   * @return the NPV, not null
   */
  public Money npv() {
    return presentValueOfBenefits().minus(presentValueOfInvestment());
  }

  /**
   * Gets the benefit-cost ratio: present value of benefits divided by present value of investment.
   *
   * @return the ratio at {@value Scales#RATIO} decimal places, half-even, empty when nothing was invested
   */
  public Optional<BigDecimal> benefitCostRatio() {
    BigDecimal cost = presentValueOfInvestment().amount();
    return cost.signum() == 0 ? Optional.empty()
        : Optional.of(Scales.ratio(presentValueOfBenefits().amount().divide(cost, MathContext.DECIMAL128)));
  }

  /**
   * Gets the discounted payback year: the first appraisal year by which the cumulative present value
   * of benefits reaches that of the investment.
   *
   * @return the year, empty if the investment is never paid back within the appraisal
   */
  public OptionalInt paybackYear() {
    int last = 0;
    for (SavingsLine l : lines()) {
      last = Math.max(last, l.year());
    }
    for (Investment i : appraisal().investments()) {
      last = Math.max(last, i.year());
    }
    BigDecimal cumulative = BigDecimal.ZERO;
    for (int year = 0; year <= last; year++) {
      for (SavingsLine l : lines()) {
        if (l.year() == year) {
          cumulative = cumulative.add(l.presentValue().amount());
        }
      }
      for (Investment i : appraisal().investments()) {
        if (i.year() == year) {
          cumulative = cumulative.subtract(i.presentValue(appraisal().discountSchedule()).amount());
        }
      }
      final int y = year;
      boolean investmentLater = appraisal().investments().stream().anyMatch(i -> i.year() > y);
      if (cumulative.signum() >= 0 && !investmentLater) {
        return OptionalInt.of(year);
      }
    }
    return OptionalInt.empty();
  }

  /**
   * States the payback as far as the interval supports it: a payback year only when the whole NPV
   * interval is at or above zero; otherwise what would have to be true for the investment to pay
   * back within the appraisal.
   *
   * @return the statement, not null
   */
  public String paybackStatement() {
    Money pvBenefits = presentValueOfBenefits();
    Money pvCost = presentValueOfInvestment();
    if (pvCost.amount().signum() == 0) {
      return "no payback to state: nothing was invested";
    }
    if (paybackYear().isPresent() && npvLower().isPresent() && npvLower().get().amount().signum() >= 0) {
      return "paid back by year " + paybackYear().getAsInt() + ": the whole NPV interval (" + npvLower().get().rounded()
          + " to " + npvUpper().orElseThrow().rounded() + ") is above zero";
    }
    StringBuilder sb = new StringBuilder("no payback year claimed: ");
    if (npvLower().isPresent()) {
      sb.append("the NPV interval runs from ").append(npvLower().get().rounded()).append(" to ")
          .append(npvUpper().orElseThrow().rounded()).append(", below zero at its low end");
    } else {
      sb.append("the NPV has no interval");
    }
    if (pvBenefits.amount().signum() <= 0) {
      return sb.append("; the indicators would have to improve, not worsen, for any payback").toString();
    }
    BigDecimal needed = pvCost.amount().divide(pvBenefits.amount(), MathContext.DECIMAL64);
    sb.append(String.format(Locale.ROOT, "; to pay back within year %d the net benefits would have to be at least "
        + "%.0f%% of the point estimate", lastYear(), needed.movePointRight(2).doubleValue()));
    BigDecimal attribution = appraisal().defaultAdjustments().attribution();
    BigDecimal neededAttribution = attribution.multiply(needed);
    if (attribution.signum() > 0 && neededAttribution.compareTo(BigDecimal.ONE) <= 0) {
      sb.append(" (for example attribution of at least ").append(neededAttribution.setScale(2, RoundingMode.UP)
          .toPlainString()).append(" instead of ").append(attribution.stripTrailingZeros().toPlainString())
          .append(", with every other input as stated)");
    } else {
      sb.append(", more than full attribution can give with every other input as stated");
    }
    return sb.toString();
  }

  private int lastYear() {
    int last = 0;
    for (SavingsLine l : lines()) {
      last = Math.max(last, l.year());
    }
    return last;
  }

  /**
   * Gets the present value of benefits by the agency that saves, answering "what does my agency get?".
   *
   * @return the benefits by agency, in agency order, summing to {@link #presentValueOfBenefits()}, not null
   */
  public SortedMap<AgencyCode, Money> benefitsByAgency() {
    SortedMap<AgencyCode, Money> out = new TreeMap<>();
    lines().forEach(l -> out.merge(l.agency(), l.presentValue(), Money::plus));
    return out;
  }

  /**
   * Gets the present value of investment by the agency that invests.
   *
   * @return the investment by agency, in agency order, not null
   */
  public SortedMap<AgencyCode, Money> investmentByAgency() {
    SortedMap<AgencyCode, Money> out = new TreeMap<>();
    appraisal().investments().forEach(i -> out.merge(i.agency(),
        i.presentValue(appraisal().discountSchedule()), Money::plus));
    return out;
  }

  /**
   * Gets the present value of benefits by value type, fiscal, economic and social kept apart.
   *
   * @return the benefits by value type, in that order, not null
   */
  public SortedMap<ValueType, Money> presentValueByValueType() {
    SortedMap<ValueType, Money> out = new TreeMap<>();
    lines().forEach(l -> out.merge(l.valueType(), l.presentValue(), Money::plus));
    return out;
  }

  /**
   * Returns the step-by-step table: per indicator and agency, events, unit cost, gross saving, each
   * adjustment, net and present value; then investments, agencies, NPV, ratio and payback.
   *
   * @return the table, not null
   */
  @Override
  public String toString() {
    SavingsAppraisal a = appraisal();
    StringBuilder sb = new StringBuilder();
    sb.append("SavingsEstimate (").append(a.priceYear()).append(" prices, ").append(a.currency())
        .append(", discounting: ").append(a.discountSchedule()).append(")\n");
    String row = "  %-28s %-18s %-8s %5s %10s %12s %13s %13s %13s %13s %13s %13s%n";
    sb.append(String.format(Locale.ROOT, row, "indicator", "agency", "type", "years", "events/yr", "unit cost",
        "gross", "-deadweight", "-attribution", "-optimism", "net", "present value"));
    Map<List<Object>, List<SavingsLine>> groups = new LinkedHashMap<>();
    lines().forEach(l -> groups.computeIfAbsent(List.of(l.indicatorId(), l.agency()), k -> new ArrayList<>())
        .add(l));
    groups.values().forEach(g -> {
      SavingsLine first = g.get(0);
      Money gross = total(g, SavingsLine::gross, currency());
      Money dw = total(g, SavingsLine::afterDeadweight, currency());
      Money at = total(g, SavingsLine::afterAttribution, currency());
      Money net = total(g, SavingsLine::net, currency());
      sb.append(String.format(Locale.ROOT, row, first.indicatorId(), first.agency(), first.valueType().code(),
          first.year() + "-" + g.get(g.size() - 1).year(), plain(first.events()), plain(first.unitCost().amount()),
          plain(gross.amount()), plain(dw.minus(gross).amount()), plain(at.minus(dw).amount()),
          plain(net.minus(at).amount()), plain(net.amount()), plain(sum(g, currency()).amount())));
    });
    sb.append(String.format(Locale.ROOT, row, "total", "", "", "", "", "", plain(gross().amount()),
        plain(afterDeadweight().minus(gross()).amount()), plain(afterAttribution().minus(afterDeadweight()).amount()),
        plain(net().minus(afterAttribution()).amount()), plain(net().amount()),
        plain(presentValueOfBenefits().amount())));
    // Each assumption once: indicators that share an adjustment or a counterfactual are named together.
    sb.append("  adjustments: ").append(a.defaultAdjustments()).append(" unless stated");
    a.adjustments().forEach((id, adj) -> {
      if (!adj.equals(a.defaultAdjustments())) {
        sb.append("; ").append(id).append(' ').append(adj);
      }
    });
    sb.append('\n');
    Map<String, List<String>> byCounterfactual = new LinkedHashMap<>();
    a.counterfactuals().forEach((id, c) -> byCounterfactual.computeIfAbsent(c, k -> new ArrayList<>()).add(id));
    byCounterfactual.forEach((c, ids) -> sb.append("  counterfactual of ").append(String.join(", ", ids)).append(": ")
        .append(c).append('\n'));
    a.avoidedEvents().forEach(e -> sb.append("  benefit: ").append(e).append('\n'));
    sb.append(String.format(Locale.ROOT, "  %-6s %16s %16s %16s%n", "year", "benefits (PV)", "costs (PV)",
        "cumulative net"));
    BigDecimal cumulative = BigDecimal.ZERO;
    for (int y = 0; y <= Math.max(lastYear(), a.investments().stream().mapToInt(Investment::year).max().orElse(0)); y++) {
      BigDecimal b = BigDecimal.ZERO;
      for (SavingsLine l : lines()) {
        if (l.year() == y) {
          b = b.add(l.presentValue().amount());
        }
      }
      BigDecimal c = BigDecimal.ZERO;
      for (Investment i : a.investments()) {
        if (i.year() == y) {
          c = c.add(i.presentValue(a.discountSchedule()).amount());
        }
      }
      cumulative = cumulative.add(b).subtract(c);
      sb.append(String.format(Locale.ROOT, "  %-6d %16s %16s %16s%n", y, plain(b), plain(c), plain(cumulative)));
    }
    for (Investment i : a.investments()) {
      sb.append("  invested: ").append(i).append(", discount factor ")
          .append(a.discountSchedule().factor(i.year()).setScale(6, RoundingMode.HALF_EVEN)).append('\n');
    }
    sb.append(String.format(Locale.ROOT, "  %-18s %16s %16s %16s%n", "agency", "invested (PV)", "benefits (PV)",
        "net (PV)"));
    SortedMap<AgencyCode, Money> inv = investmentByAgency();
    SortedMap<AgencyCode, Money> ben = benefitsByAgency();
    TreeMap<AgencyCode, Boolean> agencies = new TreeMap<>();
    inv.keySet().forEach(k -> agencies.put(k, true));
    ben.keySet().forEach(k -> agencies.put(k, true));
    Money zero = Money.zero(currency());
    agencies.keySet().forEach(k -> {
      Money i = inv.getOrDefault(k, zero);
      Money b = ben.getOrDefault(k, zero);
      sb.append(String.format(Locale.ROOT, "  %-18s %16s %16s %16s%n", k, plain(i.amount()), plain(b.amount()),
          plain(b.minus(i).amount())));
    });
    sb.append("  by value type (PV):");
    presentValueByValueType().forEach((type, money) -> sb.append(' ').append(type.code()).append(' ')
        .append(money.rounded()));
    sb.append('\n');
    sb.append("  PV benefits ").append(presentValueOfBenefits().rounded()).append(", PV investment ")
        .append(presentValueOfInvestment().rounded()).append(", NPV ").append(npv().rounded());
    npvLower().ifPresent(l -> sb.append(" (").append(l.rounded()).append(" to ")
        .append(npvUpper().orElseThrow().rounded()).append(')'));
    sb.append(", benefit-cost ratio ")
        .append(benefitCostRatio().map(r -> r.setScale(2, RoundingMode.HALF_EVEN).toPlainString()).orElse("n/a"));
    bcrLower().ifPresent(l -> sb.append(" (").append(l.setScale(2, RoundingMode.HALF_EVEN).toPlainString())
        .append(" to ").append(bcrUpper().orElseThrow().setScale(2, RoundingMode.HALF_EVEN).toPlainString()).append(')'));
    sb.append('\n');
    if (a.uncertainty().draws() > 0) {
      sb.append("  intervals: 95%, seeded Monte Carlo of ").append(a.uncertainty()).append(
          "; events avoided triangular over their intervals\n");
    } else if (npvLower().isPresent()) {
      sb.append("  NPV interval: every indicator at its own lower / upper bound of events avoided\n");
    }
    sb.append("  payback: ").append(paybackStatement()).append('\n');
    if (!sensitivity().isEmpty()) {
      sb.append(String.format(Locale.ROOT, "  one-way sensitivity: %-26s %-24s %-24s %14s %14s%n", "assumption", "low",
          "high", "NPV at low", "NPV at high"));
      sensitivity().forEach(r -> sb.append("                       ").append(r).append('\n'));
    }
    warnings().forEach(w -> sb.append("  warning: ").append(w).append('\n'));
    return sb.toString();
  }

  private static String plain(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
  }
}
