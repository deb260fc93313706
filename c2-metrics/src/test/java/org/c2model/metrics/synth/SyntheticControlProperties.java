package org.c2model.metrics.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties of the synthetic control and its simplex least-squares solver, on random panels drawn
 * from a seed (continuous values, so the optimum's weights are unique almost surely).
 */
class SyntheticControlProperties {

  /** A random panel: J donors and a treated area over T periods, rates around 10 with trends. */
  private static SyntheticControlInput.Builder panel(long seed, int donors, int periods, int pre) {
    Random r = new Random(seed);
    SyntheticControlInput.Builder b = SyntheticControlInput.builder().treatedCode("T").preperiods(pre)
        .asOf(LocalDate.of(2012, 12, 31))
        .periods(IntStream.range(0, periods).mapToObj(t -> "m" + t).toList()).treated(series(r, periods));
    for (int j = 0; j < donors; j++) {
      b.putDonors("D" + j, series(r, periods));
    }
    return b;
  }

  private static List<Double> series(Random r, int periods) {
    double level = 5 + 10 * r.nextDouble();
    double trend = r.nextGaussian() * 0.2;
    return IntStream.range(0, periods).mapToObj(t -> level + trend * t + r.nextGaussian()).toList();
  }

  /**
   * A random panel with k predictors asking for the data-driven V: predictor p is the mean of the
   * area's p-th stretch of pre-periods plus noise (so it predicts the outcome, imperfectly), the
   * last one pure noise.
   */
  private static SyntheticControlInput dataDriven(long seed, int donors, int pre, int k) {
    SyntheticControlInput base = panel(seed, donors, pre + 2, pre).placebosInSpace(0).build();
    Random r = new Random(~seed);
    SyntheticControlInput.Builder b = SyntheticControlInput.builder().from(base)
        .predictorWeighting(PredictorWeighting.DATA_DRIVEN);
    for (int p = 0; p < k; p++) {
      int from = p * pre / k;
      int to = Math.max(from + 1, (p + 1) * pre / k);
      boolean noise = p == k - 1;
      Map<String, Double> values = new LinkedHashMap<>();
      base.donors().forEach((code, series) -> values.put(code, covariate(series, from, to, noise, r)));
      b.addPredictors(Predictor.of("x" + p, covariate(base.treated(), from, to, noise, r), values));
    }
    return b.build();
  }

  /** The input with its donors in an order shuffled from the seed. */
  private static SyntheticControlInput shuffled(SyntheticControlInput in, long seed) {
    List<String> codes = new ArrayList<>(in.donors().keySet());
    Collections.shuffle(codes, new Random(seed ^ 0x5DEECE66DL));
    Map<String, List<Double>> shuffled = new LinkedHashMap<>();
    codes.forEach(c -> shuffled.put(c, in.donors().get(c)));
    return SyntheticControlInput.builder().from(in).donors(shuffled).build();
  }

  private static double covariate(List<Double> series, int from, int to, boolean noise, Random r) {
    double mean = series.subList(from, to).stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    return noise ? r.nextGaussian() : mean + 0.5 * r.nextGaussian();
  }

  @Property(tries = 60)
  void dataDrivenVIsOnTheSimplex(@ForAll long seed, @ForAll @IntRange(min = 2, max = 12) int donors,
      @ForAll @IntRange(min = 3, max = 10) int pre, @ForAll @IntRange(min = 2, max = 4) int k) {
    SyntheticControlInput in = dataDriven(seed, donors, pre, k);
    SyntheticControl sc = SyntheticControl.fit(in);
    assertEquals(in.predictors().stream().map(Predictor::name).toList(), List.copyOf(sc.predictorWeights().keySet()));
    sc.predictorWeights().values().forEach(v -> assertTrue(v >= 0, sc.predictorWeights()::toString));
    assertEquals(1.0, sc.predictorWeights().values().stream().mapToDouble(Double::doubleValue).sum(), 1e-12);
    assertEquals(1.0, sc.weights().values().stream().mapToDouble(Double::doubleValue).sum(), 1e-9);
  }

  /**
   * The search starts at equal predictor weights and keeps the best V it evaluates, so its
   * objective is never above the pre-period MSPE of the fit with V given as equal weights (computed
   * here by the default method, independently of the search), and it is the MSPE of its own fit.
   */
  @Property(tries = 60)
  void dataDrivenObjectiveIsNeverAboveEqualWeights(@ForAll long seed, @ForAll @IntRange(min = 2, max = 12) int donors,
      @ForAll @IntRange(min = 3, max = 10) int pre, @ForAll @IntRange(min = 2, max = 4) int k) {
    SyntheticControlInput in = dataDriven(seed, donors, pre, k);
    SyntheticControl sc = SyntheticControl.fit(in);
    PredictorWeightSearch search = sc.predictorWeightSearch().orElseThrow();
    double equal = SyntheticControl.fit(SyntheticControlInput.builder().from(in)
        .predictorWeighting(PredictorWeighting.GIVEN).build()).preRmspe();
    assertEquals(equal * equal, search.equalWeightsObjective(), 1e-7 * (1 + equal * equal), search::toString);
    assertTrue(search.objective() <= search.equalWeightsObjective(), search::toString);
    assertEquals(sc.preRmspe() * sc.preRmspe(), search.objective(), 1e-9 * (1 + search.objective()));
    assertTrue(search.evaluations() >= 1);
  }

  @Property(tries = 40)
  void dataDrivenVIsDeterministic(@ForAll long seed, @ForAll @IntRange(min = 2, max = 12) int donors,
      @ForAll @IntRange(min = 3, max = 10) int pre, @ForAll @IntRange(min = 2, max = 4) int k) {
    SyntheticControlInput in = dataDriven(seed, donors, pre, k);
    SyntheticControl a = SyntheticControl.fit(in);
    SyntheticControl b = SyntheticControl.fit(in);
    assertEquals(a.weights(), b.weights());
    assertEquals(a.predictorWeights(), b.predictorWeights());
    assertEquals(a.predictorWeightSearch(), b.predictorWeightSearch());
  }

  @Property(tries = 40)
  void permutingDonorsDoesNotChangeTheDataDrivenFit(@ForAll long seed,
      @ForAll @IntRange(min = 2, max = 12) int donors, @ForAll @IntRange(min = 3, max = 10) int pre,
      @ForAll @IntRange(min = 2, max = 4) int k) {
    SyntheticControlInput in = dataDriven(seed, donors, pre, k);
    SyntheticControl a = SyntheticControl.fit(in);
    SyntheticControl b = SyntheticControl.fit(shuffled(in, seed));
    for (String c : in.donors().keySet()) {
      assertEquals(a.weights().getOrDefault(c, 0.0), b.weights().getOrDefault(c, 0.0), 1e-9, c);
    }
    assertEquals(a.predictorWeights(), b.predictorWeights());
    assertEquals(a.preRmspe(), b.preRmspe(), 1e-9);
  }

  @Property(tries = 200)
  void weightsAreNonNegativeAndSumToOne(@ForAll long seed, @ForAll @IntRange(min = 2, max = 30) int donors,
      @ForAll @IntRange(min = 2, max = 12) int pre) {
    SyntheticControl sc = SyntheticControl.fit(panel(seed, donors, pre + 3, pre).placebosInSpace(0).build());
    sc.weights().values().forEach(w -> assertTrue(w > 0, sc::toString));
    assertEquals(1.0, sc.weights().values().stream().mapToDouble(Double::doubleValue).sum(), 1e-9);
  }

  @Property(tries = 200)
  void aTreatedAreaEqualToADonorIsThatDonor(@ForAll long seed, @ForAll @IntRange(min = 2, max = 30) int donors,
      @ForAll @IntRange(min = 2, max = 12) int pre, @ForAll @IntRange(min = 0, max = 29) int which) {
    int d = which % donors;
    SyntheticControlInput base = panel(seed, donors, pre + 3, pre).build();
    SyntheticControl sc = SyntheticControl.fit(SyntheticControlInput.builder().from(base)
        .treated(base.donors().get("D" + d)).placebosInSpace(0).build());
    assertEquals(1.0, sc.weights().getOrDefault("D" + d, 0.0), 1e-6, sc::toString);
    assertEquals(0.0, sc.preRmspe(), 1e-6);
    sc.postGaps().forEach(g -> assertEquals(0.0, g, 1e-5));
  }

  @Property(tries = 100)
  void pValueIsBetweenOneOverJPlusOneAndOne(@ForAll long seed, @ForAll @IntRange(min = 2, max = 15) int donors,
      @ForAll @IntRange(min = 2, max = 8) int pre) {
    SyntheticControl sc = SyntheticControl.fit(panel(seed, donors, pre + 4, pre).build());
    PlaceboInSpace p = sc.placeboInSpace().orElseThrow();
    assertEquals(donors, p.placebos());
    assertTrue(p.pValue() >= 1.0 / (donors + 1) - 1e-12 && p.pValue() <= 1.0, p::toString);
  }

  @Property(tries = 150)
  void permutingDonorsDoesNotChangeWeights(@ForAll long seed, @ForAll @IntRange(min = 2, max = 25) int donors,
      @ForAll @IntRange(min = 2, max = 12) int pre) {
    SyntheticControlInput in = panel(seed, donors, pre + 2, pre).placebosInSpace(0).build();
    SyntheticControl a = SyntheticControl.fit(in);
    SyntheticControl b = SyntheticControl.fit(shuffled(in, seed));
    for (String c : in.donors().keySet()) {
      assertEquals(a.weights().getOrDefault(c, 0.0), b.weights().getOrDefault(c, 0.0), 1e-7, c);
    }
    assertEquals(a.preRmspe(), b.preRmspe(), 1e-9);
  }

  /**
   * The solver's optimum equals brute force: over every subset of donors, the least squares with
   * weights summing to 1 (a bordered linear system), kept when all its weights are non-negative;
   * the best of those is the optimum on the simplex (the KKT point's support is one of the subsets).
   */
  @Property(tries = 300)
  void solverMatchesBruteForceOverSubsets(@ForAll long seed, @ForAll @IntRange(min = 1, max = 7) int donors,
      @ForAll @IntRange(min = 1, max = 5) int k) {
    Random r = new Random(seed);
    double[][] a = new double[donors][k];
    double[] b = new double[k];
    for (int i = 0; i < k; i++) {
      b[i] = r.nextGaussian();
      for (int j = 0; j < donors; j++) {
        a[j][i] = r.nextGaussian();
      }
    }
    double[] w = SimplexLeastSquares.solve(a, b);
    double best = Double.POSITIVE_INFINITY;
    for (int mask = 1; mask < (1 << donors); mask++) {
      final int m = mask;
      int[] s = IntStream.range(0, donors).filter(j -> (m & (1 << j)) != 0).toArray();
      double[] ws = affineLeastSquares(a, b, s);
      if (ws != null && java.util.Arrays.stream(ws).allMatch(x -> x >= -1e-12)) {
        double[] full = new double[donors];
        for (int i = 0; i < s.length; i++) {
          full[s[i]] = ws[i];
        }
        best = Math.min(best, objective(a, b, full));
      }
    }
    double found = objective(a, b, w);
    assertTrue(java.util.Arrays.stream(w).allMatch(x -> x >= 0));
    assertEquals(1.0, java.util.Arrays.stream(w).sum(), 1e-12);
    assertEquals(best, found, 1e-9 * Math.max(1, best), "solver " + found + " vs brute force " + best);
  }

  private static double objective(double[][] a, double[] b, double[] w) {
    double s = 0;
    for (int i = 0; i < b.length; i++) {
      double fit = 0;
      for (int j = 0; j < w.length; j++) {
        fit += w[j] * a[j][i];
      }
      s += (b[i] - fit) * (b[i] - fit);
    }
    return s;
  }

  /** Minimises ||b - A_s w|| subject to sum w = 1 by its bordered normal equations; null if singular. */
  private static double[] affineLeastSquares(double[][] a, double[] b, int[] s) {
    int n = s.length;
    double[][] m = new double[n + 1][n + 2];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        m[i][j] = SimplexLeastSquares.dot(a[s[i]], a[s[j]]);
      }
      m[i][n] = 1;
      m[n][i] = 1;
      m[i][n + 1] = SimplexLeastSquares.dot(a[s[i]], b);
    }
    m[n][n + 1] = 1;
    for (int c = 0; c <= n; c++) {
      int p = c;
      for (int row = c + 1; row <= n; row++) {
        if (Math.abs(m[row][c]) > Math.abs(m[p][c])) {
          p = row;
        }
      }
      double[] t = m[c];
      m[c] = m[p];
      m[p] = t;
      if (Math.abs(m[c][c]) < 1e-10) {
        return null;
      }
      for (int row = 0; row <= n; row++) {
        if (row != c) {
          double f = m[row][c] / m[c][c];
          for (int col = c; col <= n + 1; col++) {
            m[row][col] -= f * m[c][col];
          }
        }
      }
    }
    double[] w = new double[n];
    for (int i = 0; i < n; i++) {
      w[i] = m[i][n + 1] / m[i][i];
    }
    return w;
  }
}
