package org.c2model.metrics.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.c2model.core.InvalidValueException;
import org.junit.jupiter.api.Test;

class ConfidenceLevelTest {

  @Test
  void of_acceptsProportionsAndPercentagesAsTheReferenceDoes() {
    assertEquals(ConfidenceLevel.P95, ConfidenceLevel.of(95));
    assertEquals("99.8%", ConfidenceLevel.of(99.8).toString());
    assertEquals("95%", ConfidenceLevel.of(0.95).toString());
    assertEquals(1.959963984540054, ConfidenceLevel.P95.z(), 1e-15);
    assertEquals(1.0, ConfidenceLevel.of(100).level());
  }

  @Test
  void of_rejectsLevelsTheReferenceRejects() {
    for (double bad : new double[] {0.8, 50, 130, -0.95, 0, Double.NaN, Double.POSITIVE_INFINITY}) {
      InvalidValueException e = assertThrows(InvalidValueException.class, () -> ConfidenceLevel.of(bad));
      assertEquals("confidence", e.field().orElseThrow());
      assertTrue(e.getMessage().contains("between 0.9 and 1 or between 90 and 100"), e.getMessage());
    }
  }

  /** Issue 14: the value is named as given, in few characters, however small or large. */
  @Test
  void of_namesTheLevelGivenInFewCharacters() {
    InvalidValueException tiny = assertThrows(InvalidValueException.class, () -> ConfidenceLevel.of(Double.MIN_VALUE));
    assertEquals("confidence", tiny.field().orElseThrow());
    assertEquals("4.9E-324", tiny.invalidValue().orElseThrow());
    InvalidValueException huge = assertThrows(InvalidValueException.class, () -> ConfidenceLevel.of(-Double.MAX_VALUE));
    assertEquals("-1.7976931348623157E308", huge.invalidValue().orElseThrow());
    assertEquals("89.99", assertThrows(InvalidValueException.class, () -> ConfidenceLevel.of(89.99))
        .invalidValue().orElseThrow());
  }
}
