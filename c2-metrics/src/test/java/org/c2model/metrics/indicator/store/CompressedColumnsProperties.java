package org.c2model.metrics.indicator.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import org.c2model.core.InvalidValueException;
import org.c2model.core.place.AreaCode;
import org.c2model.core.place.Neighbourhood;
import org.c2model.metrics.indicator.BoundaryVintage;
import org.c2model.metrics.indicator.Observation;
import org.c2model.metrics.indicator.ObservationSource;
import org.c2model.metrics.indicator.StudyWindow;
import org.c2model.metrics.indicator.store.ScreeningResult.Window;
import org.junit.jupiter.api.Test;

/**
 * The compressed columns ({@link Chunk}) answer every query exactly as a plain list of observations
 * does: rows come in runs of one area and period (and out of order), with shared or mixed
 * denominators, numerators and indicator indices on both sides of the one-byte escape, single
 * areas and empty stores.
 */
class CompressedColumnsProperties {

  private static final List<String> AREAS = List.of("E01000001", "E01000002", "E01000003", "E01000004",
      "E01000005");
  /** 300 indicator ids: with the prefix of 260 appended first, ids from 255 on are escaped. */
  private static final List<String> INDICATORS = java.util.stream.IntStream.range(0, 300)
      .mapToObj(i -> String.format(Locale.ROOT, "ind-%03d", i)).collect(Collectors.toUnmodifiableList());
  private static final List<String> MONTHS = List.of("2019-01", "2019-02", "2019-03", "2019-11", "2020-01",
      "2020-02", "2020-03");
  private static final StudyWindow BASELINE = StudyWindow.of(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 4, 1));
  private static final StudyWindow FOLLOW_UP = StudyWindow.of(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 4, 1));
  private static final List<Neighbourhood> NEIGHBOURHOODS = List.of(
      Neighbourhood.of("n1", "One", AREAS.get(0), AREAS.get(1)), Neighbourhood.of("n2", "Two", AREAS.get(2)),
      Neighbourhood.of("n3", "Three", AREAS.get(3), AREAS.get(4)));

  /** Numerators or denominators around the escape (255), small ones and huge ones up to the int limit. */
  private static Arbitrary<Integer> counts(int min) {
    return Arbitraries.frequencyOf(Tuple.of(5, Arbitraries.integers().between(min, 60)),
        Tuple.of(3, Arbitraries.integers().between(250, 260)),
        Tuple.of(2, Arbitraries.integers().between(261, Integer.MAX_VALUE)),
        Tuple.of(1, Arbitraries.just(Integer.MAX_VALUE)));
  }

  /** One run: an area, a period, and rows of indicators and numerators with a shared or own denominator. */
  @Provide
  Arbitrary<List<Observation>> runs() {
    Arbitrary<Integer> areaCount = Arbitraries.integers().between(1, AREAS.size());
    return areaCount.flatMap(areas -> {
      Arbitrary<List<Observation>> run = Combinators.combine(Arbitraries.of(AREAS.subList(0, areas)),
          Arbitraries.of(MONTHS), Arbitraries.of(BoundaryVintage.LSOA_2011, BoundaryVintage.LSOA_2021),
          Arbitraries.integers().between(0, 299).list().ofMinSize(1).ofMaxSize(12),
          counts(0).list().ofSize(12),
          Arbitraries.oneOf(Arbitraries.just(0), counts(1)).list().ofSize(12),
          Arbitraries.integers().between(0, 2))
          .as((area, month, vintage, indicators, numerators, denominators, mode) -> {
            List<Observation> rows = new ArrayList<>();
            for (int k = 0; k < indicators.size(); k++) {
              // mode 0: one shared denominator, 1: none, 2: each row its own
              int den = mode == 0 ? denominators.get(0) : mode == 1 ? 0 : denominators.get(k);
              String id = INDICATORS.get(indicators.get(k));
              rows.add(den == 0 ? Observation.of(area, id, month, vintage, numerators.get(k))
                  : Observation.of(area, id, month, vintage, numerators.get(k), den));
            }
            return rows;
          });
      return run.list().ofMaxSize(25).map(CompressedColumnsProperties::distinct);
    });
  }

  private static List<Observation> distinct(List<List<Observation>> runs) {
    Map<List<Object>, Observation> byKey = new LinkedHashMap<>();
    runs.stream().flatMap(List::stream).forEach(o -> byKey.putIfAbsent(
        List.of(o.areaCode(), o.indicatorId(), o.period(), o.vintage()), o));
    return new ArrayList<>(byKey.values());
  }

  /** Optionally 260 observations of an area in no neighbourhood first, so later indicator indices pass 255. */
  private static List<Observation> withPrefix(List<Observation> observations, boolean prefix) {
    if (!prefix) {
      return observations;
    }
    List<Observation> all = new ArrayList<>();
    for (int i = 259; i >= 0; i--) {
      all.add(Observation.of("E01000099", INDICATORS.get(i), "2019-01", BoundaryVintage.LSOA_2021, i * 1000));
    }
    all.addAll(observations);
    return all;
  }

  @Property(tries = 300)
  void selectAgreesWithAPlainList(@ForAll("runs") List<Observation> runs, @ForAll boolean prefix) {
    List<Observation> observations = withPrefix(runs, prefix);
    ObservationSource list = ObservationSource.of(observations);
    ColumnarObservations store = ColumnarObservations.of(observations);
    assertEquals(observations.size(), store.size());
    ColumnarObservations copy = ColumnarObservations.builder().appendAll(store).build();
    Set<AreaCode> all = AREAS.stream().map(AreaCode::of).collect(Collectors.toSet());
    Set<String> ids = observations.stream().map(Observation::indicatorId).collect(Collectors.toSet());
    ids.add("ind-299");
    for (String id : ids) {
      assertEquals(list.select(id, all), store.select(id, all), id);
      assertEquals(list.select(id, all), copy.select(id, all), id);
      Set<AreaCode> one = Set.of(AreaCode.of(AREAS.get(0)));
      assertEquals(list.select(id, one), store.select(id, one), id);
    }
  }

  @Property(tries = 300)
  void screeningAgreesWithPlainSums(@ForAll("runs") List<Observation> runs, @ForAll boolean prefix) {
    List<Observation> observations = withPrefix(runs, prefix);
    List<String> ids = List.of(INDICATORS.get(0), INDICATORS.get(7), INDICATORS.get(254), INDICATORS.get(255),
        INDICATORS.get(299));
    assertScreeningIsPlainSums(observations, ids);
  }

  /**
   * Every area and month with the same indicators (runs holding every indicator of the store, which
   * the screening sums per run) except where a row is dropped, sometimes with more than 255
   * indicators (escaped codes).
   */
  @Property(tries = 200)
  void completeRunsAgreeWithPlainSums(@ForAll @IntRange(min = 1, max = 6) int few, @ForAll boolean many,
      @ForAll @IntRange(min = 0, max = 2) int mode, @ForAll @IntRange(min = -1, max = 400) int dropped,
      @ForAll("countLists") List<Integer> numerators, @ForAll("countLists") List<Integer> denominators) {
    int indicators = many ? 257 : few;
    List<Observation> observations = new ArrayList<>();
    int row = 0;
    for (String area : AREAS) {
      for (String month : MONTHS) {
        for (int i = 0; i < indicators; i++, row++) {
          if (row == dropped) {
            continue;
          }
          int numerator = numerators.get(row % numerators.size());
          // mode 0: one denominator per area and month, 1: none, 2: each row its own
          int den = mode == 1 ? 0 : denominators.get((mode == 0 ? row / indicators : row) % denominators.size());
          observations.add(den == 0 ? Observation.of(area, INDICATORS.get(i), month, BoundaryVintage.LSOA_2021,
              numerator) : Observation.of(area, INDICATORS.get(i), month, BoundaryVintage.LSOA_2021, numerator, den));
        }
      }
    }
    List<String> ids = new ArrayList<>(List.of(INDICATORS.get(0), INDICATORS.get(255), INDICATORS.get(256),
        INDICATORS.get(299)));
    if (few > 1) {
      ids.add(1, INDICATORS.get(few - 1));
    }
    assertScreeningIsPlainSums(observations, ids);
    // every indicator of the store, in its order: the screening reads such runs without look-ups
    assertScreeningIsPlainSums(observations, INDICATORS.subList(0, indicators));
  }

  @Provide
  Arbitrary<List<Integer>> countLists() {
    return counts(1).list().ofMinSize(1).ofMaxSize(40);
  }

  private static void assertScreeningIsPlainSums(List<Observation> observations, List<String> ids) {
    ScreeningResult r = ColumnarObservations.of(observations).screen(ScreeningQuery.builder()
        .addAllNeighbourhoods(NEIGHBOURHOODS).vintage(BoundaryVintage.LSOA_2021).addAllIndicatorIds(ids)
        .baseline(BASELINE).followUp(FOLLOW_UP).build());
    for (int n = 0; n < NEIGHBOURHOODS.size(); n++) {
      for (int i = 0; i < ids.size(); i++) {
        for (Window w : Window.values()) {
          long numerator = 0;
          long denominator = 0;
          int count = 0;
          boolean allDenominators = true;
          for (Observation o : observations) {
            if (o.vintage() == BoundaryVintage.LSOA_2021 && NEIGHBOURHOODS.get(n).areaCodes().contains(o.areaCode())
                && o.indicatorId().equals(ids.get(i))
                && (w == Window.BASELINE ? BASELINE : FOLLOW_UP).contains(o.period())) {
              numerator += (long) o.numerator();
              count++;
              allDenominators &= o.denominator().isPresent();
              denominator += (long) o.denominator().orElse(0);
            }
          }
          String at = n + "/" + ids.get(i) + "/" + w;
          assertEquals(numerator, r.numerator(n, i, w), at);
          assertEquals(count, r.observations(n, i, w), at);
          assertEquals(count > 0 && allDenominators ? OptionalDouble.of(denominator) : OptionalDouble.empty(),
              r.denominator(n, i, w), at);
        }
      }
    }
  }

  @Property(tries = 100)
  void aRepeatedKeyIsNamedWithItsFirstRow(@ForAll("runs") List<Observation> runs, @ForAll boolean prefix) {
    List<Observation> observations = withPrefix(runs, prefix);
    if (observations.isEmpty()) {
      return;
    }
    Observation repeated = observations.get(observations.size() / 2);
    List<Observation> withRepeat = new ArrayList<>(observations);
    withRepeat.add(Observation.builder().from(repeated).numerator(repeated.numerator() == 0 ? 1 : 0).build());
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> ColumnarObservations.of(withRepeat));
    assertTrue(e.getMessage().contains("observations[" + observations.size() + "]"), e.getMessage());
    assertTrue(e.getMessage().contains("observations[" + observations.indexOf(repeated) + "]"), e.getMessage());
  }

  @Test
  void anEmptyStoreAnswersEmpty() {
    ColumnarObservations store = ColumnarObservations.builder().build();
    assertEquals(0, store.size());
    assertEquals(0, store.columnBytes());
    assertEquals(List.of(), store.select("ind-000", Set.of(AreaCode.of(AREAS.get(0)))));
    ScreeningResult r = store.screen(ScreeningQuery.builder().addAllNeighbourhoods(NEIGHBOURHOODS)
        .vintage(BoundaryVintage.LSOA_2021).addIndicatorIds("ind-000").baseline(BASELINE).followUp(FOLLOW_UP)
        .build());
    assertEquals(0, r.observations(0, 0, Window.BASELINE));
    assertEquals(OptionalDouble.empty(), r.denominator(0, 0, Window.BASELINE));
  }

  @Test
  void runsOfOneAreaAndPeriodHoldTheDenominatorOnce() {
    ColumnarObservations.Builder b = ColumnarObservations.builder();
    for (String month : MONTHS) {
      for (int i = 0; i < 20; i++) {
        b.append(AREAS.get(0), INDICATORS.get(i), month, BoundaryVintage.LSOA_2021, i, 1500);
      }
    }
    ColumnarObservations store = b.build();
    // 140 rows of 2 bytes, 7 runs of 14 bytes
    assertEquals(140 * 2 + 7 * 14, store.columnBytes());
  }

  /** Rows across the boundary of two chunks, with a run of one area and period split by it. */
  @Test
  void aRunAcrossTwoChunksIsSummedOnce() {
    List<String> periods = new ArrayList<>();
    for (int m = 0; m < 24; m++) {
      periods.add(String.format(Locale.ROOT, "%04d-%02d", 2019 + m / 12, m % 12 + 1));
    }
    int areas = ColumnarObservations.CHUNK / (3 * periods.size()) + 40;
    ColumnarObservations.Builder b = ColumnarObservations.builder();
    long[] expected = new long[2];
    Set<AreaCode> straddling = new HashSet<>();
    int row = 0;
    for (int a = 0; a < areas; a++) {
      String code = String.format(Locale.ROOT, "E01%06d", a);
      for (int m = 0; m < periods.size(); m++) {
        for (int i = 0; i < 3; i++) {
          int numerator = (a * 31 + m * 7 + i) % 600;
          b.append(code, INDICATORS.get(i), periods.get(m), BoundaryVintage.LSOA_2021, numerator, 1000 + a);
          if (row == ColumnarObservations.CHUNK) {
            straddling.add(AreaCode.of(code));
            assertTrue(i > 0, "the chunk boundary splits a run");
          }
          if (i == 1) {
            expected[m < 12 ? 0 : 1] += numerator;
          }
          row++;
        }
      }
    }
    ColumnarObservations store = b.build();
    assertEquals(row, store.size());
    String[] codes = new String[areas];
    java.util.Arrays.setAll(codes, a -> String.format(Locale.ROOT, "E01%06d", a));
    ScreeningResult r = store.screen(ScreeningQuery.builder()
        .addNeighbourhoods(Neighbourhood.of("all", "All", codes)).vintage(BoundaryVintage.LSOA_2021)
        .addIndicatorIds(INDICATORS.get(1))
        .baseline(StudyWindow.of(LocalDate.of(2019, 1, 1), LocalDate.of(2020, 1, 1)))
        .followUp(StudyWindow.of(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 1))).build());
    assertEquals(expected[0], r.numerator(0, 0, Window.BASELINE));
    assertEquals(expected[1], r.numerator(0, 0, Window.FOLLOW_UP));
    assertEquals(areas * 12, r.observations(0, 0, Window.FOLLOW_UP));
    List<Observation> selected = store.select(INDICATORS.get(2), straddling);
    assertEquals(periods.size(), selected.size());
    int a = Integer.parseInt(straddling.iterator().next().toString().substring(3));
    for (int m = 0; m < periods.size(); m++) {
      assertEquals((a * 31 + m * 7 + 2) % 600, selected.get(m).numerator());
      assertEquals(OptionalDouble.of(1000 + a), selected.get(m).denominator());
    }
  }
}
