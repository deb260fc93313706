package org.c2model.metrics.savings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.c2model.core.InvalidValueException;
import org.c2model.core.Money;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: every year of an appraisal is bounded at construction (never an endless loop or an
 * unbounded cache); issue 11: benefits by year with drop-off, staff time as cost, the seeded Monte
 * Carlo, the one-way sensitivity table and a payback statement consistent with the interval.
 */
class AppraisalBoundsAndUncertaintyTest {

  private static final PriceYear PRICES = PriceYear.parse("2013/14");

  @Test
  void avoidedEvents_aLastYearOfIntegerMaxValueFailsFast() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> AvoidedEvents.of("asb-incidents", new BigDecimal("96"), 1, Integer.MAX_VALUE));
    assertEquals("lastYear", e.field().orElseThrow());
    assertEquals(String.valueOf(Integer.MAX_VALUE), e.invalidValue().orElseThrow());
  }

  @Test
  void investment_inYearIntegerMaxValueFailsFastBeforeAnyNpv() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Investment.of(AgencyCode.POLICE, Integer.MAX_VALUE, Money.gbp("1"), PRICES));
    assertEquals("year", e.field().orElseThrow());
  }

  @Test
  void discountSchedule_factorsAreBoundedSoTheCacheIsToo() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> DiscountSchedule.greenBook().factor(Integer.MAX_VALUE));
    assertEquals("year", e.field().orElseThrow());
    assertTrue(DiscountSchedule.greenBook().factor(DiscountSchedule.MAX_YEAR).signum() > 0);
  }

  @Test
  void staffTimeAndUncertainty_boundedAtConstruction() {
    assertEquals("hours", assertThrows(InvalidValueException.class,
        () -> StaffTime.of(AgencyCode.POLICE, 1, "1e12", "meetings")).field().orElseThrow());
    assertEquals("draws", assertThrows(InvalidValueException.class,
        () -> Uncertainty.builder().from(Uncertainty.standard()).draws(Integer.MAX_VALUE).build()).field().orElseThrow());
  }

  /**
   * The Green Book's 3.5% discount factors, as tabulated in HM Treasury, <em>The Green Book</em>
   * (2003), annex 6, to four decimals: 0.9662, 0.9335, 0.9019, 0.8714, 0.8420 for years 1 to 5
   * and 0.7089 for year 10.
   */
  @Test
  void discountSchedule_reproducesTheGreenBooksTabulatedFactors() {
    String[] published = {"1.0000", "0.9662", "0.9335", "0.9019", "0.8714", "0.8420"};
    for (int year = 0; year < published.length; year++) {
      assertEquals(published[year], DiscountSchedule.greenBook().factor(year).setScale(4, RoundingMode.HALF_EVEN)
          .toPlainString(), "year " + year);
    }
    assertEquals("0.7089", DiscountSchedule.greenBook().factor(10).setScale(4, RoundingMode.HALF_EVEN).toPlainString());
  }

  private static UnitCostTable costs() {
    return UnitCostTable.of(List.of(
        UnitCost.builder().indicatorId("asb-incidents").cost(Money.gbp("100")).unit("per incident").priceYear(PRICES)
            .agency(AgencyCode.POLICE).valueType(ValueType.FISCAL).source("test").build(),
        UnitCost.builder().indicatorId(StaffTime.HOURLY_COST_ID).cost(Money.gbp("30")).unit("per hour")
            .priceYear(PRICES).agency(AgencyCode.POLICE).valueType(ValueType.FISCAL).source("test").build()));
  }

  private static SavingsAppraisal.Builder appraisal(String perYear, String lower, String upper) {
    AvoidedEvents events = AvoidedEvents.builder().indicatorId("asb-incidents").perYear(new BigDecimal(perYear))
        .lower(new BigDecimal(lower)).upper(new BigDecimal(upper)).firstYear(1).lastYear(5).dropOffFrom(2)
        .persistence(new BigDecimal("0.5")).build();
    return SavingsAppraisal.builder().priceYear(PRICES).unitCosts(costs()).addAvoidedEvents(events)
        .defaultAdjustments(Adjustments.of("0", "0.5", "0.2"))
        .addInvestments(StaffTime.of(AgencyCode.POLICE, 1, "40", "partnership meetings").value(costs(), PRICES))
        .uncertainty(Uncertainty.standard());
  }

  @Test
  void lines_keepTheFullChangeThroughTheObservedYearsThenDropOff() {
    SavingsEstimate e = appraisal("100", "50", "150").build().evaluate();
    List<SavingsLine> lines = e.lines();
    assertEquals(5, lines.size());
    assertEquals(0, new BigDecimal("100").compareTo(lines.get(1).events()), "year 2 observed");
    assertEquals(0, new BigDecimal("50").compareTo(lines.get(2).events()), "year 3 keeps half");
    assertEquals(0, new BigDecimal("12.5").compareTo(lines.get(4).events()), "year 5 an eighth");
    assertEquals(Money.gbp("1200.00"), e.appraisal().investments().get(0).amount(), "40 h x GBP 30.00");
    assertTrue(e.appraisal().investments().get(0).note().orElseThrow().contains("40 h x GBP 30.00"));
  }

  @Test
  void monteCarlo_isSeededAndItsIntervalHoldsThePointEstimate() {
    SavingsEstimate a = appraisal("100", "50", "150").build().evaluate();
    SavingsEstimate b = appraisal("100", "50", "150").build().evaluate();
    assertEquals(a.npvLower(), b.npvLower());
    assertEquals(a.bcrUpper(), b.bcrUpper());
    assertTrue(a.npvLower().orElseThrow().compareTo(a.npv()) < 0 && a.npvUpper().orElseThrow().compareTo(a.npv()) > 0);
    BigDecimal bcr = a.benefitCostRatio().orElseThrow();
    assertTrue(a.bcrLower().orElseThrow().compareTo(bcr) < 0 && a.bcrUpper().orElseThrow().compareTo(bcr) > 0);
    assertEquals(List.of("events avoided", "deadweight (no comparator)", "attribution", "optimism bias", "persistence"),
        a.sensitivity().stream().map(Sensitivity::assumption).toList());
    Sensitivity attribution = a.sensitivity().get(2);
    assertTrue(attribution.npvAtLow().compareTo(a.npv()) < 0 && attribution.npvAtHigh().compareTo(a.npv()) > 0);
    assertTrue(a.toString().contains("one-way sensitivity"), a::toString);
  }

  @Test
  void payback_isClaimedOnlyWhenTheWholeIntervalSupportsIt() {
    SavingsEstimate sure = appraisal("100", "90", "110").build().evaluate();
    assertTrue(sure.npvLower().orElseThrow().amount().signum() > 0, sure::toString);
    assertTrue(sure.paybackStatement().startsWith("paid back by year " + sure.paybackYear().getAsInt()),
        sure.paybackStatement());
    SavingsEstimate unsure = appraisal("10", "-20", "40").build().evaluate();
    assertTrue(unsure.paybackStatement().startsWith("no payback year claimed"), unsure.paybackStatement());
    assertTrue(unsure.paybackStatement().contains("would have to be at least"), unsure.paybackStatement());
  }
}
