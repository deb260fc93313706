package org.c2model.metrics.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.c2model.core.InvalidValueException;
import org.junit.jupiter.api.Test;

/** Examples with hand-checked numbers: the Townstal survey (docs/c2-model.md section 6). */
class ProportionsTest {

  // By hand, z = 1.959964, z² = 3.841459, n + z² = 28.841459:
  // 18 of 25: 4x(1 - x/n) = 20.16, z·√(z² + 20.16) = 9.602115, (36 + 3.841459 ∓ 9.602115) / 57.682918
  //           = 0.524234 to 0.857161
  // 16 of 25: 4x(1 - x/n) = 23.04, z·√(z² + 23.04) = 10.163457, (32 + 3.841459 ∓ 10.163457) / 57.682918
  //           = 0.445185 to 0.797521

  @Test
  void percentage_townstalBelonging18Of25() {
    Estimate belonging = Proportions.percentage(18, 25);
    assertEquals(72.0, belonging.value().getAsDouble(), 1e-12);
    assertEquals(52.4234, belonging.lower().getAsDouble(), 1e-4);
    assertEquals(85.7161, belonging.upper().getAsDouble(), 1e-4);
    assertEquals("Wilson", belonging.method());
    assertEquals("percentage", belonging.statistic());
    assertEquals("72.0% (95% CI 52.4% to 85.7%, Wilson; 18 of 25)", belonging.toString());
  }

  @Test
  void percentage_townstalInfluence16Of25() {
    Estimate influence = Proportions.percentage(16, 25);
    assertEquals(64.0, influence.value().getAsDouble(), 1e-12);
    assertEquals(44.5185, influence.lower().getAsDouble(), 1e-4);
    assertEquals(79.7521, influence.upper().getAsDouble(), 1e-4);
    assertEquals("64.0% (95% CI 44.5% to 79.8%, Wilson; 16 of 25)", influence.toString());
  }

  @Test
  void percentage_widerAt99point8() {
    Estimate belonging = Proportions.percentage(18, 25, ConfidenceLevel.P99_8);
    assertTrue(belonging.lower().getAsDouble() < 52.4 && belonging.upper().getAsDouble() > 85.8);
    assertTrue(belonging.toString().contains("99.8% CI"));
  }

  @Test
  void of_zeroAndAllGiveExactEdges() {
    Estimate none = Proportions.of(0, 25, 1, ConfidenceLevel.P95);
    assertEquals(0.0, none.lower().getAsDouble());
    assertEquals(0.0, none.value().getAsDouble());
    assertTrue(none.upper().getAsDouble() > 0.1 && none.upper().getAsDouble() < 0.2);
    Estimate all = Proportions.of(25, 25, 1, ConfidenceLevel.P95);
    assertEquals(1.0, all.upper().getAsDouble());
    assertEquals(1.0, all.value().getAsDouble());
  }

  @Test
  void of_missingNumeratorIsSuppressedWithReason() {
    Estimate e = Proportions.of(Double.NaN, 25, 100, ConfidenceLevel.P95);
    assertTrue(e.isSuppressed());
    assertEquals("numerator is missing", e.suppressionReason().orElseThrow());
    assertTrue(e.toString().startsWith("NA: numerator is missing"));
  }

  @Test
  void of_rejectsNumeratorAboveDenominator() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Proportions.percentage(26, 25));
    assertEquals("numerator", e.field().orElseThrow());
    assertTrue(e.getMessage().endsWith(": 26"), e.getMessage());
  }

  @Test
  void of_rejectsZeroDenominatorAndNegativeNumerator() {
    InvalidValueException zero = assertThrows(InvalidValueException.class, () -> Proportions.percentage(0, 0));
    assertEquals("denominator", zero.field().orElseThrow());
    InvalidValueException negative = assertThrows(InvalidValueException.class, () -> Proportions.percentage(-1, 25));
    assertEquals("numerator", negative.field().orElseThrow());
    assertTrue(negative.getMessage().endsWith(": -1"), negative.getMessage());
  }

  @Test
  void of_rejectsZeroMultiplier() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Proportions.of(1, 2, 0, ConfidenceLevel.P95));
    assertEquals("multiplier", e.field().orElseThrow());
  }
}
