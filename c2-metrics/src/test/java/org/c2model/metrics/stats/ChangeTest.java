package org.c2model.metrics.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.c2model.core.InvalidValueException;
import org.junit.jupiter.api.Test;

/** Examples with hand-checked numbers: a 77% fall (docs/c2-model.md section 5, Table 1 style). */
class ChangeTest {

  private static final EventCount BEFORE = EventCount.of(100, 1000);
  private static final EventCount AFTER = EventCount.of(23, 1000);

  @Test
  void percentageChange_a77PercentFall() {
    // By hand: RR = 23/100 = 0.23; SE(ln RR) = √(1/100 + 1/23) = 0.231254; z·SE = 0.453251;
    // RR limits 0.23 × e^∓0.453251 = 0.146179 to 0.361886, so -85.382% to -63.811%.
    Estimate change = Change.percentageChange(BEFORE, AFTER, ConfidenceLevel.P95);
    assertEquals(-77.0, change.value().getAsDouble(), 1e-9);
    assertEquals(-85.382, change.lower().getAsDouble(), 1e-3);
    assertEquals(-63.811, change.upper().getAsDouble(), 1e-3);
    assertEquals("log-normal approximation", change.method());
    assertEquals("down by 77% (95% CI 64% to 85% down)", Change.describe(change));
  }

  @Test
  void rateRatio_matchesPercentageChange() {
    Estimate ratio = Change.rateRatio(AFTER, BEFORE, ConfidenceLevel.P95);
    assertEquals(0.23, ratio.value().getAsDouble(), 1e-12);
    assertEquals(0.146179, ratio.lower().getAsDouble(), 1e-6);
    assertEquals(0.361886, ratio.upper().getAsDouble(), 1e-6);
  }

  @Test
  void percentageChange_zeroEventsIsSuppressedWithReason() {
    Estimate change = Change.percentageChange(BEFORE, EventCount.of(0, 1000), ConfidenceLevel.P95);
    assertTrue(change.isSuppressed());
    assertTrue(change.suppressionReason().orElseThrow().contains("count is 0"));
    assertTrue(Change.describe(change).startsWith("not estimable"));
  }

  @Test
  void differenceInDifferences_againstComparator() {
    // Target 100 -> 23 per 1,000, comparator 100 -> 90 per 1,000: (23 - 100) - (90 - 100) = -67 per 1,000.
    // Variance per person² = (100 + 23 + 100 + 90) / 1000² = 3.13e-4; z·√ × 1000 = 34.6754.
    Estimate did = Change.differenceInDifferences(BEFORE, AFTER, EventCount.of(100, 1000), EventCount.of(90, 1000),
        1000, ConfidenceLevel.P95);
    assertEquals(-67.0, did.value().getAsDouble(), 1e-9);
    assertEquals(-101.6754, did.lower().getAsDouble(), 1e-4);
    assertEquals(-32.3246, did.upper().getAsDouble(), 1e-4);
    assertEquals("difference in differences of rates per 1000", did.statistic());
  }

  @Test
  void ratioOfRateRatios_againstComparator() {
    // 0.23 / 0.9 = 0.255556; SE = √(1/100 + 1/23 + 1/100 + 1/90) = 0.273111.
    Estimate rrr = Change.ratioOfRateRatios(BEFORE, AFTER, EventCount.of(100, 1000), EventCount.of(90, 1000),
        ConfidenceLevel.P95);
    assertEquals(0.255556, rrr.value().getAsDouble(), 1e-6);
    assertEquals(0.149630, rrr.lower().getAsDouble(), 1e-5);
    assertEquals(0.436471, rrr.upper().getAsDouble(), 1e-5);
  }

  @Test
  void eventCount_rejectsZeroPopulation() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> EventCount.of(5, 0));
    assertEquals("population", e.field().orElseThrow());
    assertTrue(e.getMessage().endsWith(": 0"), e.getMessage());
  }
}
