package org.c2model.metrics.savings;

import org.c2model.core.Money;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.c2model.core.InvalidValueException;
import org.junit.jupiter.api.Test;

class SavingsAppraisalTest {

  static final PriceYear Y1314 = PriceYear.parse("2013/14");

  static UnitCost cost(String indicator, String amount, AgencyCode agency, PriceYear year) {
    return UnitCost.builder().indicatorId(indicator).cost(Money.gbp(amount)).unit("per incident").priceYear(year)
        .agency(agency).valueType(ValueType.FISCAL).source("test").build();
  }

  private static String pence(Money m) {
    return m.amount().setScale(2, RoundingMode.HALF_EVEN).toPlainString();
  }

  /**
   * 100 ASB incidents a year avoided in years 1 and 2 at GBP 35 each, deadweight 0.25, attribution 0.5,
   * optimism bias 0.2, against GBP 1,000 invested in year 0. By hand: gross 3,500 a year; after
   * deadweight 2,625; after attribution 1,312.50; net 1,050. Discount factors 1/1.035 = 0.9661836 and
   * 1/1.035^2 = 0.9335107, so PV = 1,050 x 1.8996943 = 1,994.68; NPV 994.68; BCR 1.99; payback year 1
   * (1,050 x 0.9661836 = 1,014.49 >= 1,000).
   */
  @Test
  void evaluate_handCheckedAsbCase() {
    SavingsEstimate e = SavingsAppraisal.builder().priceYear(Y1314)
        .unitCosts(UnitCostTable.of(List.of(cost("asb-incidents", "35", AgencyCode.POLICE, Y1314))))
        .addAvoidedEvents(AvoidedEvents.of("asb-incidents", new BigDecimal("100"), 1, 2))
        .defaultAdjustments(Adjustments.of("0.25", "0.5", "0.2"))
        .addInvestments(Investment.of(AgencyCode.LOCAL_AUTHORITY, 0, Money.gbp("1000"), Y1314))
        .build().evaluate();
    assertEquals("7000.00", pence(e.gross()));
    assertEquals("5250.00", pence(e.afterDeadweight()));
    assertEquals("2625.00", pence(e.afterAttribution()));
    assertEquals("2100.00", pence(e.net()));
    assertEquals("1994.68", pence(e.presentValueOfBenefits()));
    assertEquals("994.68", pence(e.npv()));
    assertEquals("1.99", e.benefitCostRatio().orElseThrow().setScale(2, RoundingMode.HALF_EVEN).toPlainString());
    assertEquals(1, e.paybackYear().getAsInt());
    assertEquals(Map.of(AgencyCode.POLICE, e.presentValueOfBenefits()), e.benefitsByAgency());
    assertEquals(Map.of(AgencyCode.LOCAL_AUTHORITY, Money.gbp("1000")), e.investmentByAgency());
    String table = e.toString();
    assertTrue(table.contains("-1750.00") && table.contains("-2625.00") && table.contains("-525.00"), table);
    assertTrue(table.contains("NPV GBP 994.68"), table);
  }

  @Test
  void evaluate_splitsDomesticViolenceByAgencyAndReportsInterval() {
    UnitCostTable dv = UnitCostTable.of(List.of(cost("domestic-violence", "1171", AgencyCode.NHS, Y1314),
        cost("domestic-violence", "415", AgencyCode.POLICE, Y1314),
        cost("domestic-violence", "110", AgencyCode.of("housing"), Y1314)));
    SavingsEstimate e = SavingsAppraisal.builder().priceYear(Y1314).unitCosts(dv)
        .addAvoidedEvents(AvoidedEvents.builder().indicatorId("domestic-violence").perYear(new BigDecimal("10"))
            .lower(new BigDecimal("2")).upper(new BigDecimal("15")).firstYear(0).lastYear(0).build())
        .addAvoidedEvents(AvoidedEvents.of("diabetes", BigDecimal.ONE, 0, 0))
        .discountSchedule(DiscountSchedule.constant(BigDecimal.ZERO))
        .build().evaluate();
    assertEquals("16960.00", pence(e.presentValueOfBenefits()));
    assertEquals("11710.00", pence(e.benefitsByAgency().get(AgencyCode.NHS)));
    assertEquals("1100.00", pence(e.benefitsByAgency().get(AgencyCode.of("housing"))));
    assertEquals("3392.00", pence(e.npvLower().orElseThrow()));
    assertEquals("25440.00", pence(e.npvUpper().orElseThrow()));
    assertTrue(e.benefitCostRatio().isEmpty());
    assertEquals(0, e.paybackYear().getAsInt());
    assertEquals(1, e.warnings().size());
    assertTrue(e.warnings().get(0).startsWith("diabetes"));
  }

