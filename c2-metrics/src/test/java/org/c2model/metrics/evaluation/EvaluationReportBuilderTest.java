package org.c2model.metrics.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.c2model.core.InvalidValueException;
import org.c2model.core.fixtures.Townstal;
import org.c2model.core.place.Neighbourhood;
import org.c2model.metrics.indicator.ReportingPeriod;
import org.c2model.metrics.indicator.StudyWindow;
import org.c2model.metrics.indicator.WindowComparison;
import org.c2model.metrics.indicator.WindowTotals;
import org.c2model.metrics.savings.DiscountSchedule;
import org.c2model.metrics.savings.PriceYear;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The public builders of a stored evaluation report and its parts, called as a reader of a document calls them. */
class EvaluationReportBuilderTest {

  private static final EvaluationReport REPORT = Evaluation.builder().journey(Townstal.journey())
      .observations(EvaluationTest.observations())
      .comparator(Neighbourhood.of("N-CMP", "Comparator estate", "E01020200"))
      .unitCosts(EvaluationTest.costs()).priceYear(PriceYear.parse("2013/14"))
      .build().run();

  private static void assertNames(String field, Object value, Executable build) {
    InvalidValueException e = assertThrows(InvalidValueException.class, build);
    assertEquals(Optional.of(field), e.field(), e::getMessage);
    assertTrue(e.getMessage().contains(String.valueOf(value)), e::getMessage);
  }

  @Test
  void builders_rebuildEveryPartOfAComputedReport() {
    assertEquals(REPORT, EvaluationReport.builder().from(REPORT).build());
    IntermediateOutcomeMeasures io = REPORT.intermediateOutcomes();
    assertEquals(io, IntermediateOutcomeMeasures.builder().from(io).build());
    assertEquals(io.surveyResults().get(0),
        IntermediateOutcomeMeasures.SurveyResult.builder().from(io.surveyResults().get(0)).build());
    IndicatorChange asb = REPORT.indicatorChanges().get(0);
    assertEquals(asb, IndicatorChange.builder().from(asb).build());
    WindowTotals base = asb.target().baseline();
    assertEquals(base, WindowTotals.builder().from(base).build());
  }

  @Test
  void windowTotals_rejectsAPeriodOutsideTheWindowAndANegativeNumerator() {
    WindowTotals base = REPORT.indicatorChanges().get(0).target().baseline();
    assertNames("periods[0]", "2001-01", () -> WindowTotals.builder().from(base)
        .periods(java.util.List.of(ReportingPeriod.parse("2001-01"))).build());
    assertNames("numerator", "-1.0", () -> WindowTotals.builder().from(base).numerator(-1).build());
    assertNames("denominator", "0.0", () -> WindowTotals.builder().from(base).denominator(0).build());
  }

  @Test
  void indicatorChange_rejectsComparatorEstimatesWithoutAComparator() {
    IndicatorChange asb = REPORT.indicatorChanges().get(0);
    assertNames("differenceInDifferences", "per 1,000",
        () -> IndicatorChange.builder().from(asb).comparator(Optional.empty()).build());
    assertNames("multiplier", "0.0", () -> IndicatorChange.builder().from(asb).multiplier(0).build());
    WindowTotals other = WindowTotals.builder().from(asb.target().baseline()).indicatorId("burglary").build();
    WindowTotals otherAfter = WindowTotals.builder().from(asb.target().followUp()).indicatorId("burglary").build();
    assertNames("target.baseline.indicatorId", "burglary",
        () -> IndicatorChange.builder().from(asb).target(WindowComparison.of(other, otherAfter)).build());
  }

  @Test
  void intermediateOutcomes_rejectsPeriodsOfAnotherGranularityAndCountsThatDisagree() {
    IntermediateOutcomeMeasures io = REPORT.intermediateOutcomes();
    assertNames("serviceChangesByPeriod", "2010-Q1", () -> IntermediateOutcomeMeasures.builder().from(io)
        .putServiceChangesByPeriod(ReportingPeriod.parse("2010-Q1"), 1).build());
    assertNames("residentActivitiesByPeriod.2011", "0", () -> IntermediateOutcomeMeasures.builder().from(io)
        .putResidentActivitiesByPeriod(ReportingPeriod.ofYear(2011), 0).build());
    assertNames("serviceChangesByKind", "6", () -> IntermediateOutcomeMeasures.builder().from(io)
        .putServiceChangesByPeriod(ReportingPeriod.ofYear(2011), 2).build());
    assertNames("surveyId", "' '", () -> IntermediateOutcomeMeasures.SurveyResult.builder()
        .from(io.surveyResults().get(0)).surveyId(" ").build());
  }

  @Test
  void evaluationReport_rejectsPartsThatDoNotFitTogether() {
    assertNames("steps.asOf", "2010-12-31", () -> EvaluationReport.builder().from(REPORT)
        .asOf(LocalDate.of(2011, 1, 1)).build());
    assertNames("followUp", "empty", () -> EvaluationReport.builder().from(REPORT).followUp(Optional.empty()).build());
    assertNames("indicatorChanges[0].target.baseline.window", "2008",
        () -> EvaluationReport.builder().from(REPORT)
            .baseline(StudyWindow.of(LocalDate.of(2007, 1, 1), LocalDate.of(2008, 1, 1)))
            .followUp(REPORT.followUp().orElseThrow()).build());
    assertNames("indicatorChanges[1].indicator.id", "asb-incidents", () -> EvaluationReport.builder().from(REPORT)
        .indicatorChanges(java.util.List.of(REPORT.indicatorChanges().get(0), REPORT.indicatorChanges().get(0)))
        .build());
    assertNames("indicatorChanges[0].comparator", "present",
        () -> EvaluationReport.builder().from(REPORT).comparatorId(Optional.empty()).build());
  }

  @Test
  void discountSchedule_parseReadsWhatToStringWrites() {
    assertEquals(DiscountSchedule.greenBook().toString(), DiscountSchedule.parse(DiscountSchedule.greenBook().toString())
        .toString());
    DiscountSchedule constant = DiscountSchedule.constant(new BigDecimal("0.035"));
    DiscountSchedule read = DiscountSchedule.parse(constant.toString());
    assertEquals("constant 3.5%", read.toString());
    assertEquals(constant.factor(10), read.factor(10));
    assertNames("discountSchedule", "'constant 3.5'", () -> DiscountSchedule.parse("constant 3.5"));
    assertNames("rate", "1.01", () -> DiscountSchedule.parse("constant 101%"));
  }
}
