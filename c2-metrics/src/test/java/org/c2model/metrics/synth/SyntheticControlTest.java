package org.c2model.metrics.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.c2model.core.InvalidValueException;
import org.c2model.core.rule.Severity;
import org.junit.jupiter.api.Test;

class SyntheticControlTest {

  private static SyntheticControlInput.Builder small() {
    return SyntheticControlInput.builder().treatedCode("T").asOf(LocalDate.of(2012, 12, 31))
        .periods(List.of("p1", "p2", "p3", "p4")).preperiods(3)
        .treated(List.of(2.0, 3.0, 4.0, 1.0))
        .putDonors("A", List.of(1.0, 2.0, 3.0, 4.0))
        .putDonors("B", List.of(3.0, 4.0, 5.0, 6.0));
  }

  @Test
  void midpointOfTwoDonorsGetsHalfEach() {
    SyntheticControl sc = SyntheticControl.fit(small().placebosInSpace(0).placeboInTimeShift(0).build());
    assertEquals(0.5, sc.weights().get("A"), 1e-12);
    assertEquals(0.5, sc.weights().get("B"), 1e-12);
    assertEquals(0.0, sc.preRmspe(), 1e-12);
    assertEquals(List.of(-4.0), sc.postGaps().stream().map(g -> (double) Math.round(g * 1e9) / 1e9).toList());
    assertTrue(sc.findings().isEmpty());
  }

  @Test
  void cumulativeGapUsesTheExposure() {
    SyntheticControl sc = SyntheticControl.fit(small().treatedExposure(List.of(2.5, 2.5, 2.5, 2.5)).build());
    assertEquals(-10.0, sc.cumulativeGapEvents(), 1e-9);
  }

  @Test
  void poorFitIsAWarningWithTheThreshold() {
    SyntheticControl sc = SyntheticControl.fit(small().treated(List.of(10.0, 0.0, 10.0, 5.0)).build());
    assertEquals(1, sc.findings().size());
    assertEquals(SyntheticControl.POOR_PRE_FIT, sc.findings().get(0).ruleId());
    assertEquals(Severity.WARNING, sc.findings().get(0).severity());
    assertEquals("/syntheticControl/T", sc.findings().get(0).path().toString());
    assertTrue(sc.findings().get(0).message().contains("10.0% threshold"), sc.findings().get(0)::message);
  }

  @Test
  void predictorsAreMatchedInsteadOfOutcomes() {
    SyntheticControl sc = SyntheticControl.fit(small()
        .addPredictors(Predictor.of("deprivation-decile", 3, Map.of("A", 3.0, "B", 7.0)))
        .addPredictors(Predictor.builder().name("population").treated(1500).putDonors("A", 1500.0)
            .putDonors("B", 2500.0).weight(3).build())
        .build());
    assertEquals(Map.of("A", 1.0), sc.weights());
    assertEquals(Map.of("deprivation-decile", 0.25, "population", 0.75), sc.predictorWeights());
    assertTrue(sc.method().contains("2 predictors"), sc::method);
  }

  @Test
  void badInputNamesTheField() {
    assertMessage("preperiods", () -> small().preperiods(4).build());
    assertMessage("donors['B']", () -> small().putDonors("B", List.of(1.0)).build());
    assertMessage("treated[1]", () -> small().treated(List.of(1.0, Double.NaN, 1.0, 1.0)).build());
    assertMessage("donors['T']", () -> small().putDonors("T", List.of(1.0, 1.0, 1.0, 1.0)).build());
    assertMessage("donors", () -> SyntheticControlInput.builder().from(small().build())
        .donors(Map.of("A", List.of(1.0, 1.0, 1.0, 1.0))).build());
    assertMessage("predictor 'x'.donors", () -> small().addPredictors(Predictor.of("x", 1, Map.of("A", 1.0))).build());
    assertMessage("placeboInTimeShift", () -> small().placeboInTimeShift(2).build());
    assertMessage("treatedExposure[0]", () -> small().treatedExposure(List.of(-1.0, 1.0, 1.0, 1.0)).build());
    assertMessage("predictorWeighting", () -> small().predictorWeighting(PredictorWeighting.DATA_DRIVEN)
        .addPredictors(Predictor.of("x", 1, Map.of("A", 1.0, "B", 2.0))).build());
  }

  /**
   * Two predictors: x, which only donor A matches, and y, which only donor B matches. The
   * pre-period outcomes are B's, so the data-driven V must put its weight on y (any V giving x
   * weight pulls the synthetic control towards A) and the fit is exact; equal weights would give
   * half each. The default given V is untouched by the option's existence.
   */
  @Test
  void dataDrivenVWeightsThePredictorThatPredictsTheOutcome() {
    SyntheticControlInput.Builder b = small().treated(List.of(3.0, 4.0, 5.0, 9.0)).placebosInSpace(0)
        .placeboInTimeShift(0)
        .addPredictors(Predictor.of("x", 1, Map.of("A", 1.0, "B", 3.0)))
        .addPredictors(Predictor.of("y", 5, Map.of("A", 1.0, "B", 5.0)));
    SyntheticControl given = SyntheticControl.fit(b.build());
    assertEquals(Map.of("x", 0.5, "y", 0.5), given.predictorWeights());
    assertTrue(given.predictorWeightSearch().isEmpty());
    SyntheticControl sc = SyntheticControl.fit(b.predictorWeighting(PredictorWeighting.DATA_DRIVEN).build());
    assertEquals(1.0, sc.weights().get("B"), 1e-9, sc::toString);
    assertEquals(0.0, sc.preRmspe(), 1e-9);
    assertTrue(sc.predictorWeights().get("y") > 0.99, sc.predictorWeights()::toString);
    PredictorWeightSearch search = sc.predictorWeightSearch().orElseThrow();
    assertEquals(0.0, search.objective(), 1e-15);
    assertTrue(search.equalWeightsObjective() > 0.1, search::toString);
    assertTrue(sc.method().contains("V from the data"), sc::method);
  }

  private static void assertMessage(String field, org.junit.jupiter.api.function.Executable e) {
    InvalidValueException ex = assertThrows(InvalidValueException.class, e);
    assertTrue(ex.getMessage().contains(field), ex.getMessage() + " should name " + field);
  }
}
