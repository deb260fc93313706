package org.c2model.core;

import org.c2model.core.Money;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

  @Test
  void parse_roundTripsToString() {
    Money m = Money.gbp("1500.00");
    assertEquals("GBP 1500.00", m.toString());
    assertEquals(m, Money.parse(m.toString()));
    assertEquals(Money.gbp(new BigDecimal("1E+3")), Money.parse(Money.gbp(new BigDecimal("1E+3")).toString()));
  }

  @Test
  void equals_byValueWhileTheTextKeepsItsScale() {
    assertEquals(Money.gbp("1500"), Money.gbp("1500.00"));
    assertEquals(Money.gbp("1500").hashCode(), Money.gbp("1500.00").hashCode());
    assertEquals("GBP 1500", Money.gbp("1500").toString());
    assertNotEquals(Money.gbp("1500"), Money.of(new BigDecimal("1500"), java.util.Currency.getInstance("EUR")));
  }

  @Test
  void plus_refusesToMixCurrencies() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Money.gbp("1").plus(Money.of(BigDecimal.ONE, java.util.Currency.getInstance("EUR"))));
    assertEquals("currency", e.field().orElseThrow());
    assertEquals("EUR", e.invalidValue().orElseThrow());
  }

  @Test
  void rounded_toPenceHalfEven() {
    assertEquals("GBP 1994.68", Money.gbp("1994.6834").rounded().toString());
    assertEquals("GBP 0.12", Money.gbp("0.125").rounded().toString());
  }

  @Test
  void parse_rejectsBadTextNamingIt() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Money.parse("GBP 12x"));
    assertEquals("money.amount", e.field().orElseThrow());
    assertTrue(e.getMessage().contains("GBP 12x"), e.getMessage());
    assertEquals("money.currency", assertThrows(InvalidValueException.class, () -> Money.parse("XYZ1 5"))
        .field().orElseThrow());
    assertEquals("money", assertThrows(InvalidValueException.class, () -> Money.parse("5")).field().orElseThrow());
  }
}
