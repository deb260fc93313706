package org.c2model.bench.indicator;

import java.util.Locale;
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
    long before = Resident.usedAfterGc();
    long start = System.nanoTime();
    ColumnarObservations store = SyntheticIndicators.store(MONTHS, INDICATORS);
    long built = System.nanoTime();
    Resident.record(before, Resident.usedAfterGc(), store.size(), "c2 columnar store, national scale");
    System.out.printf(Locale.ROOT, "%s%nbuilt in %.1f s; max heap %,d MB%n", store, (built - start) / 1e9,
        Runtime.getRuntime().maxMemory() >> 20);
    ScreeningQuery query = SyntheticIndicators.query(INDICATORS, FOLLOW_UP_START, MONTHS);
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
        SyntheticIndicators.checksum(INDICATORS, 0, SyntheticIndicators.BASELINE_END),
        SyntheticIndicators.checksum(INDICATORS, FOLLOW_UP_START, MONTHS));
  }
}
