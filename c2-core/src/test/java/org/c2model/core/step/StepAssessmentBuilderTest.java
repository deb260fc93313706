package org.c2model.core.step;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.c2model.core.InvalidValueException;
import org.c2model.core.fixtures.Townstal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The builders of the step results: a stored assessment is rebuilt equal, and an impossible one is rejected. */
class StepAssessmentBuilderTest {

  private static final StepAssessment TOWNSTAL = JourneyRules.assess(Townstal.journey(), LocalDate.of(2009, 12, 31));

  private static void assertInvalid(String field, String value, Executable build) {
    InvalidValueException e = assertThrows(InvalidValueException.class, build);
    assertEquals(Optional.of(field), e.field());
    assertEquals(Optional.of(value), e.invalidValue());
    assertTrue(e.getMessage().contains(field), e.getMessage());
  }

  private static StepAssessment.Builder copy(StepAssessment a) {
    return StepAssessment.builder().from(a);
  }

  @Test
  void builder_fromTheAssessedPartsGivesAnEqualAssessment() {
    List<StepResult> steps = new ArrayList<>();
    for (StepResult s : TOWNSTAL.steps()) {
      List<CriterionResult> criteria = new ArrayList<>();
      for (CriterionResult c : s.criteria()) {
        criteria.add(CriterionResult.builder().criterion(c.criterion()).metOn(c.metOn()).evidence(c.evidence())
            .detail(c.detail()).build());
      }
      steps.add(StepResult.builder().step(s.step()).criteria(criteria).attainedOn(s.attainedOn())
          .nextActions(s.nextActions()).build());
    }
    StepAssessment rebuilt = StepAssessment.builder().partnershipId(TOWNSTAL.partnershipId()).asOf(TOWNSTAL.asOf())
        .steps(steps).findings(TOWNSTAL.findings()).build();
    assertEquals(TOWNSTAL, rebuilt);
    assertEquals(TOWNSTAL.frontier(), rebuilt.frontier());
  }

  @Test
  void build_stepsOutOfOrder_isRejectedNamingTheStep() {
    List<StepResult> steps = new ArrayList<>(TOWNSTAL.steps());
    StepResult first = steps.set(0, steps.get(1));
    steps.set(1, first);
    assertInvalid("steps[0].step", "create_vision", () -> copy(TOWNSTAL).steps(steps).build());
    assertInvalid("steps", "6 results", () -> copy(TOWNSTAL).steps(steps.subList(0, 6)).build());
  }

  @Test
  void build_dateAfterTheAssessmentDate_isRejected() {
    assertInvalid("steps[0].attainedOn", "2009-03-03", () -> copy(TOWNSTAL).asOf(LocalDate.of(2009, 3, 2)).build());
    assertInvalid("partnershipId", "' '", () -> copy(TOWNSTAL).partnershipId(" ").build());
  }

  @Test
  void build_stepResultWithForeignCriterionOrAttainmentDate_isRejected() {
    StepResult step1 = TOWNSTAL.step(Step.LOCATE_ENERGY);
    List<CriterionResult> swapped = new ArrayList<>(step1.criteria());
    swapped.set(0, TOWNSTAL.step(Step.LISTENING).criteria().get(0));
    assertInvalid("criteria[0].criterion", Step.LISTENING.criteria().get(0).id(),
        () -> StepResult.builder().from(step1).criteria(swapped).build());
    assertInvalid("attainedOn", "2009-03-04",
        () -> StepResult.builder().from(step1).attainedOn(LocalDate.of(2009, 3, 4)).build());
    assertInvalid("nextActions", "meet",
        () -> StepResult.builder().from(step1).nextActions(List.of("meet")).build());
  }

  @Test
  void build_criterionWithTheSameEvidenceTwice_isRejected() {
    CriterionResult c = TOWNSTAL.step(Step.LOCATE_ENERGY).criterion(Criterion.KEY_RESIDENTS).orElseThrow();
    Evidence e = c.evidence().get(0);
    InvalidValueException x = assertThrows(InvalidValueException.class,
        () -> CriterionResult.builder().from(c).addEvidence(e).build());
    assertTrue(x.field().orElseThrow().startsWith("evidence["), x.getMessage());
  }
}
