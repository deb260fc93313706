package org.c2model.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Optional;
import org.c2model.core.InvalidValueException;
import org.junit.jupiter.api.Test;

class DerivedTest {

  @Test
  void aDecimalWrittenAtAnotherScaleIsTheSameDerivedValue() {
    // A benefit-cost ratio of zero computed as 0E+34 is written as 0: the reader must accept it.
    Derived<String> d = new Derived<>("built");
    d.put("benefitCostRatio", new BigDecimal("0"));
    assertEquals("built", d.checkOptional("built", "benefitCostRatio", v -> Optional.of(new BigDecimal("0E+34"))));
  }

  @Test
  void aDifferentDecimalIsRefusedNamingTheField() {
    Derived<String> d = new Derived<>("built");
    d.put("benefitCostRatio", new BigDecimal("4.40"));
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> d.checkOptional("built", "benefitCostRatio", v -> Optional.of(new BigDecimal("4.41"))));
    assertEquals(Optional.of("benefitCostRatio"), e.field());
  }
}
