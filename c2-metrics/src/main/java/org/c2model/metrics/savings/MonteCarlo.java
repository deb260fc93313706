package org.c2model.metrics.savings;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.c2model.core.Money;

/**
 * The seeded Monte Carlo and one-way sensitivity of an appraisal ({@link Uncertainty}). It works in
 * doubles on the same inputs as the exact lines: per indicator, the summed unit cost, the stated
 * adjustments and persistence, the events avoided and their interval; per year, the discount factor.
 * Each draw takes one shift for each assumption (the same for every indicator, cut to 0 to 1) and
 * one triangular draw of each indicator's events avoided. Intervals are the 2.5th and 97.5th
 * percentiles (linear interpolation between order statistics).
 */
final class MonteCarlo {

  private static final double LOW_QUANTILE = 0.025;
  private static final double HIGH_QUANTILE = 0.975;

  private final SavingsAppraisal appraisal;
  private final int n;
  private final double[] unitCost;
  private final double[] point;
  private final double[] lower;
  private final double[] upper;
  private final double[] deadweight;
  private final boolean[] deadweightVaries;
  private final double[] attribution;
  private final double[] optimismBias;
  private final double[] persistence;
  private final int[] firstYear;
  private final int[] lastYear;
  private final int[] dropOffFrom;
  private final double[] factor;
  private final double investment;

  MonteCarlo(SavingsAppraisal appraisal) {
    this.appraisal = appraisal;
    List<AvoidedEvents> events = appraisal.avoidedEvents();
    n = events.size();
    unitCost = new double[n];
    point = new double[n];
    lower = new double[n];
    upper = new double[n];
    deadweight = new double[n];
    deadweightVaries = new boolean[n];
    attribution = new double[n];
    optimismBias = new double[n];
    persistence = new double[n];
    firstYear = new int[n];
    lastYear = new int[n];
    dropOffFrom = new int[n];
    int maxYear = 0;
    for (int i = 0; i < n; i++) {
      AvoidedEvents a = events.get(i);
      BigDecimal cost = BigDecimal.ZERO;
      for (UnitCost c : appraisal.unitCosts().forIndicator(a.indicatorId())) {
        cost = cost.add(c.cost().amount());
      }
      unitCost[i] = cost.doubleValue();
      point[i] = a.perYear().doubleValue();
      lower[i] = a.lower().orElse(a.perYear()).doubleValue();
      upper[i] = a.upper().orElse(a.perYear()).doubleValue();
      Adjustments adj = appraisal.adjustmentsFor(a.indicatorId());
      deadweight[i] = adj.deadweight().doubleValue();
      deadweightVaries[i] = !appraisal.adjustments().containsKey(a.indicatorId());
      attribution[i] = adj.attribution().doubleValue();
      optimismBias[i] = adj.optimismBias().doubleValue();
      persistence[i] = a.persistence().doubleValue();
      firstYear[i] = a.firstYear();
      lastYear[i] = a.lastYear();
      dropOffFrom[i] = a.dropOffFrom();
      maxYear = Math.max(maxYear, a.lastYear());
    }
    factor = new double[maxYear + 1];
    for (int y = 0; y <= maxYear; y++) {
      factor[y] = appraisal.discountSchedule().factor(y).doubleValue();
    }
    investment = SavingsEstimate.presentValueOf(appraisal).amount().doubleValue();
  }

  /** Present value of benefits with the given shifts of each assumption and events per indicator. */
  private double benefits(double[] events, double dDeadweight, double dAttribution, double dOptimism,
      double dPersistence) {
    double total = 0;
    for (int i = 0; i < n; i++) {
      double dw = deadweightVaries[i] ? clamp(deadweight[i] + dDeadweight) : deadweight[i];
      double keep = (1 - dw) * clamp(attribution[i] + dAttribution) * (1 - clamp(optimismBias[i] + dOptimism));
      double p = clamp(persistence[i] + dPersistence);
      double years = 0;
      double share = 1;
      for (int y = firstYear[i]; y <= lastYear[i]; y++) {
        if (y > dropOffFrom[i]) {
          share *= p;
        }
        years += share * factor[y];
      }
      total += events[i] * unitCost[i] * keep * years;
    }
    return total;
  }

  private static double clamp(double x) {
    return x < 0 ? 0 : x > 1 ? 1 : x;
  }

