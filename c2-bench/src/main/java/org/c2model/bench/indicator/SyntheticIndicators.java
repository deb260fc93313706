package org.c2model.bench.indicator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.c2model.core.place.Neighbourhood;
import org.c2model.metrics.indicator.BoundaryVintage;
import org.c2model.metrics.indicator.StudyWindow;
import org.c2model.metrics.indicator.store.ColumnarObservations;
import org.c2model.metrics.indicator.store.ScreeningQuery;
import org.c2model.metrics.stats.ConfidenceLevel;
import org.c2model.metrics.stats.Rates;

/**
 * The deterministic national-scale data of the indicator benchmarks: 35,700 LSOAs x 60 months x 25
 * indicators = 53.55 million observations, and 1,000 neighbourhoods of 35 consecutive LSOAs (the
 * remaining 700 LSOAs are in none). The same formulas are written once in Java ({@link #numerator},
 * {@link #denominator}) and once in SQL ({@link #NUMERATOR_SQL}, {@link #DENOMINATOR_SQL}), so every
 * peer holds identical data.
 */
final class SyntheticIndicators {

  static final int AREAS = 35_700;
  static final int MONTHS = 60;
  static final int INDICATORS = 25;
  static final int NEIGHBOURHOODS = 1_000;
  static final int AREAS_PER_NEIGHBOURHOOD = 35;
  /** Baseline months 0-23, follow-up months 36-59. */
  static final int BASELINE_END = 24;
  static final int FOLLOW_UP_START = 36;
  static final double MULTIPLIER = 1000;
  static final LocalDate FIRST_MONTH = LocalDate.of(2019, 1, 1);

  static final String NUMERATOR_SQL = "((a * 7919 + i * 104729 + m * 1299709) % 1000003) % 50";
  static final String DENOMINATOR_SQL = "1000 + (a * 37) % 1000";

  private SyntheticIndicators() {}

  static int numerator(int a, int i, int m) {
    return (int) (((a * 7919L + i * 104729L + m * 1299709L) % 1000003) % 50);
  }

  static int denominator(int a) {
    return 1000 + (a * 37) % 1000;
  }

  static String areaCode(int a) {
    return String.format(Locale.ROOT, "E01%06d", a);
  }

  static String indicatorId(int i) {
    return String.format(Locale.ROOT, "indicator-%02d", i);
  }

  static String period(int m) {
    LocalDate d = FIRST_MONTH.plusMonths(m);
    return String.format(Locale.ROOT, "%04d-%02d", d.getYear(), d.getMonthValue());
  }

  static ScreeningQuery query() {
    return query(INDICATORS, FOLLOW_UP_START, MONTHS);
  }

  /**
   * The screening of the 1,000 neighbourhoods for the first {@code indicators} indicators, baseline
   * months 0-23 and follow-up months {@code followUpStart} to {@code months - 1}.
   */
  static ScreeningQuery query(int indicators, int followUpStart, int months) {
    List<Neighbourhood> ns = new ArrayList<>();
    for (int n = 0; n < NEIGHBOURHOODS; n++) {
      String[] codes = new String[AREAS_PER_NEIGHBOURHOOD];
      for (int k = 0; k < codes.length; k++) {
        codes[k] = areaCode(n * AREAS_PER_NEIGHBOURHOOD + k);
      }
      ns.add(Neighbourhood.of("n" + n, "Neighbourhood " + n, codes));
    }
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < indicators; i++) {
      ids.add(indicatorId(i));
    }
    return ScreeningQuery.builder().addAllNeighbourhoods(ns).vintage(BoundaryVintage.LSOA_2021)
        .addAllIndicatorIds(ids)
        .baseline(StudyWindow.of(FIRST_MONTH, FIRST_MONTH.plusMonths(BASELINE_END)))
        .followUp(StudyWindow.of(FIRST_MONTH.plusMonths(followUpStart), FIRST_MONTH.plusMonths(months)))
        .multiplier(MULTIPLIER).build();
  }

  /**
   * Builds the columnar store of every LSOA for {@code months} months and {@code indicators}
   * indicators through its streaming builder, in area, month, indicator order.
   */
  static ColumnarObservations store(int months, int indicators) {
    String[] areas = new String[AREAS];
    Arrays.setAll(areas, SyntheticIndicators::areaCode);
    String[] ids = new String[indicators];
    Arrays.setAll(ids, SyntheticIndicators::indicatorId);
    String[] periods = new String[months];
    Arrays.setAll(periods, SyntheticIndicators::period);
    ColumnarObservations.Builder b = ColumnarObservations.builder();
    for (int a = 0; a < AREAS; a++) {
      int den = denominator(a);
      for (int m = 0; m < months; m++) {
        for (int i = 0; i < indicators; i++) {
          b.append(areas[a], ids[i], periods[m], BoundaryVintage.LSOA_2021, numerator(a, i, m), den);
        }
      }
    }
    return b.build();
  }

  /** Sums the numerators of the neighbourhoods' LSOAs over months {@code [from, to)}: the screening's checksum. */
  static long checksum(int indicators, int fromMonth, int toMonth) {
    long sum = 0;
    for (int a = 0; a < NEIGHBOURHOODS * AREAS_PER_NEIGHBOURHOOD; a++) {
      for (int m = fromMonth; m < toMonth; m++) {
        for (int i = 0; i < indicators; i++) {
          sum += numerator(a, i, m);
        }
      }
    }
    return sum;
  }

  /**
   * Computes rates and limits from window sums the way the columnar store's screening does (Byar's
   * from 10 events, exact below), so the peers return the same answer.
   *
   * @return a checksum of the limits, for the blackhole
   */
  static double rates(long[] numerator, long[] denominator, double[] rate, double[] lower, double[] upper) {
    double check = 0;
    for (int c = 0; c < numerator.length; c++) {
      double events = numerator[c];
      double scale = MULTIPLIER / denominator[c];
      rate[c] = events * scale;
      if (events < Rates.BYARS_MINIMUM_COUNT) {
        lower[c] = Rates.exactLower(events, ConfidenceLevel.P95) * scale;
        upper[c] = Rates.exactUpper(events, ConfidenceLevel.P95) * scale;
      } else {
        lower[c] = Rates.byarsLower(events, ConfidenceLevel.P95).orElse(Double.NaN) * scale;
        upper[c] = Rates.byarsUpper(events, ConfidenceLevel.P95) * scale;
      }
      check += lower[c] + upper[c];
    }
    return check;
  }
}
