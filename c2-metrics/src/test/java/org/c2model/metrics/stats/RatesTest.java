package org.c2model.metrics.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.c2model.core.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Examples with hand-checked numbers. */
class RatesTest {

  @Test
  void crude_30In4000Per1000UsesByars() {
    // By hand, O = 30, z = 1.959964:
    // lower = 30 (1 - 1/270 - z/(3√30))³ = 30 × 0.877016³ = 20.23694 -> 20.23694 / 4000 × 1000 = 5.0592
    // upper = 31 (1 - 1/279 + z/(3√31))³ = 31 × 1.113757³ = 42.82837 -> 10.7071
    Estimate rate = Rates.crude(30, 4000, 1000);
    assertEquals(7.5, rate.value().getAsDouble(), 1e-12);
    assertEquals(5.0592, rate.lower().getAsDouble(), 1e-4);
    assertEquals(10.7071, rate.upper().getAsDouble(), 1e-4);
    assertEquals("Byars", rate.method());
    assertEquals("rate per 1000", rate.statistic());
    assertEquals("7.50 per 1,000 (95% CI 5.06 to 10.71, Byars; 30 in 4,000)", rate.toString());
  }

  @Test
  void crude_nineEventsUsesExact() {
    Estimate rate = Rates.crude(9, 4000, 1000, ConfidenceLevel.P95);
    assertEquals("Exact", rate.method());
    // qchisq(0.025, 18) / 2 = 4.115373, qchisq(0.975, 20) / 2 = 17.084803
    assertEquals(4.115373 / 4, rate.lower().getAsDouble(), 1e-6);
    assertEquals(17.084803 / 4, rate.upper().getAsDouble(), 1e-6);
  }

  @Test
  void crude_zeroEventsGivesExactInterval() {
    Estimate rate = Rates.crude(0, 4000, 1000, ConfidenceLevel.P95);
    assertEquals(0.0, rate.value().getAsDouble());
    assertEquals(0.0, rate.lower().getAsDouble());
    assertEquals(-Math.log(0.025) / 4, rate.upper().getAsDouble(), 1e-12);
  }

  @Test
  void byarsLower_undefinedForOneEventAt99point8() {
    assertTrue(Rates.byarsLower(1, ConfidenceLevel.P99_8).isEmpty());
    assertTrue(Rates.byarsLower(0, ConfidenceLevel.P95).isEmpty());
  }

  @Test
  void crude_rejectsZeroPopulation() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Rates.crude(3, 0, 1000));
    assertEquals("denominator", e.field().orElseThrow());
    assertTrue(e.getMessage().endsWith(": 0"), e.getMessage());
  }

  /** Issue 14: a huge count failed inside the quantile solver with a message naming neither argument nor value. */
  @Test
  void exactLimits_rejectCountsTooLargeForTheSolverNamingArgumentAndValue() {
    for (double huge : new double[] {1e12, 1e300, Double.MAX_VALUE}) {
      for (Executable call : List.<Executable>of(() -> Rates.exactLower(huge, ConfidenceLevel.P95),
          () -> Rates.exactUpper(huge, ConfidenceLevel.P99_8))) {
        InvalidValueException e = assertThrows(InvalidValueException.class, call);
        assertEquals("observed", e.field().orElseThrow());
        assertEquals(Inputs.label(huge), e.invalidValue().orElseThrow());
        assertTrue(e.getMessage().contains("must be at most 1,000,000,000"), e.getMessage());
      }
    }
    assertEquals(1e9, Rates.exactUpper(1e9, ConfidenceLevel.P95), 1e6);
  }

  /** Issue 14: an infinite count was "not greater than or equal to zero". */
  @Test
  void crude_rejectsAnInfiniteCountAsNotFinite() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Rates.crude(Double.POSITIVE_INFINITY, 100, 1000));
    assertEquals("numerator", e.field().orElseThrow());
    assertEquals("Infinity", e.invalidValue().orElseThrow());
    assertTrue(e.getMessage().contains("must be a finite number"), e.getMessage());
  }
}
