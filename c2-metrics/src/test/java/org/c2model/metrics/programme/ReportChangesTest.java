package org.c2model.metrics.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.c2model.core.InvalidValueException;
import org.c2model.core.fixtures.Townstal;
import org.c2model.core.place.Neighbourhood;
import org.c2model.metrics.evaluation.Evaluation;
import org.c2model.metrics.evaluation.EvaluationReport;
import org.junit.jupiter.api.Test;

/** Townstal's board at the end of 2009 against the end of 2010. */
class ReportChangesTest {

  private static EvaluationReport townstal(LocalDate asOf) {
    return Evaluation.builder().journey(Townstal.journey()).observations(ProgrammeTest.observations())
        .comparator(Neighbourhood.of("N-CMP", "Comparator estate", "E01020200")).asOf(asOf).build().run();
  }

  @Test
  void between_townstal2009And2010_listsStep6AttainedAndNothingElse() {
    EvaluationReport before = townstal(LocalDate.of(2009, 12, 31));
    EvaluationReport after = townstal(LocalDate.of(2010, 12, 31));
    ReportChanges changes = ReportChanges.between(before, after);
    assertEquals(LocalDate.of(2009, 12, 31), changes.before());
    assertEquals(LocalDate.of(2010, 12, 31), changes.after());
    List<String> attained = changes.inCategory(ChangeCategory.STEP_ATTAINED).stream().map(ReportChange::subject).toList();
    assertEquals(before.steps().attainedSteps().size() + attained.size(), after.steps().attainedSteps().size(),
        changes::toString);
    assertTrue(changes.inCategory(ChangeCategory.STEP_LAPSED).isEmpty(), changes::toString);
    assertEquals(List.of("6"), attained, changes::toString);
    // The same offices stood vacant and the indicators had the same verdicts at both dates.
    assertEquals(1, changes.changes().size(), changes::toString);
    assertEquals("Changes in N-TOWNSTAL from 2009-12-31 to 2010-12-31: 1\n  steps attained (1)\n"
        + "    step 6 attained (not attained -> attained)", changes.toString());
    var finding = changes.findings().get(0);
    assertEquals("/steps/6", finding.path().toJsonPointer());
    assertEquals(LocalDate.of(2010, 12, 31), finding.date());
    ReportChanges back = ReportChanges.between(after, before);
    assertEquals(List.of(ReportChange.of(ChangeCategory.STEP_LAPSED, "6", "attained", "not attained")), back.changes());
  }

  @Test
  void between_reportsOfDifferentNeighbourhoods_isRejectedNamingTheField() {
    ReportSnapshot a = ReportSnapshot.builder().neighbourhoodId("N-A").asOf(LocalDate.of(2010, 1, 1)).build();
    ReportSnapshot b = ReportSnapshot.builder().neighbourhoodId("N-B").asOf(LocalDate.of(2010, 1, 1)).build();
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> ReportChanges.between(a, b));
    assertEquals("after.neighbourhoodId", e.field().orElseThrow());
  }
}
