package org.c2model.metrics.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.c2model.core.InvalidValueException;
import org.junit.jupiter.api.Test;

/** Funnel-plot control limits, checked against the reference's formulas (values from scipy). */
class FunnelsTest {

  @Test
  void proportion_limitsAroundHalfAt25() {
    // PHEindicatormethods sigma_adjustment(0.975 / 0.999, 25, 0.5, ..., 100), evaluated in scipy.
    ControlLimits inner = Funnels.proportion(0.5, 25, 100, ConfidenceLevel.P95);
    assertEquals(30.400360154599465, inner.lower(), 1e-9);
    assertEquals(69.59963984540055, inner.upper(), 1e-9);
    assertEquals(50.0, inner.centre(), 1e-12);
    ControlLimits outer = Funnels.proportion(0.5, 25, 100, ConfidenceLevel.P99_8);
    assertEquals(19.097676938321875, outer.lower(), 1e-9);
    assertEquals(80.90232306167813, outer.upper(), 1e-9);
  }

  @Test
  void proportion_limitIsWhereTheWilsonIntervalReachesTheAverage() {
    ControlLimits inner = Funnels.proportion(0.3, 400, 1, ConfidenceLevel.P95);
    assertEquals(0.3, Proportions.wilsonLower(inner.upper() * 400, 400, ConfidenceLevel.P95), 1e-12);
    assertEquals(0.3, Proportions.wilsonUpper(inner.lower() * 400, 400, ConfidenceLevel.P95), 1e-12);
  }

  @Test
  void rate_limitsAroundSevenPointFivePer1000At4000() {
    // Expected 30 events; U with P(U, 30) = 0.025 and L + 1 with P(L + 1, 30) = 0.975 (scipy brentq).
    ControlLimits inner = Funnels.rate(7.5, 4000, 1000, ConfidenceLevel.P95);
    assertEquals(4.817476104843013, inner.lower(), 1e-9);
    assertEquals(10.42044979630012, inner.upper(), 1e-9);
    assertEquals(30, Rates.exactLower(inner.upper() * 4, ConfidenceLevel.P95), 1e-9);
    assertEquals(30, Rates.exactUpper(inner.lower() * 4, ConfidenceLevel.P95), 1e-9);
    assertEquals(Comparison.SIMILAR, inner.compare(7.5, Polarity.LOWER_IS_BETTER));
    assertEquals(Comparison.WORSE, inner.compare(11, Polarity.LOWER_IS_BETTER));
    assertTrue(inner.toString().startsWith("95% limits at 4,000:"), inner.toString());
  }

  @Test
  void rate_lowerLimitIsZeroForSmallExpectedCounts() {
    ControlLimits limits = Funnels.rate(1, 1000, 1000, ConfidenceLevel.P95);
    assertEquals(0.0, limits.lower());
    assertTrue(limits.upper() > 1);
  }

  @Test
  void average_isSumOverSum() {
    assertEquals(0.3, Funnels.average(new double[] {10, 20}, new double[] {50, 50}), 1e-15);
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Funnels.average(new double[] {10, 20}, new double[] {50}));
    assertEquals("denominators.length", e.field().orElseThrow());
  }
}
