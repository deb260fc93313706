package org.c2model.metrics.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.c2model.core.fixtures.Townstal;
import org.c2model.core.journey.Journey;
import org.c2model.metrics.indicator.ReportingPeriod;
import org.c2model.metrics.indicator.ReportingPeriod.Granularity;
import org.c2model.metrics.stats.ConfidenceLevel;
import org.junit.jupiter.api.Test;

/**
 * Townstal's service changes (December 2009; January, February, April and May 2010) and resident
 * activities (February and March 2010) counted by year, quarter and month.
 */
class IntermediateOutcomeMeasuresTest {

  private static final Journey TOWNSTAL = Townstal.journey().asOf(LocalDate.of(2010, 12, 31));

  private static SortedMap<ReportingPeriod, Integer> counts(Object... periodsAndCounts) {
    SortedMap<ReportingPeriod, Integer> m = new TreeMap<>();
    for (int i = 0; i < periodsAndCounts.length; i += 2) {
      m.put(ReportingPeriod.parse((String) periodsAndCounts[i]), (Integer) periodsAndCounts[i + 1]);
    }
    return m;
  }

  @Test
  void of_countsByCalendarYearByDefault() {
    IntermediateOutcomeMeasures m = IntermediateOutcomeMeasures.of(TOWNSTAL, ConfidenceLevel.P95);
    assertEquals(Granularity.YEAR, m.periodGranularity());
    assertEquals(counts("2009", 2, "2010", 4), m.serviceChangesByPeriod());
    assertEquals(counts("2010", 2), m.residentActivitiesByPeriod());
    assertEquals(6, m.serviceChanges());
    assertEquals(2, m.residentActivities());
  }

  @Test
  void of_countsByQuarter() {
    IntermediateOutcomeMeasures m = IntermediateOutcomeMeasures.of(TOWNSTAL, ConfidenceLevel.P95, Granularity.QUARTER);
    assertEquals(counts("2009-Q3", 1, "2009-Q4", 1, "2010-Q1", 2, "2010-Q2", 1, "2010-Q3", 1),
        m.serviceChangesByPeriod());
    assertEquals(counts("2010-Q1", 1, "2010-Q2", 1), m.residentActivitiesByPeriod());
    assertTrue(m.toString().contains("; by quarter: 2009-Q3 1, 2009-Q4 1, 2010-Q1 2, 2010-Q2 1, 2010-Q3 1\n"),
        m::toString);
  }

  @Test
  void toString_readsAsWordsNotJavaMaps() {
    IntermediateOutcomeMeasures m = IntermediateOutcomeMeasures.of(TOWNSTAL, ConfidenceLevel.P95, Granularity.YEAR);
    String text = m.toString();
    assertTrue(text.startsWith("1. service changes: " + m.serviceChanges() + " ("), text);
    assertTrue(text.contains("new service "), text);
    assertTrue(text.contains("3. resident-organised activities: 2 ("), text);
    assertFalse(text.contains("{") || text.contains("=") || text.contains("_"), text);
  }

  @Test
  void of_countsByMonthInPeriodOrder() {
    IntermediateOutcomeMeasures m = IntermediateOutcomeMeasures.of(TOWNSTAL, ConfidenceLevel.P95, Granularity.MONTH);
    assertEquals(counts("2009-09", 1, "2009-11", 1, "2010-02", 1, "2010-03", 1, "2010-04", 1, "2010-09", 1),
        m.serviceChangesByPeriod());
    assertEquals("[2009-09, 2009-11, 2010-02, 2010-03, 2010-04, 2010-09]",
        m.serviceChangesByPeriod().keySet().toString());
    assertEquals(counts("2010-02", 1, "2010-05", 1), m.residentActivitiesByPeriod());
    assertEquals(6, m.serviceChanges());
  }

  @Test
  void evaluation_countsByTheGranularityAsked() {
    EvaluationReport quarterly = Evaluation.builder().journey(Townstal.journey()).periodGranularity(Granularity.QUARTER)
        .build().run();
    assertEquals(Granularity.QUARTER, quarterly.intermediateOutcomes().periodGranularity());
    assertEquals(counts("2010-Q1", 1, "2010-Q2", 1), quarterly.intermediateOutcomes().residentActivitiesByPeriod());
    EvaluationReport yearly = Evaluation.builder().journey(Townstal.journey()).build().run();
    assertEquals(Map.of(ReportingPeriod.ofYear(2009), 2, ReportingPeriod.ofYear(2010), 4),
        yearly.intermediateOutcomes().serviceChangesByPeriod());
  }
}