  void run(ImmutableSavingsEstimate.Builder out) {
    Uncertainty u = appraisal.uncertainty();
    int draws = u.draws();
    SplittableRandom random = new SplittableRandom(u.seed());
    double sDw = u.deadweightSpread().doubleValue();
    double sAt = u.attributionSpread().doubleValue();
    double sOb = u.optimismBiasSpread().doubleValue();
    double sPe = u.persistenceSpread().doubleValue();
    double[] npv = new double[draws];
    double[] bcr = new double[draws];
    double[] events = new double[n];
    for (int d = 0; d < draws; d++) {
      double dw = shift(random, sDw);
      double at = shift(random, sAt);
      double ob = shift(random, sOb);
      double pe = shift(random, sPe);
      for (int i = 0; i < n; i++) {
        events[i] = triangular(random.nextDouble(), lower[i], point[i], upper[i]);
      }
      double b = benefits(events, dw, at, ob, pe);
      npv[d] = b - investment;
      bcr[d] = investment > 0 ? b / investment : Double.NaN;
    }
    Arrays.sort(npv);
    out.npvLower(money(quantile(npv, LOW_QUANTILE))).npvUpper(money(quantile(npv, HIGH_QUANTILE)));
    if (investment > 0) {
      Arrays.sort(bcr);
      out.bcrLower(ratio(quantile(bcr, LOW_QUANTILE))).bcrUpper(ratio(quantile(bcr, HIGH_QUANTILE)));
    }
  }

  List<Sensitivity> sensitivity() {
    Uncertainty u = appraisal.uncertainty();
    List<Sensitivity> rows = new ArrayList<>();
    rows.add(row("events avoided", "each at its lower bound", "each at its upper bound",
        benefits(lower, 0, 0, 0, 0), benefits(upper, 0, 0, 0, 0)));
    double[] dw = {-u.deadweightSpread().doubleValue(), u.deadweightSpread().doubleValue()};
    rows.add(row("deadweight (no comparator)", spread(-dw[1]), spread(dw[1]), benefits(point, dw[0], 0, 0, 0),
        benefits(point, dw[1], 0, 0, 0)));
    double s = u.attributionSpread().doubleValue();
    rows.add(row("attribution", spread(-s), spread(s), benefits(point, 0, -s, 0, 0), benefits(point, 0, s, 0, 0)));
    s = u.optimismBiasSpread().doubleValue();
    rows.add(row("optimism bias", spread(-s), spread(s), benefits(point, 0, 0, -s, 0), benefits(point, 0, 0, s, 0)));
    s = u.persistenceSpread().doubleValue();
    rows.add(row("persistence", spread(-s), spread(s), benefits(point, 0, 0, 0, -s), benefits(point, 0, 0, 0, s)));
    return rows;
  }

  private Sensitivity row(String name, String low, String high, double benefitsLow, double benefitsHigh) {
    return Sensitivity.of(name, low, high, money(benefitsLow - investment), money(benefitsHigh - investment));
  }

  private static String spread(double s) {
    return "stated " + (s < 0 ? "- " : "+ ") + BigDecimal.valueOf(Math.abs(s)).stripTrailingZeros().toPlainString();
  }

  private static double shift(SplittableRandom random, double spread) {
    return spread == 0 ? 0 : (2 * random.nextDouble() - 1) * spread;
  }

  /** The inverse distribution function of the triangular distribution with these bounds and mode. */
  static double triangular(double u, double low, double mode, double high) {
    if (high <= low) {
      return mode;
    }
    double f = (mode - low) / (high - low);
    return u < f ? low + Math.sqrt(u * (high - low) * (mode - low))
        : high - Math.sqrt((1 - u) * (high - low) * (high - mode));
  }

  /** The quantile of sorted values, R's type 7. */
  static double quantile(double[] sorted, double q) {
    double h = (sorted.length - 1) * q;
    int lo = (int) Math.floor(h);
    int hi = Math.min(sorted.length - 1, lo + 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }

  private Money money(double x) {
    return Money.of(new BigDecimal(x).setScale(2, RoundingMode.HALF_EVEN), appraisal.currency());
  }

  private static BigDecimal ratio(double x) {
    return Scales.ratio(new BigDecimal(x, MathContext.DECIMAL64));
  }
}