  @Test
  void build_rejectsMixedPriceYears() {
    UnitCostTable old = UnitCostTable.of(List.of(cost("burglary", "683", AgencyCode.POLICE, PriceYear.parse("2010/11"))));
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> SavingsAppraisal.builder()
        .priceYear(Y1314).unitCosts(old).addAvoidedEvents(AvoidedEvents.of("burglary", BigDecimal.TEN, 1, 1)).build());
    assertEquals("unitCosts[burglary][0].priceYear", e.field().orElseThrow());
    assertEquals("2010/11", e.invalidValue().orElseThrow());
    InvalidValueException i = assertThrows(InvalidValueException.class, () -> SavingsAppraisal.builder()
        .priceYear(Y1314).unitCosts(old).addInvestments(Investment.of(AgencyCode.NHS, 0, Money.gbp("1"),
            PriceYear.parse("2012/13"))).build());
    assertEquals("investments[0].priceYear", i.field().orElseThrow());
  }

  @Test
  void uprate_usesTheDeflatorRatio() {
    DeflatorTable d = DeflatorTable.of(Map.of(PriceYear.parse("2010/11"), new BigDecimal("90"), Y1314,
        new BigDecimal("100")));
    UnitCostTable up = UnitCostTable.of(List.of(cost("burglary", "683", AgencyCode.POLICE, PriceYear.parse("2010/11"))))
        .uprate(Y1314, d);
    assertEquals(Y1314, up.costs().get(0).priceYear());
    // 683 x 100 / 90 = 758.888...: the ratio 1.1111111111 to 10 places, the cost rounded to pence
    assertEquals(new BigDecimal("1.1111111111"), d.factor(PriceYear.parse("2010/11"), Y1314));
    assertEquals(Money.gbp("758.89"), up.costs().get(0).cost());
    assertEquals(2, up.costs().get(0).cost().amount().scale());
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> up.uprate(PriceYear.parse("2020/21"), d));
    assertEquals("to", e.field().orElseThrow());
  }

  @Test
  void discountSchedule_followsTheGreenBook() {
    DiscountSchedule g = DiscountSchedule.greenBook();
    assertEquals(0, BigDecimal.ONE.compareTo(g.factor(0)));
    assertEquals(new BigDecimal("0.035"), g.rate(30));
    assertEquals(new BigDecimal("0.030"), g.rate(31));
    assertEquals(new BigDecimal("0.010"), g.rate(301));
    // factors to 10 decimal places (Scales.FACTOR), so within half of 1e-10 of the exact value
    assertEquals(1 / Math.pow(1.035, 30), g.factor(30).doubleValue(), 5e-11);
    assertEquals(1 / Math.pow(1.035, 30) / 1.03, g.factor(31).doubleValue(), 5e-11);
    assertEquals(Scales.FACTOR, g.factor(31).scale());
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> DiscountSchedule.constant(
        new BigDecimal("1.5")));
    assertEquals("rate", e.field().orElseThrow());
  }

  @Test
  void adjustments_deadweightFromComparatorAndRange() {
    // neighbourhood 200 -> 120 (40% fall), comparator 500 -> 450 (10% fall): a quarter would have happened anyway
    assertEquals(0, new BigDecimal("0.25").compareTo(Adjustments.deadweightFromComparator(new BigDecimal("200"),
        new BigDecimal("120"), new BigDecimal("500"), new BigDecimal("450"))));
    assertEquals(BigDecimal.ZERO, Adjustments.deadweightFromComparator(BigDecimal.TEN, BigDecimal.ONE,
        BigDecimal.TEN, new BigDecimal("12")));
    assertEquals(BigDecimal.ONE, Adjustments.deadweightFromComparator(BigDecimal.TEN, BigDecimal.TEN,
        BigDecimal.TEN, BigDecimal.ONE));
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Adjustments.of("0", "1.2", "0"));
    assertEquals("attribution", e.field().orElseThrow());
    assertEquals("1.2", e.invalidValue().orElseThrow());
  }

  @Test
  void money_refusesMixedCurrencies() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Money.gbp("1").plus(Money.of(BigDecimal.ONE, java.util.Currency.getInstance("EUR"))));
    assertEquals("currency", e.field().orElseThrow());
    assertEquals(Money.gbp("1.0"), Money.gbp("1.00"));
    assertEquals("GBP 1234.57", Money.gbp("1234.565001").rounded().toString());
  }

  @Test
  void priceYear_parsesFinancialYears() {
    assertEquals(2013, Y1314.startYear());
    assertEquals("1999/00", PriceYear.of(1999).toString());
    assertEquals(PriceYear.of(1999), PriceYear.parse("1999/00"));
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> PriceYear.parse("2013/15"));
    assertEquals("priceYear", e.field().orElseThrow());
    assertEquals("'2013/15'", e.invalidValue().orElseThrow());
  }
}
