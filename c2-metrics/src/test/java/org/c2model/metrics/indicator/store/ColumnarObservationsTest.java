package org.c2model.metrics.indicator.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.c2model.core.InvalidValueException;
import org.c2model.core.place.AreaCode;
import org.c2model.core.place.Neighbourhood;
import org.c2model.core.rule.Path;
import org.c2model.core.rule.Severity;
import org.c2model.metrics.indicator.BoundaryVintage;
import org.c2model.metrics.indicator.IndicatorAggregation;
import org.c2model.metrics.indicator.Observation;
import org.c2model.metrics.indicator.ReportingPeriod;
import org.c2model.metrics.indicator.StudyWindow;
import org.c2model.metrics.indicator.store.ScreeningResult.Window;
import org.c2model.metrics.stats.Estimate;
import org.c2model.metrics.stats.Rates;
import org.junit.jupiter.api.Test;

class ColumnarObservationsTest {

  private static final BoundaryVintage V21 = BoundaryVintage.LSOA_2021;
  private static final BoundaryVintage V11 = BoundaryVintage.LSOA_2011;
  private static final String A = "E01000001";
  private static final String B = "E01000002";
  private static final String C = "E01000003";
  private static final StudyWindow BASELINE = StudyWindow.of(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 4, 1));
  private static final StudyWindow FOLLOW_UP = StudyWindow.of(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 4, 1));

  @Test
  void builder_encodesEachDistinctCodeOnce() {
    ColumnarObservations store = ColumnarObservations.builder()
        .append(A, "burglary", "2019-01", V21, 3)
        .append(A, "burglary", "2019-02", V21, 4)
        .append(B, "burglary", "2019-01", V21, 5, 1500)
        .append(A, "asb-incidents", "2019-01", V21, 6)
        .append(A, "asb-incidents", "2019-01", V11, 7)
        .build();
    assertEquals(5, store.size());
    assertEquals(List.of("burglary", "asb-incidents"), store.indicatorIds());
    assertEquals(List.of(ReportingPeriod.parse("2019-01"), ReportingPeriod.parse("2019-02")), store.periods());
    assertEquals(3, store.areaCount(), "A in two vintages and B");
    assertEquals(80, store.columnBytes());
    List<Observation> burglary = store.select("burglary", Set.of(AreaCode.of(A), AreaCode.of(B)));
    assertEquals(List.of(Observation.of(A, "burglary", "2019-01", V21, 3), Observation.of(A, "burglary", "2019-02", V21, 4),
        Observation.of(B, "burglary", "2019-01", V21, 5, 1500)), burglary);
    assertEquals(List.of(Observation.of(A, "asb-incidents", "2019-01", V11, 7),
        Observation.of(A, "asb-incidents", "2019-01", V21, 6)), store.select("asb-incidents", Set.of(AreaCode.of(A))));
    assertEquals(List.of(), store.select("drugs", Set.of(AreaCode.of(A))));
  }

  @Test
  void append_rejectsValuesThatDoNotFitNamingTheField() {
    ColumnarObservations.Builder b = ColumnarObservations.builder();
    assertRejects("numerator", "2.5", () -> b.append(A, "burglary", "2019-01", V21, 2.5));
    assertRejects("numerator", "-1.0", () -> b.append(A, "burglary", "2019-01", V21, -1));
    assertRejects("numerator", "3.0E9", () -> b.append(A, "burglary", "2019-01", V21, 3e9));
    assertRejects("numerator", "NaN", () -> b.append(A, "burglary", "2019-01", V21, Double.NaN));
    assertRejects("denominator", "0.0", () -> b.append(A, "burglary", "2019-01", V21, 1, 0));
    assertRejects("denominator", "1500.5", () -> b.append(A, "burglary", "2019-01", V21, 1, 1500.5));
    assertRejects("areaCode", "'X123'", () -> b.append("X123", "burglary", "2019-01", V21, 1));
    assertRejects("period", "'2019-13'", () -> b.append(A, "burglary", "2019-13", V21, 1));
    assertRejects("indicatorId", "' '", () -> b.append(A, " ", "2019-01", V21, 1));
    assertEquals(0, b.build().size(), "rejected values leave nothing behind");
  }

  @Test
  void append_rejectsTheIndicatorBeyondTheDictionaryLimit() {
    ColumnarObservations.Builder b = ColumnarObservations.builder();
    for (int i = 0; i < 65_535; i++) {
      b.append(A, "i" + i, "2019-01", V21, 1);
    }
    assertRejects("indicatorId", "'one-too-many'", () -> b.append(A, "one-too-many", "2019-01", V21, 1));
  }

  @Test
  void build_rejectsARepeatedObservationNamingBoth() {
    ColumnarObservations.Builder b = ColumnarObservations.builder()
        .append(A, "burglary", "2019-01", V21, 3)
        .append(B, "burglary", "2019-01", V21, 3)
        .append(A, "burglary", "2019-01", V21, 4);
    InvalidValueException e = assertThrows(InvalidValueException.class, b::build);
    assertEquals("observations[2]", e.field().orElseThrow());
    assertTrue(e.getMessage().contains("observations[0]"), e.getMessage());
  }

  @Test
  void builder_reportsProgressEveryIntervalAndWhenBuilt() {
    List<Long> calls = new ArrayList<>();
    ColumnarObservations.Builder b = ColumnarObservations.builder().onProgress(calls::add, 2);
    for (int m = 1; m <= 5; m++) {
      b.append(A, "burglary", "2019-0" + m, V21, m);
    }
    b.build();
    assertEquals(List.of(2L, 4L, 5L), calls);
    assertRejects("every", "0", () -> ColumnarObservations.builder().onProgress(calls::add, 0));
  }

  @Test
  void screen_sumsWindowsPerNeighbourhoodWithRatesAsRatesCrude() {
    ColumnarObservations.Builder b = ColumnarObservations.builder();
    for (int m = 1; m <= 12; m++) {
      String month = String.format("2019-%02d", m);
      b.append(A, "burglary", month, V21, 10 + m, 1000).append(B, "burglary", month, V21, 2, 500)
          .append(C, "burglary", month, V21, 100, 100);
      b.append(A, "asb-incidents", month, V21, 1);
      b.append(A, "burglary", month.replace("2019", "2020"), V21, m, 1000);
    }
    b.append(A, "burglary", "2019-01", V11, 999, 1000);
    ColumnarObservations store = b.build();
    ScreeningQuery q = ScreeningQuery.builder()
        .addNeighbourhoods(Neighbourhood.of("n1", "One", A, B), Neighbourhood.of("n2", "Two", "E01000099"))
        .vintage(V21).addIndicatorIds("burglary", "asb-incidents").baseline(BASELINE).followUp(FOLLOW_UP)
        .multiplier(1000).build();
    ScreeningResult r = store.screen(q);
    // baseline: Jan-Mar 2019, A 11+12+13 and B 2+2+2; denominators 3 * 1000 + 3 * 500
    assertEquals(42, r.numerator(0, 0, Window.BASELINE));
    assertEquals(4500.0, r.denominator(0, 0, Window.BASELINE).getAsDouble());
    assertEquals(6, r.observations(0, 0, Window.BASELINE));
    assertEquals(6, r.numerator(0, 0, Window.FOLLOW_UP));
    Estimate expected = Rates.crude(42, 4500, 1000);
    assertEquals(expected.value().getAsDouble(), r.rate(0, 0, Window.BASELINE), 1e-12);
    assertEquals(expected.lower().getAsDouble(), r.lower(0, 0, Window.BASELINE), 1e-12);
    assertEquals(expected.upper().getAsDouble(), r.upper(0, 0, Window.BASELINE), 1e-12);
    Estimate small = Rates.crude(6, 3000, 1000);
    assertEquals(small.lower().getAsDouble(), r.lower(0, 0, Window.FOLLOW_UP), 1e-12, "exact below 10");
    assertEquals("Exact", r.row("n1", "burglary").followUp().rate().method());
    assertEquals(expected, r.row("n1", "burglary").baseline().rate());
    assertTrue(r.denominator(0, 1, Window.BASELINE).isEmpty(), "asb has no denominator");
    assertTrue(Double.isNaN(r.rate(0, 1, Window.BASELINE)));
    assertTrue(r.row("n1", "asb-incidents").baseline().rate().isSuppressed());
    assertEquals(0, r.numerator(1, 0, Window.BASELINE));
    assertEquals(4, r.rows().size());
    assertEquals(List.of(), r.findings());
    assertRejects("neighbourhoodId", "'n3'", () -> r.row("n3", "burglary"));
  }

  @Test
  void screen_reportsOverlappingPeriodsAndListsStraddlingOnes() {
    ColumnarObservations store = ColumnarObservations.builder()
        .append(A, "burglary", "2019-01", V21, 1)
        .append(A, "burglary", "2019-Q1", V21, 3)
        .append(A, "burglary", "2019", V21, 12)
        .build();
    ScreeningResult r = store.screen(ScreeningQuery.builder().addNeighbourhoods(Neighbourhood.of("n1", "One", A))
        .vintage(V21).addIndicatorIds("burglary").baseline(BASELINE).followUp(FOLLOW_UP).build());
    assertEquals(4, r.numerator(0, 0, Window.BASELINE));
    assertEquals(1, r.findings().size());
    assertEquals(IndicatorAggregation.OVERLAPPING_DATA, r.findings().get(0).ruleId());
    assertEquals(Severity.ERROR, r.findings().get(0).severity());
    assertEquals(Path.of("indicators", "burglary"), r.findings().get(0).path());
    assertEquals(List.of(ReportingPeriod.parse("2019")), r.row("n1", "burglary").baseline().straddlingPeriods());
  }

  @Test
  void screeningQuery_rejectsSharedAreasAndOverlappingWindows() {
    ScreeningQuery.Builder shared = ScreeningQuery.builder()
        .addNeighbourhoods(Neighbourhood.of("n1", "One", A, B), Neighbourhood.of("n2", "Two", B))
        .vintage(V21).addIndicatorIds("burglary").baseline(BASELINE).followUp(FOLLOW_UP);
    assertRejects("neighbourhoods[1].areaCodes[0]", "E01000002", shared::build);
    ScreeningQuery.Builder overlapping = ScreeningQuery.builder().addNeighbourhoods(Neighbourhood.of("n1", "One", A))
        .vintage(V21).addIndicatorIds("burglary").baseline(BASELINE).followUp(BASELINE);
    assertRejects("followUp", BASELINE.toString(), overlapping::build);
  }

  private static void assertRejects(String field, String value, Runnable action) {
    InvalidValueException e = assertThrows(InvalidValueException.class, action::run);
    assertEquals(field, e.field().orElseThrow(), e.getMessage());
    assertTrue(e.getMessage().endsWith(": " + value), e.getMessage());
  }
}
