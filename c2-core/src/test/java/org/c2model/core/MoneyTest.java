package org.c2model.core;

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
  void equals_includesScale() {
    assertNotEquals(Money.gbp("1500"), Money.gbp("1500.00"));
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
