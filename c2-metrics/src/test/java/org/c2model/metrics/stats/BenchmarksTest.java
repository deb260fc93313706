package org.c2model.metrics.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.c2model.core.InvalidValueException;
import org.junit.jupiter.api.Test;

/** Fingertips-style comparison with a benchmark. */
class BenchmarksTest {

  // 72.0% (95% CI 52.4% to 85.7%)
  private static final Estimate BELONGING = Proportions.percentage(18, 25);

  @Test
  void compare_benchmarkInsideIntervalIsSimilar() {
    assertEquals(Comparison.SIMILAR, Benchmarks.compare(BELONGING, 60, Polarity.HIGHER_IS_BETTER));
    assertEquals(Comparison.SIMILAR, Benchmarks.compare(BELONGING, 85.0, Polarity.LOWER_IS_BETTER));
  }

  @Test
  void compare_respectsPolarity() {
    assertEquals(Comparison.BETTER, Benchmarks.compare(BELONGING, 40, Polarity.HIGHER_IS_BETTER));
    assertEquals(Comparison.WORSE, Benchmarks.compare(BELONGING, 40, Polarity.LOWER_IS_BETTER));
    assertEquals(Comparison.WORSE, Benchmarks.compare(BELONGING, 90, Polarity.HIGHER_IS_BETTER));
    assertEquals(Comparison.BETTER, Benchmarks.compare(BELONGING, 90, Polarity.LOWER_IS_BETTER));
    assertEquals(Comparison.HIGHER, Benchmarks.compare(BELONGING, 40, Polarity.NOT_APPLICABLE));
    assertEquals(Comparison.LOWER, Benchmarks.compare(BELONGING, 90, Polarity.NOT_APPLICABLE));
  }

  @Test
  void compare_suppressedIsNotCompared() {
    Estimate tiny = StandardisedRates.direct(new double[] {1, 2}, new double[] {100, 200}, new double[] {500, 600},
        100000, ConfidenceLevel.P95);
    assertEquals(Comparison.NOT_COMPARED, Benchmarks.compare(tiny, 1000, Polarity.LOWER_IS_BETTER));
  }

  @Test
  void compare_rejectsNonFiniteBenchmark() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Benchmarks.compare(BELONGING, Double.NaN, Polarity.HIGHER_IS_BETTER));
    assertEquals("benchmark", e.field().orElseThrow());
  }
}
