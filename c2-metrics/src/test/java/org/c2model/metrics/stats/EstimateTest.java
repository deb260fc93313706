package org.c2model.metrics.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.c2model.core.InvalidValueException;
import org.junit.jupiter.api.Test;

class EstimateTest {

  private static Estimate.Builder base() {
    return Estimate.builder().confidence(ConfidenceLevel.P95).method("Wilson").statistic("percentage");
  }

  @Test
  void builder_rejectsNaNInsteadOfAnExplicitGap() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> base().value(Double.NaN).lower(0).upper(1).build());
    assertEquals("value", e.field().orElseThrow());
  }

  @Test
  void builder_requiresAReasonForAMissingLimit() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> base().value(0.5).upper(1).build());
    assertEquals("suppressionReason", e.field().orElseThrow());
  }

  @Test
  void builder_rejectsLowerAboveUpper() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> base().value(0.5).lower(0.6).upper(0.4).build());
    assertEquals("lower", e.field().orElseThrow());
  }

  @Test
  void toString_showsSuppressionReason() {
    Estimate tiny = StandardisedRates.direct(new double[] {1, 2, Double.NaN}, new double[] {100, 200, 300},
        new double[] {500, 600, 700}, 100000, ConfidenceLevel.P95);
    assertTrue(tiny.isSuppressed());
    assertEquals("dsr NA for total count < 10", tiny.statistic());
    assertEquals("NA: total count 3 is below 10 (dsr NA for total count < 10, Dobson; 3 events in 600)",
        tiny.toString());
  }

  @Test
  void mean_ofOneValueHasAValueButNoInterval() {
    Estimate one = Means.studentT(new double[] {4.2}, ConfidenceLevel.P95);
    assertEquals(4.2, one.value().getAsDouble());
    assertTrue(one.lower().isEmpty() && one.upper().isEmpty());
    assertEquals("a single value has no standard deviation", one.suppressionReason().orElseThrow());
  }
}
