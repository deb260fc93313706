package org.c2model.metrics.savings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.c2model.core.InvalidValueException;
import org.c2model.core.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Every public factory of the savings package rejects bad input with an
 * {@link InvalidValueException} naming the argument and the value, and a null with a
 * {@link NullPointerException} naming the argument.
 */
class SavingsInputsTest {

  private static final PriceYear YEAR = PriceYear.of(2013);

  @Test
  void adjustmentsOf_textThatIsNotADecimal_namesTheArgumentAndValue() {
    assertInvalid("deadweight", "'x'", () -> Adjustments.of("x", "0.5", "0.2"));
    assertInvalid("attribution", "'half'", () -> Adjustments.of("0.1", "half", "0.2"));
    assertInvalid("optimismBias", "''", () -> Adjustments.of("0.1", "0.5", ""));
    assertInvalid("optimismBias", "'0,2'", () -> Adjustments.of("0.1", "0.5", "0,2"));
  }

  @Test
  void adjustmentsOf_textOutsideZeroToOne_namesTheArgumentAndValue() {
    assertInvalid("deadweight", "1.5", () -> Adjustments.of("1.5", "0.5", "0.2"));
    assertInvalid("attribution", "-0.1", () -> Adjustments.of("0.1", "-0.1", "0.2"));
  }

  @Test
  void adjustmentsOf_null_throwsNullPointerExceptionNamingTheArgument() {
    assertNull("deadweight", () -> Adjustments.of(null, "0.5", "0.2"));
    assertNull("attribution", () -> Adjustments.of("0.1", null, "0.2"));
    assertNull("optimismBias", () -> Adjustments.of("0.1", "0.5", null));
    assertNull("deadweight", () -> Adjustments.of(null, BigDecimal.ONE, BigDecimal.ZERO));
    assertNull("optimismBias", () -> Adjustments.of(BigDecimal.ZERO, BigDecimal.ONE, null));
  }

  @Test
  void adjustmentsOf_validText_isParsed() {
    Adjustments a = Adjustments.of("0.1", "0.5", "0.2");
    assertEquals(new BigDecimal("0.5"), a.attribution());
  }

  @Test
  void deadweightFromComparator_nullOrNegative_namesTheArgument() {
    BigDecimal ten = BigDecimal.TEN;
    assertNull("baseline", () -> Adjustments.deadweightFromComparator(null, ten, ten, ten));
    assertNull("followUp", () -> Adjustments.deadweightFromComparator(ten, null, ten, ten));
    assertNull("comparatorBaseline", () -> Adjustments.deadweightFromComparator(ten, ten, null, ten));
    assertNull("comparatorFollowUp", () -> Adjustments.deadweightFromComparator(ten, ten, ten, null));
    assertInvalid("comparatorFollowUp", "-1", () -> Adjustments.deadweightFromComparator(ten, ten, ten,
        BigDecimal.ONE.negate()));
  }

  @Test
  void priceYearParse_badText_namesPriceYearAndValue() {
    assertInvalid("priceYear", "'2013/15'", () -> PriceYear.parse("2013/15"));
    assertInvalid("priceYear", "'13/14'", () -> PriceYear.parse("13/14"));
    assertInvalid("priceYear", "1899", () -> PriceYear.parse("1899/00"));
    assertNull("text", () -> PriceYear.parse(null));
  }

  @Test
  void moneyParsing_badText_namesTheArgumentAndValue() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Money.gbp("12,50"));
    assertTrue(e.invalidValue().orElseThrow().contains("12,50"), e::getMessage);
    e = assertThrows(InvalidValueException.class, () -> Money.parse("XYZ 10"));
    assertTrue(e.getMessage().contains("XYZ"), e::getMessage);
    assertNull("amount", () -> Money.gbp((String) null));
  }

  @Test
  void avoidedEventsOf_badInput_namesTheArgument() {
    assertInvalid("indicatorId", "' '", () -> AvoidedEvents.of(" ", BigDecimal.ONE, 1, 5));
    assertInvalid("firstYear", "-1", () -> AvoidedEvents.of("asb-incidents", BigDecimal.ONE, -1, 5));
    assertInvalid("lastYear", "0", () -> AvoidedEvents.of("asb-incidents", BigDecimal.ONE, 1, 0));
    assertNull("indicatorId", () -> AvoidedEvents.of(null, BigDecimal.ONE, 1, 5));
    assertNull("perYear", () -> AvoidedEvents.of("asb-incidents", null, 1, 5));
  }

  @Test
  void investmentOf_badInput_namesTheArgument() {
    Money amount = Money.gbp("20000");
    assertInvalid("year", "-1", () -> Investment.of(AgencyCode.POLICE, -1, amount, YEAR));
    assertInvalid("amount", "GBP -5", () -> Investment.of(AgencyCode.POLICE, 0, Money.gbp("-5"), YEAR));
    assertNull("agency", () -> Investment.of(null, 0, amount, YEAR));
    assertNull("amount", () -> Investment.of(AgencyCode.POLICE, 0, null, YEAR));
    assertNull("priceYear", () -> Investment.of(AgencyCode.POLICE, 0, amount, null));
  }

  @Test
  void deflatorTableOf_badInput_namesTheArgument() {
    assertInvalid("indices[2013/14]", "0", () -> DeflatorTable.of(Map.of(YEAR, BigDecimal.ZERO)));
    assertNull("indices", () -> DeflatorTable.of(null));
    Map<PriceYear, BigDecimal> nullKey = new HashMap<>();
    nullKey.put(null, BigDecimal.ONE);
    assertNull("indices key", () -> DeflatorTable.of(nullKey));
    Map<PriceYear, BigDecimal> nullValue = new HashMap<>();
    nullValue.put(YEAR, null);
    assertNull("indices[2013/14]", () -> DeflatorTable.of(nullValue));
  }

  @Test
  void unitCostTableOf_badInput_namesTheArgument() {
    assertNull("costs", () -> UnitCostTable.of(null));
    List<UnitCost> withNull = new ArrayList<>(Arrays.asList((UnitCost) null));
    assertNull("costs[0]", () -> UnitCostTable.of(withNull));
  }

  @Test
  void otherFactories_nullOrBadInput_namesTheArgument() {
    assertNull("rate", () -> DiscountSchedule.constant(null));
    assertInvalid("rate", "2", () -> DiscountSchedule.constant(BigDecimal.valueOf(2)));
    assertNull("code", () -> ValueType.fromCode(null));
    assertInvalid("valueType", "'cash'", () -> ValueType.fromCode("cash"));
    assertNull("code", () -> AgencyCode.of(null));
    assertInvalid("agency", "'Police'", () -> AgencyCode.of("Police"));
  }

  private static void assertInvalid(String field, String value, Executable call) {
    InvalidValueException e = assertThrows(InvalidValueException.class, call);
    assertEquals(field, e.field().orElseThrow(), e::getMessage);
    assertEquals(value, e.invalidValue().orElseThrow(), e::getMessage);
  }

  private static void assertNull(String name, Executable call) {
    NullPointerException e = assertThrows(NullPointerException.class, call);
    assertEquals(name, e.getMessage());
  }
}
