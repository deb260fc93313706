package org.c2model.metrics.savings;

import org.c2model.core.Money;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class SavingsProperties {

  private static final PriceYear YEAR = PriceYear.parse("2013/14");

  @Provide
  Arbitrary<BigDecimal> amounts() {
    return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100000")).ofScale(2);
  }

  @Provide
  Arbitrary<BigDecimal> shares() {
    return Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.ONE).ofScale(3);
  }

  @Provide
  Arbitrary<BigDecimal> events() {
    return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1000")).ofScale(1);
  }

  private static SavingsAppraisal.Builder appraisal(BigDecimal cost, BigDecimal events, int years) {
    UnitCost c = UnitCost.builder().indicatorId("burglary").cost(Money.of(cost, Money.GBP)).unit("per incident")
        .priceYear(YEAR).agency(AgencyCode.POLICE).valueType(ValueType.FISCAL).source("test").build();
    UnitCost d = UnitCost.builder().from(c).indicatorId("asb-incidents").agency(AgencyCode.LOCAL_AUTHORITY).build();
    return SavingsAppraisal.builder().priceYear(YEAR).unitCosts(UnitCostTable.of(List.of(c, d)))
        .addAvoidedEvents(AvoidedEvents.of("burglary", events, 1, years))
        .addAvoidedEvents(AvoidedEvents.of("asb-incidents", events, 0, years));
  }

  /**
   * Savings scale linearly with the unit cost, up to the rounding to pence: each of a line's five
   * amounts is rounded by at most half a penny and every later step multiplies by a factor of at
   * most 1, so a line is within 2.5p of exact, and k times one case within (k + 1) x 2.5p a line of
   * the case at k times the cost.
   */
  @Property(tries = 200)
  void savingsScaleLinearlyWithUnitCost(@ForAll("amounts") BigDecimal cost, @ForAll("events") BigDecimal events,
      @ForAll @IntRange(min = 1, max = 10) int k, @ForAll("shares") BigDecimal deadweight) {
    Adjustments adj = Adjustments.of(deadweight, BigDecimal.ONE, BigDecimal.ZERO);
    SavingsEstimate once = appraisal(cost, events, 5).defaultAdjustments(adj).build().evaluate();
    Money scaled = appraisal(cost.multiply(BigDecimal.valueOf(k)), events, 5).defaultAdjustments(adj).build()
        .evaluate().presentValueOfBenefits();
    BigDecimal gap = once.presentValueOfBenefits().times(BigDecimal.valueOf(k)).minus(scaled).amount().abs();
    BigDecimal bound = new BigDecimal("0.025").multiply(BigDecimal.valueOf((k + 1L) * once.lines().size()));
    assertTrue(gap.compareTo(bound) <= 0, gap + " > " + bound);
  }

  /**
   * Issue 15: every amount an appraisal creates is in pence (scale at most 2), factors and ratios at
   * their stated places, and every total is exactly the sum of its rounded lines, so a report adds up.
   */
  @Property(tries = 200)
  void amountsInPenceAndTotalsAreTheSumsOfTheirLines(@ForAll("amounts") BigDecimal cost,
      @ForAll("events") BigDecimal events, @ForAll("shares") BigDecimal dw, @ForAll("shares") BigDecimal at,
      @ForAll("shares") BigDecimal ob, @ForAll("amounts") BigDecimal invested, @ForAll @IntRange(min = 0, max = 9) int year) {
    SavingsEstimate e = appraisal(cost, events, 7).defaultAdjustments(Adjustments.of(dw, at, ob))
        .addInvestments(Investment.of(AgencyCode.NHS, year, Money.gbp(invested), YEAR)).build().evaluate();
    Money gross = Money.zero(Money.GBP);
    Money net = Money.zero(Money.GBP);
    Money pv = Money.zero(Money.GBP);
    for (SavingsLine l : e.lines()) {
      for (Money m : List.of(l.gross(), l.afterDeadweight(), l.afterAttribution(), l.net(), l.presentValue())) {
        assertTrue(m.amount().scale() <= 2, () -> l.toString());
      }
      assertTrue(l.discountFactor().scale() <= Scales.FACTOR && l.events().scale() <= Scales.EVENTS, l::toString);
      gross = gross.plus(l.gross());
      net = net.plus(l.net());
      pv = pv.plus(l.presentValue());
    }
    assertEquals(gross, e.gross());
    assertEquals(net, e.net());
    assertEquals(pv, e.presentValueOfBenefits());
    for (Money m : List.of(e.gross(), e.net(), e.presentValueOfBenefits(), e.presentValueOfInvestment(), e.npv())) {
      assertTrue(m.amount().scale() <= 2, m::toString);
    }
    assertEquals(e.presentValueOfBenefits().minus(e.presentValueOfInvestment()), e.npv());
    e.benefitCostRatio().ifPresent(r -> assertTrue(r.scale() <= Scales.RATIO, r::toString));
  }

  @Property(tries = 200)
  void discountingNeverIncreasesAFutureValue(@ForAll @IntRange(min = 0, max = DiscountSchedule.MAX_YEAR - 1) int year) {
    BigDecimal f = DiscountSchedule.greenBook().factor(year);
    assertTrue(f.compareTo(BigDecimal.ONE) <= 0 && f.signum() > 0);
    assertTrue(DiscountSchedule.greenBook().factor(year + 1).compareTo(f) <= 0);
  }

  @Property(tries = 200)
  void adjustmentsInZeroToOneNeverIncreaseASaving(@ForAll("amounts") BigDecimal cost,
      @ForAll("events") BigDecimal events, @ForAll("shares") BigDecimal dw, @ForAll("shares") BigDecimal at,
      @ForAll("shares") BigDecimal ob) {
    SavingsEstimate e = appraisal(cost, events, 3).defaultAdjustments(Adjustments.of(dw, at, ob)).build().evaluate();
    SavingsEstimate none = appraisal(cost, events, 3).build().evaluate();
    assertTrue(e.afterDeadweight().compareTo(e.gross()) <= 0);
    assertTrue(e.afterAttribution().compareTo(e.afterDeadweight()) <= 0);
    assertTrue(e.net().compareTo(e.afterAttribution()) <= 0);
    assertTrue(e.presentValueOfBenefits().compareTo(none.presentValueOfBenefits()) <= 0);
  }

  @Property(tries = 100)
  void npvOfZeroInvestmentEqualsDiscountedBenefits(@ForAll("amounts") BigDecimal cost,
      @ForAll("events") BigDecimal events, @ForAll @IntRange(min = 0, max = 40) int years) {
    SavingsEstimate e = appraisal(cost, events, Math.max(1, years))
        .addInvestments(Investment.of(AgencyCode.NHS, years, Money.gbp("0"), YEAR)).build().evaluate();
    assertEquals(e.presentValueOfBenefits(), e.npv());
  }

  @Property(tries = 100)
  void theSumOfSavingsByAgencyEqualsTheTotal(@ForAll("amounts") BigDecimal cost, @ForAll("events") BigDecimal events,
      @ForAll("shares") BigDecimal dw) {
    SavingsEstimate e = appraisal(cost, events, 4).defaultAdjustments(Adjustments.of(dw, BigDecimal.ONE, dw)).build()
        .evaluate();
    Money sum = e.benefitsByAgency().values().stream().reduce(Money.zero(Money.GBP), Money::plus);
    assertEquals(e.presentValueOfBenefits(), sum);
    Money byType = e.presentValueByValueType().values().stream().reduce(Money.zero(Money.GBP), Money::plus);
    assertEquals(e.presentValueOfBenefits(), byType);
  }
}
