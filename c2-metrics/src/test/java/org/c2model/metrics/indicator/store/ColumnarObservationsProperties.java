package org.c2model.metrics.indicator.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.c2model.core.place.AreaCode;
import org.c2model.core.place.Neighbourhood;
import org.c2model.metrics.indicator.BoundaryVintage;
import org.c2model.metrics.indicator.IndicatorAggregation;
import org.c2model.metrics.indicator.NeighbourhoodIndicators;
import org.c2model.metrics.indicator.Observation;
import org.c2model.metrics.indicator.ObservationSource;
import org.c2model.metrics.indicator.StudyWindow;
import org.c2model.metrics.indicator.WindowTotals;
import org.c2model.metrics.indicator.store.ScreeningResult.Window;

class ColumnarObservationsProperties {

  private static final List<String> AREAS = List.of("E01000001", "E01000002", "E01000003", "E01000004",
      "E01000005", "E01000006");
  private static final List<String> INDICATORS = List.of("burglary", "asb-incidents", "drugs");
  private static final List<String> PERIODS = List.of("2019-01", "2019-02", "2019-03", "2019-Q2", "2019", "2020-01",
      "2020-02", "2020-Q2");
  private static final StudyWindow BASELINE = StudyWindow.of(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 7, 1));
  private static final StudyWindow FOLLOW_UP = StudyWindow.of(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 7, 1));

  @Provide
  Arbitrary<List<Observation>> observations() {
    Arbitrary<Observation> one = Combinators.combine(Arbitraries.of(AREAS), Arbitraries.of(INDICATORS),
        Arbitraries.of(PERIODS), Arbitraries.of(BoundaryVintage.LSOA_2011, BoundaryVintage.LSOA_2021),
        Arbitraries.integers().between(0, 1_000_000), Arbitraries.integers().between(0, 5_000))
        .as((a, i, p, v, num, den) -> den == 0 ? Observation.of(a, i, p, v, num) : Observation.of(a, i, p, v, num, den));
    // one observation per key, as both sources require
    return one.list().ofMaxSize(200).map(list -> new ArrayList<>(list.stream().collect(Collectors.toMap(
        o -> List.of(o.areaCode(), o.indicatorId(), o.period(), o.vintage()), o -> o, (x, y) -> x,
        LinkedHashMap::new)).values()));
  }

  @Provide
  Arbitrary<Set<AreaCode>> areaSets() {
    return Arbitraries.of(AREAS).set().map(s -> s.stream().map(AreaCode::of).collect(Collectors.toSet()));
  }

  @Property(tries = 200)
  void selectAgreesWithTheListSource(@ForAll("observations") List<Observation> observations,
      @ForAll("areaSets") Set<AreaCode> areas) {
    ObservationSource list = ObservationSource.of(observations);
    ColumnarObservations store = ColumnarObservations.of(observations);
    for (String id : INDICATORS) {
      assertEquals(list.select(id, areas), store.select(id, areas));
    }
  }

  @Property(tries = 200)
  void aggregationAndScreeningAgreeWithTheListSource(@ForAll("observations") List<Observation> observations) {
    ObservationSource list = ObservationSource.of(observations);
    ColumnarObservations store = ColumnarObservations.of(observations);
    List<Neighbourhood> ns = List.of(Neighbourhood.of("n1", "One", AREAS.get(0), AREAS.get(1), AREAS.get(2)),
        Neighbourhood.of("n2", "Two", AREAS.get(3), AREAS.get(4)));
    ScreeningResult screening = store.screen(ScreeningQuery.builder().addAllNeighbourhoods(ns)
        .vintage(BoundaryVintage.LSOA_2021).addAllIndicatorIds(INDICATORS).baseline(BASELINE).followUp(FOLLOW_UP)
        .build());
    for (int n = 0; n < ns.size(); n++) {
      NeighbourhoodIndicators fromList = IndicatorAggregation.aggregate(list, ns.get(n), BoundaryVintage.LSOA_2021,
          INDICATORS);
      assertEquals(fromList, IndicatorAggregation.aggregate(store, ns.get(n), BoundaryVintage.LSOA_2021, INDICATORS));
      for (int i = 0; i < INDICATORS.size(); i++) {
        for (Window w : Window.values()) {
          WindowTotals totals = fromList.get(INDICATORS.get(i)).totals(w == Window.BASELINE ? BASELINE : FOLLOW_UP);
          assertEquals(totals.numerator(), screening.numerator(n, i, w));
          assertEquals(totals.denominator(), screening.denominator(n, i, w));
          ScreeningRow row = screening.row(ns.get(n).id(), INDICATORS.get(i));
          // the screening lists the indicator's straddling periods over all areas, a superset
          assertTrue((w == Window.BASELINE ? row.baseline() : row.followUp()).straddlingPeriods()
              .containsAll(totals.straddlingPeriods()));
        }
      }
    }
  }
}
