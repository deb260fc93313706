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
import org.c2model.metrics.indicator.store.ScreeningResult;

/**
 * The columnar store at national scale (issue 17): 35,700 LSOAs x 180 months x 50 indicators =
 * 321.3 million observations, built through the streaming builder from the formulas of
 * {@link SyntheticIndicators}, its resident heap measured, then screened a few times (1,000
 * neighbourhoods of 35 LSOAs, baseline months 0-23, follow-up months 156-179). Not a JMH benchmark:
 * one run that shows the data fit and screen, for example
 * <pre>
 * java -Xmx3g -cp c2-bench/target/benchmarks.jar org.c2model.bench.indicator.NationalScale
 * </pre>
 */
public final class NationalScale {

  static final int MONTHS = 180;
  static final int INDICATORS = 50;
  static final int FOLLOW_UP_START = MONTHS - SyntheticIndicators.BASELINE_END;

  private NationalScale() {}

  /**
   * Builds, measures and screens the national data set.
   *
   * @param args  optionally the number of screenings, default 5
   */
  public static void main(String[] args) {
    int screenings = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    int areas = SyntheticIndicators.AREAS;
    String[] areaCodes = new String[areas];
    Arrays.setAll(areaCodes, SyntheticIndicators::areaCode);
    String[] indicators = new String[INDICATORS];
    Arrays.setAll(indicators, SyntheticIndicators::indicatorId);
    String[] periods = new String[MONTHS];
    Arrays.setAll(periods, SyntheticIndicators::period);
    long before = Resident.usedAfterGc();
    long start = System.nanoTime();
    ColumnarObservations.Builder b = ColumnarObservations.builder();
    for (int a = 0; a < areas; a++) {
      int den = SyntheticIndicators.denominator(a);
      for (int m = 0; m < MONTHS; m++) {
        for (int i = 0; i < INDICATORS; i++) {
          b.append(areaCodes[a], indicators[i], periods[m], BoundaryVintage.LSOA_2021,
              SyntheticIndicators.numerator(a, i, m), den);
        }
      }
    }
    ColumnarObservations store = b.build();
    long built = System.nanoTime();
    Resident.record(before, Resident.usedAfterGc(), store.size(), "c2 columnar store, national scale");
    System.out.printf(Locale.ROOT, "%s%nbuilt in %.1f s; max heap %,d MB%n", store, (built - start) / 1e9,
        Runtime.getRuntime().maxMemory() >> 20);
    ScreeningQuery query = query(indicators);
    for (int k = 0; k < screenings; k++) {
      long t = System.nanoTime();
      ScreeningResult r = store.screen(query);
      double ms = (System.nanoTime() - t) / 1e6;
      long baseline = 0;
      long followUp = 0;
      for (int n = 0; n < SyntheticIndicators.NEIGHBOURHOODS; n++) {
        for (int i = 0; i < INDICATORS; i++) {
          baseline += r.numerator(n, i, ScreeningResult.Window.BASELINE);
          followUp += r.numerator(n, i, ScreeningResult.Window.FOLLOW_UP);
        }
      }
      System.out.printf(Locale.ROOT, "screening %d: %.1f ms; checksum baseline %d, follow-up %d%n", k + 1, ms,
          baseline, followUp);
    }
    System.out.printf(Locale.ROOT, "reference checksum (plain loop over the formulas): baseline %d, follow-up %d%n",
        reference(0, SyntheticIndicators.BASELINE_END), reference(FOLLOW_UP_START, MONTHS));
  }

  private static long reference(int fromMonth, int toMonth) {
    long sum = 0;
    for (int a = 0; a < SyntheticIndicators.NEIGHBOURHOODS * SyntheticIndicators.AREAS_PER_NEIGHBOURHOOD; a++) {
      for (int m = fromMonth; m < toMonth; m++) {
        for (int i = 0; i < INDICATORS; i++) {
          sum += SyntheticIndicators.numerator(a, i, m);
        }
      }
    }
    return sum;
  }

  private static ScreeningQuery query(String[] indicators) {
    List<Neighbourhood> ns = new ArrayList<>();
    for (int n = 0; n < SyntheticIndicators.NEIGHBOURHOODS; n++) {
      String[] codes = new String[SyntheticIndicators.AREAS_PER_NEIGHBOURHOOD];
      for (int k = 0; k < codes.length; k++) {
        codes[k] = SyntheticIndicators.areaCode(n * SyntheticIndicators.AREAS_PER_NEIGHBOURHOOD + k);
      }
      ns.add(Neighbourhood.of("n" + n, "Neighbourhood " + n, codes));
    }
    LocalDate first = SyntheticIndicators.FIRST_MONTH;
    return ScreeningQuery.builder().addAllNeighbourhoods(ns).vintage(BoundaryVintage.LSOA_2021)
        .addAllIndicatorIds(Arrays.asList(indicators))
        .baseline(StudyWindow.of(first, first.plusMonths(SyntheticIndicators.BASELINE_END)))
        .followUp(StudyWindow.of(first.plusMonths(FOLLOW_UP_START), first.plusMonths(MONTHS)))
        .multiplier(SyntheticIndicators.MULTIPLIER).build();
  }
}
