package org.c2model.metrics.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.c2model.core.InvalidValueException;
import org.c2model.core.place.Neighbourhood;
import org.c2model.core.rule.Finding;
import org.c2model.core.rule.Path;
import org.c2model.core.rule.Severity;
import org.junit.jupiter.api.Test;

class IndicatorAggregationTest {

  private static final BoundaryVintage V11 = BoundaryVintage.LSOA_2011;
  private static final BoundaryVintage V21 = BoundaryVintage.LSOA_2021;
  private static final String A = "E01000001";
  private static final String B = "E01000002";
  private static final String OUTSIDE = "E01000009";
  private final Neighbourhood estate = Neighbourhood.of("estate", "The estate", A, B);

  @Test
  void aggregate_sumsTheNeighbourhoodsAreasPerPeriod() {
    ObservationSource source = ObservationSource.of(List.of(
        Observation.of(A, "asb-incidents", "2009-04", V21, 5),
        Observation.of(B, "asb-incidents", "2009-04", V21, 7),
        Observation.of(OUTSIDE, "asb-incidents", "2009-04", V21, 100),
        Observation.of(A, "asb-incidents", "2009-05", V21, 3),
        Observation.of(A, "teenage-conceptions", "2009", V21, 2, 80),
        Observation.of(B, "teenage-conceptions", "2009", V21, 1, 70)));
    NeighbourhoodIndicators ni = IndicatorAggregation.aggregate(source, estate, V21,
        List.of("asb-incidents", "teenage-conceptions", "burglary"));
    assertEquals(List.of(), ni.findings());
    IndicatorSeries asb = ni.get("asb-incidents");
    assertEquals(2, asb.points().size());
    assertEquals(12.0, asb.points().get(0).numerator());
    assertEquals(2, asb.points().get(0).observations());
    assertTrue(asb.points().get(0).denominator().isEmpty());
    SeriesPoint tc = ni.get("teenage-conceptions").points().get(0);
    assertEquals(3.0, tc.numerator());
    assertEquals(150.0, tc.denominator().getAsDouble());
    assertTrue(ni.get("burglary").points().isEmpty());
    assertEquals(List.of("asb-incidents", "teenage-conceptions", "burglary"),
        ni.series().stream().map(IndicatorSeries::indicatorId).collect(java.util.stream.Collectors.toList()));
  }

  @Test
  void aggregate_reportsMixedVintagesWithoutLookupAndLeavesThemOut() {
    ObservationSource source = ObservationSource.of(List.of(
        Observation.of(A, "burglary", "2008-04", V11, 4),
        Observation.of(A, "burglary", "2008-05", V11, 6),
        Observation.of(A, "burglary", "2012-04", V21, 1)));
    NeighbourhoodIndicators ni = IndicatorAggregation.aggregate(source, estate, V21, List.of("burglary"));
    assertEquals(1, ni.get("burglary").points().size());
    assertEquals(1, ni.findings().size());
    Finding f = ni.findings().get(0);
    assertEquals(IndicatorAggregation.MIXED_VINTAGES, f.ruleId());
    assertEquals(Severity.ERROR, f.severity());
    assertEquals(Path.parse("/indicators/burglary"), f.path());
    assertEquals(LocalDate.of(2008, 4, 1), f.date());
    assertEquals("2", f.args().get("observations"));
    assertTrue(ni.hasErrors());
  }

