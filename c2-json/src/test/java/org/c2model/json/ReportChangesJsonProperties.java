package org.c2model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.c2model.core.fixtures.Townstal;
import org.c2model.metrics.evaluation.Evaluation;
import org.c2model.metrics.evaluation.EvaluationReport;
import org.c2model.metrics.programme.ReportChanges;

/**
 * What changed since last time is computed from reports as stored: two evaluation reports read back
 * from their {@code evaluation_report} documents give exactly the changes of the reports themselves.
 */
class ReportChangesJsonProperties {

  private static EvaluationReport townstal(long seed, LocalDate asOf) {
    return Evaluation.builder().journey(Townstal.journey()).observations(Evaluations.observations(seed))
        .comparator(Evaluations.COMPARATOR).asOf(asOf).build().run();
  }

  private static EvaluationReport stored(EvaluationReport report) {
    return C2Json.read(DocumentKind.EVALUATION_REPORT, C2Json.write(report));
  }

  @Property(tries = 12)
  void changesBetweenStoredReports_areThoseOfTheReports(@ForAll @LongRange(min = 0, max = 1_000) long seed,
      @ForAll @IntRange(min = 0, max = 900) int before, @ForAll @IntRange(min = 0, max = 900) int after) {
    EvaluationReport a = townstal(seed, LocalDate.of(2009, 3, 1).plusDays(before));
    EvaluationReport b = townstal(seed + 1, LocalDate.of(2009, 3, 1).plusDays(after));
    ReportChanges expected = ReportChanges.between(a, b);
    assertEquals(expected, ReportChanges.between(stored(a), stored(b)));
    assertTrue(ReportChanges.between(stored(a), a).isEmpty(), "a stored report against itself lists nothing");
  }
}
