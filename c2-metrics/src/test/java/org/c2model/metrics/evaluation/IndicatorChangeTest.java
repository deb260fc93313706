package org.c2model.metrics.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.c2model.core.InvalidValueException;
import org.c2model.core.outcome.IndicatorCatalogue;
import org.c2model.core.outcome.LongTermIndicator;
import org.c2model.core.place.Neighbourhood;
import org.c2model.metrics.indicator.BoundaryVintage;
import org.c2model.metrics.indicator.IndicatorAggregation;
import org.c2model.metrics.indicator.Observation;
import org.c2model.metrics.indicator.ObservationSource;
import org.c2model.metrics.indicator.StudyWindow;
import org.c2model.metrics.indicator.WindowComparison;
import org.c2model.metrics.stats.Comparison;
import org.c2model.metrics.stats.ConfidenceLevel;
import org.junit.jupiter.api.Test;

class IndicatorChangeTest {

  private static final LocalDate CONSTITUTED = LocalDate.of(2009, 6, 1);
  private static final StudyWindow BASELINE = StudyWindow.monthsBefore(CONSTITUTED, 12);
  private static final StudyWindow FOLLOW_UP = StudyWindow.monthsAfter(CONSTITUTED, 13, 24);
  private static final LongTermIndicator ASB = IndicatorCatalogue.standard().get("asb-incidents");

  /** Monthly ASB counts in one area of 2,000 people: {@code before} a month until June 2009, then {@code after}. */
  private static List<Observation> monthly(String area, int before, int after) {
    List<Observation> out = new ArrayList<>();
    for (YearMonth m = YearMonth.of(2008, 1); m.isBefore(YearMonth.of(2012, 1)); m = m.plusMonths(1)) {
      int count = m.isBefore(YearMonth.of(2009, 6)) ? before : after;
      out.add(Observation.of(area, ASB.id(), m.toString(), BoundaryVintage.LSOA_2011, count, 2000));
    }
    return out;
  }

  private static WindowComparison windows(List<Observation> observations, String area) {
    return IndicatorAggregation.aggregate(ObservationSource.of(observations), Neighbourhood.of("N", "N", area),
            BoundaryVintage.LSOA_2011, List.of(ASB.id()))
        .get(ASB.id()).compare(BASELINE, FOLLOW_UP);
  }

  @Test
  void of_aFallFromTenToSixAMonthIsBetterWithFortyPercentDown() {
    WindowComparison target = windows(monthly("E01020136", 10, 6), "E01020136");
    IndicatorChange change = IndicatorChange.of(ASB, target, Optional.empty(), 1000, ConfidenceLevel.P95);
    assertEquals(-40.0, change.percentageChange().value().getAsDouble(), 1e-9);
    assertEquals(Comparison.BETTER, change.verdict());
    // per 1,000 population per year, the Fingertips way: 120 events in a year among 2,000 people = 60.0
    assertEquals(60.0, change.baselineRate().value().getAsDouble(), 1e-9);
    assertEquals(36.0, change.followUpRate().value().getAsDouble(), 1e-9);
    assertEquals(" per 1,000 population per year", change.baselineRate().unit());
    assertTrue(change.rateLabel().contains("mean population 2,000 over 12.0 months"), change.rateLabel());
    assertEquals(48.0, change.eventsAvoided().value().getAsDouble(), 1e-9, "120 expected, 72 observed");
    assertTrue(change.eventsAvoided().lower().getAsDouble() < 48 && change.eventsAvoided().upper().getAsDouble() > 48);
    assertTrue(change.toString().startsWith("asb-incidents: 60.0 to 36.0 per 1,000 population per year"),
        change.toString());
    assertTrue(change.toString().contains("down by 40%"), change.toString());
  }

  @Test
  void of_aSmallFallIsSimilar() {
    IndicatorChange change = IndicatorChange.of(ASB, windows(monthly("E01020136", 10, 9), "E01020136"),
        Optional.empty(), 1000, ConfidenceLevel.P95);
    assertEquals(Comparison.SIMILAR, change.verdict());
  }

  @Test
  void of_aGapInBothAreasDataIsReportedOnceForEach() {
    List<Observation> target = new ArrayList<>(monthly("E01020136", 10, 6));
    List<Observation> comparator = new ArrayList<>(monthly("E01020200", 10, 8));
    target.removeIf(o -> o.period().toString().equals("2008-09"));
    comparator.removeIf(o -> o.period().toString().equals("2008-09"));
    IndicatorChange change = IndicatorChange.of(ASB, windows(target, "E01020136"),
        Optional.of(windows(comparator, "E01020200")), 1000, ConfidenceLevel.P95);
    assertEquals(2, change.findings().size(), change.findings()::toString);
    assertEquals(2, new java.util.HashSet<>(change.findings()).size(), "each finding once");
    assertEquals("/indicators/asb-incidents/baseline", change.findings().get(0).path().toJsonPointer());
    assertEquals("/comparator/indicators/asb-incidents/baseline", change.findings().get(1).path().toJsonPointer());
    assertTrue(change.findings().get(1).message().startsWith("comparator: "), change.findings().get(1).message());
  }

  @Test
  void of_againstAComparatorThatFellTooTheRelativeChangeIsSmaller() {
    WindowComparison target = windows(monthly("E01020136", 10, 6), "E01020136");
    WindowComparison comparator = windows(monthly("E01020200", 10, 8), "E01020200");
    IndicatorChange change = IndicatorChange.of(ASB, target, Optional.of(comparator), 1000, ConfidenceLevel.P95);
    // rates per 1,000 population per year: target 60 -> 36, comparator 60 -> 48: difference in differences -12
    assertEquals(-12.0, change.differenceInDifferences().orElseThrow().value().getAsDouble(), 1e-9);
    assertEquals(0.75, change.ratioOfRateRatios().orElseThrow().value().getAsDouble(), 1e-9);
    // expected at baseline rate times the comparator's trend 0.8: 96, observed 72
    assertEquals(24.0, change.eventsAvoided().value().getAsDouble(), 1e-9);
    assertTrue(change.relativeVerdict().isPresent());
  }

  @Test
  void of_rejectsWindowsOfAnotherIndicator() {
    WindowComparison target = windows(monthly("E01020136", 10, 6), "E01020136");
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> IndicatorChange.of(
        IndicatorCatalogue.standard().get("burglary"), target, Optional.empty(), 1000, ConfidenceLevel.P95));
    assertTrue(e.getMessage().contains("target.indicatorId") && e.getMessage().contains("asb-incidents"));
  }
}