  @Test
  void aggregate_translatesOldVintageThroughLookup() {
    // 2011 area OLD_AB split into A and B (both inside); OLD_AX split into A-side? no: into B and OUTSIDE;
    // OLD_U unchanged as A; OLD_M1 and OLD_M2 merged into B.
    String oldSplitInside = "E01000011";
    String oldSplitPartial = "E01000012";
    String oldMerged1 = "E01000013";
    String oldMerged2 = "E01000014";
    String oldUnlisted = "E01000015";
    BoundaryLookup lookup = BoundaryLookup.of(V11, V21, List.of(
        BoundaryChange.of(oldSplitInside, A, "S"), BoundaryChange.of(oldSplitInside, B, "S"),
        BoundaryChange.of(oldSplitPartial, B, "S"), BoundaryChange.of(oldSplitPartial, OUTSIDE, "S"),
        BoundaryChange.of(oldMerged1, B, "M"), BoundaryChange.of(oldMerged2, B, "M")));
    ObservationSource source = ObservationSource.of(List.of(
        Observation.of(oldSplitInside, "burglary", "2008", V11, 10),
        Observation.of(oldSplitPartial, "burglary", "2008", V11, 20),
        Observation.of(oldMerged1, "burglary", "2007", V11, 3),
        Observation.of(oldMerged2, "burglary", "2007", V11, 4),
        Observation.of(A, "burglary", "2012", V21, 1)));
    NeighbourhoodIndicators ni = IndicatorAggregation.aggregate(source, estate, V21, List.of("burglary"), lookup);
    List<SeriesPoint> points = ni.get("burglary").points();
    assertEquals(List.of("2007", "2008", "2012"), periods(points));
    assertEquals(7.0, points.get(0).numerator());
    assertEquals(10.0, points.get(1).numerator());
    assertEquals(1, ni.findings().size());
    assertEquals(IndicatorAggregation.PARTIAL_OVERLAP, ni.findings().get(0).ruleId());
    assertEquals(Severity.WARNING, ni.findings().get(0).severity());
    assertFalse(ni.hasErrors());

    // an old code the lookup does not list, selected because its code is also a neighbourhood code
    ObservationSource unlisted = ObservationSource.of(List.of(Observation.of(A, "burglary", "2008", V11, 2)));
    NeighbourhoodIndicators u = IndicatorAggregation.aggregate(unlisted, estate, V21, List.of("burglary"), lookup);
    assertEquals(IndicatorAggregation.AREA_NOT_IN_LOOKUP, u.findings().get(0).ruleId());
    assertTrue(u.get("burglary").points().isEmpty());
    assertTrue(oldUnlisted.startsWith("E01"));
  }

  @Test
  void aggregate_reportsTheSamePlaceAndPeriodInTwoVintages() {
    BoundaryLookup unchanged = BoundaryLookup.of(V11, V21, List.of(BoundaryChange.of(A, A, "U")));
    ObservationSource source = ObservationSource.of(List.of(
        Observation.of(A, "burglary", "2011", V11, 5),
        Observation.of(A, "burglary", "2011", V21, 5),
        Observation.of(A, "burglary", "2010", V11, 8)));
    NeighbourhoodIndicators ni = IndicatorAggregation.aggregate(source, estate, V21, List.of("burglary"), unchanged);
    assertEquals(List.of(8.0, 5.0), numerators(ni.get("burglary").points()));
    assertEquals(IndicatorAggregation.OVERLAPPING_DATA, ni.findings().get(0).ruleId());
    assertEquals("lsoa-2011", ni.findings().get(0).args().get("vintage"));
  }

  @Test
  void aggregate_reportsOverlappingPeriodsAndMissingDenominators() {
    ObservationSource source = ObservationSource.of(List.of(
        Observation.of(A, "school-absence", "2010", V21, 50, 1000),
        Observation.of(B, "school-absence", "2010", V21, 40),
        Observation.of(A, "school-absence", "2010-03", V21, 4, 90)));
    NeighbourhoodIndicators ni = IndicatorAggregation.aggregate(source, estate, V21, List.of("school-absence"));
    List<String> rules = new ArrayList<>();
    ni.findings().forEach(f -> rules.add(f.ruleId().toString()));
    assertEquals(List.of("Indicators:OverlappingData", "Indicators:MissingDenominator"), rules);
    assertTrue(ni.get("school-absence").points().get(0).denominator().isEmpty());
  }

  @Test
  void aggregate_rejectsLookupToAnotherVintage() {
    BoundaryLookup wrong = BoundaryLookup.of(V21, V11, List.of(BoundaryChange.of(A, A, "U")));
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> IndicatorAggregation.aggregate(
        ObservationSource.of(List.of()), estate, V21, List.of("burglary"), wrong));
    assertEquals("lookups[0].toVintage", e.field().orElseThrow());
  }

  @Test
  void totals_baselineTwelveMonthsBeforeAgainstMonths13To24After() {
    List<Observation> obs = new ArrayList<>();
    YearMonth m = YearMonth.of(2008, 6);
    for (int i = 0; i < 36; i++, m = m.plusMonths(1)) {
      double incidents = i < 12 ? 20 : 12;  // 12 months before June 2009, then after
      obs.add(Observation.builder().areaCode(org.c2model.core.place.AreaCode.of(A)).indicatorId("asb-incidents")
          .period(ReportingPeriod.ofMonth(m)).vintage(V21).numerator(incidents).denominator(1000).build());
    }
    obs.add(Observation.of(B, "asb-incidents", "2010-Q2", V21, 9));  // straddles the follow-up start
    NeighbourhoodIndicators ni = IndicatorAggregation.aggregate(ObservationSource.of(obs), estate, V21,
        List.of("asb-incidents"));
    LocalDate constituted = LocalDate.of(2009, 6, 1);
    WindowComparison c = ni.get("asb-incidents").compare(StudyWindow.monthsBefore(constituted, 12),
        StudyWindow.monthsAfter(constituted, 13, 24));
    assertEquals(240.0, c.baseline().numerator());
    assertEquals(12000.0, c.baseline().denominator().getAsDouble());
    assertEquals(144.0, c.followUp().numerator());
    assertEquals(12, c.followUp().periods().size());
    assertEquals(96.0, c.reduction());
    assertEquals(1.0, c.baseline().coverage(), 1e-12);
    // 2010-Q2 (April to June) straddles the follow-up window starting 2010-06-01; its June month
    // was reported by area A, so the June point counts area A only
    assertEquals(List.of(ReportingPeriod.parse("2010-Q2")), c.followUp().straddlingPeriods());
    assertEquals(List.of(WindowComparison.STRADDLING_PERIOD),
        c.findings().stream().map(Finding::ruleId).collect(java.util.stream.Collectors.toList()));
    assertEquals(Path.parse("/indicators/asb-incidents/followUp"), c.findings().get(0).path());
  }

  @Test
  void compare_rejectsOverlappingWindows() {
    IndicatorSeries s = IndicatorAggregation.aggregate(ObservationSource.of(List.of()), estate, V21,
        List.of("burglary")).get("burglary");
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> s.compare(
        StudyWindow.monthsBefore(LocalDate.of(2009, 6, 1), 12), StudyWindow.monthsAfter(LocalDate.of(2009, 1, 1), 1, 12)));
    assertEquals("followUp.window", e.field().orElseThrow());
  }

  @Test
  void observationSource_rejectsDuplicateObservation() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> ObservationSource.of(List.of(
        Observation.of(A, "burglary", "2009", V21, 1), Observation.of(A, "burglary", "2009", V21, 2))));
    assertEquals("observations[1]", e.field().orElseThrow());
  }

  @Test
  void observation_rejectsNegativeNumeratorAndZeroDenominator() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Observation.of(A, "burglary", "2009", V21, -1));
    assertEquals("numerator", e.field().orElseThrow());
    assertEquals("-1.0", e.invalidValue().orElseThrow());
    InvalidValueException d = assertThrows(InvalidValueException.class,
        () -> Observation.of(A, "burglary", "2009", V21, 1, 0));
    assertEquals("denominator", d.field().orElseThrow());
  }

  private static List<String> periods(List<SeriesPoint> points) {
    List<String> out = new ArrayList<>();
    points.forEach(p -> out.add(p.period().toString()));
    return out;
  }

  private static List<Double> numerators(List<SeriesPoint> points) {
    List<Double> out = new ArrayList<>();
    points.forEach(p -> out.add(p.numerator()));
    return out;
  }
}
