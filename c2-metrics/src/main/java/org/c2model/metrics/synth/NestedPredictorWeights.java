package org.c2model.metrics.synth;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The data-driven V of a synthetic control: the diagonal predictor weights whose donor weights
 * W*(V) give the smallest mean squared prediction error (MSPE) of the treated area's pre-period
 * outcomes (Abadie, Diamond &amp; Hainmueller 2010, eq. 5 and footnote 12; the {@code fn.V} loss of
 * the R package {@code Synth}; {@code docs/statistics.md} section "Synthetic control").
 * <p>
 * Method, after {@code Synth}: V is parameterised as {@code |v| / sum |v|} over unconstrained
 * {@code v}, so every point is on the simplex; the outer search is the Nelder-Mead simplex method
 * (Nelder &amp; Mead 1965, <i>Computer Journal</i> 7:308-313, with the standard coefficients 1, 2,
 * 1/2, 1/2 and R {@code optim}'s initial step of a tenth of the start's largest entry), run from
 * {@code K + 2} starts: equal weights, {@code Synth}'s regression-based start (the squared
 * coefficients of a regression of the pre-period outcomes on the scaled predictors) and, for each
 * predictor, a start leaning on it. Each run is restarted from its best point until a restart no
 * longer improves it (Nelder-Mead can stall on a collapsed simplex). The inner problem is solved
 * exactly for every V by {@link SimplexLeastSquares}, where {@code Synth} uses an interior-point
 * solver to a tolerance; the best V ever evaluated is kept, so the objective is never above that of
 * equal weights. The problem is not convex and has local minima (Becker &amp; Kl&ouml;&szlig;ner 2018;
 * Malo et al. 2024): the result is the best of the starts, not a certified global optimum.
 *
 * @implSpec This class is stateless and thread-safe.
 */
final class NestedPredictorWeights {

  /** The relative spread of the simplex's objective values at which a run stops (R optim's reltol). */
  private static final double REL_TOL = 1e-10;
  /** The most objective evaluations per run. */
  private static final int MAX_EVALUATIONS_PER_RUN = 4000;
  /** The most restarts of a run from its best point. */
  private static final int MAX_RESTARTS = 5;
  /** The share a leaning start puts on its predictor; the rest is spread equally. */
  private static final double LEAN = 0.9;

  /** The outcome of a search. */
  record Result(double[] v, double[] w, double objective, double equalWeightsObjective, int evaluations) {}

  private final double[][] donorPredictors;
  private final double[] treatedPredictors;
  private final double[][] donorOutcomes;
  private final double[] treatedOutcomes;
  private final int k;
  private int evaluations;
  private double bestObjective = Double.POSITIVE_INFINITY;
  private double[] bestV;
  private double[] bestW;

  private NestedPredictorWeights(double[][] donorPredictors, double[] treatedPredictors, double[][] donorOutcomes,
      double[] treatedOutcomes) {
    this.donorPredictors = donorPredictors;
    this.treatedPredictors = treatedPredictors;
    this.donorOutcomes = donorOutcomes;
    this.treatedOutcomes = treatedOutcomes;
    this.k = treatedPredictors.length;
  }

  /**
   * Searches for the data-driven V.
   *
   * @param donorPredictors  each donor's predictors divided by their standard deviation, {@code [J][K]}
   * @param treatedPredictors  the treated area's predictors likewise, {@code [K]}, K at least 2
   * @param donorOutcomes  each donor's pre-period outcomes, {@code [J][T0]}
   * @param treatedOutcomes  the treated area's pre-period outcomes, {@code [T0]}
   * @return V on the simplex, the donor weights W*(V), the MSPE and the equal-weights MSPE
   */
  static Result search(double[][] donorPredictors, double[] treatedPredictors, double[][] donorOutcomes,
      double[] treatedOutcomes) {
    NestedPredictorWeights s = new NestedPredictorWeights(donorPredictors, treatedPredictors, donorOutcomes,
        treatedOutcomes);
    double[] equal = new double[s.k];
    Arrays.fill(equal, 1.0 / s.k);
    double equalObjective = s.objective(equal);
    List<double[]> starts = new ArrayList<>();
    starts.add(equal);
    double[] regression = s.regressionStart();
    if (regression != null) {
      starts.add(regression);
    }
    for (int p = 0; p < s.k; p++) {
      double[] lean = new double[s.k];
      Arrays.fill(lean, (1 - LEAN) / (s.k - 1));
      lean[p] = LEAN;
      starts.add(lean);
    }
    for (double[] start : starts) {
      double[] x = start;
      double before = Double.POSITIVE_INFINITY;
      for (int restart = 0; restart <= MAX_RESTARTS; restart++) {
        Run run = s.nelderMead(x);
        x = run.best;
        if (!(run.value < before * (1 - REL_TOL))) {
          break;
        }
        before = run.value;
      }
    }
    return new Result(normalise(s.bestV), s.bestW, s.bestObjective, equalObjective, s.evaluations);
  }

  /** V on the simplex from the unconstrained parameter: {@code |v| / sum |v|}, equal if all are 0. */
  static double[] normalise(double[] v) {
    double total = 0;
    for (double x : v) {
      total += Math.abs(x);
    }
    double[] out = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = total == 0 ? 1.0 / v.length : Math.abs(v[i]) / total;
    }
    return out;
  }

  /** The donor weights for V: the rows scaled by the square roots of V, solved exactly. */
  static double[] innerWeights(double[][] donorPredictors, double[] treatedPredictors, double[] v) {
    int j = donorPredictors.length;
    int k = treatedPredictors.length;
    double[] root = new double[k];
    for (int p = 0; p < k; p++) {
      root[p] = Math.sqrt(v[p]);
    }
    double[][] rows = new double[j][k];
    for (int d = 0; d < j; d++) {
      for (int p = 0; p < k; p++) {
        rows[d][p] = donorPredictors[d][p] * root[p];
      }
    }
    double[] target = new double[k];
    for (int p = 0; p < k; p++) {
      target[p] = treatedPredictors[p] * root[p];
    }
    return SimplexLeastSquares.solve(rows, target);
  }

  /** The pre-period outcome MSPE of donor weights w. */
  static double mspe(double[] w, double[][] donorOutcomes, double[] treatedOutcomes) {
    double ss = 0;
    for (int t = 0; t < treatedOutcomes.length; t++) {
      double s = 0;
      for (int d = 0; d < w.length; d++) {
        s += w[d] * donorOutcomes[d][t];
      }
      double e = treatedOutcomes[t] - s;
      ss += e * e;
    }
    return ss / treatedOutcomes.length;
  }

  private double objective(double[] parameter) {
    double[] v = normalise(parameter);
    double[] w = innerWeights(donorPredictors, treatedPredictors, v);
    double f = mspe(w, donorOutcomes, treatedOutcomes);
    evaluations++;
    if (f < bestObjective) {
      bestObjective = f;
      bestV = v;
      bestW = w;
    }
    return f;
  }

  /**
   * {@code Synth}'s second start: regress every area's pre-period outcomes on an intercept and its
   * scaled predictors, V proportional to the sum over periods of each predictor's squared
   * coefficient; null when the regression is singular.
   */
  private double[] regressionStart() {
    int units = donorPredictors.length + 1;
    int m = k + 1;
    int periods = treatedOutcomes.length;
    double[][] xtx = new double[m][m];
    double[][] xtz = new double[m][periods];
    for (int u = 0; u < units; u++) {
      double[] x = new double[m];
      x[0] = 1;
      System.arraycopy(u == 0 ? treatedPredictors : donorPredictors[u - 1], 0, x, 1, k);
      double[] z = u == 0 ? treatedOutcomes : donorOutcomes[u - 1];
      for (int a = 0; a < m; a++) {
        for (int b = 0; b < m; b++) {
          xtx[a][b] += x[a] * x[b];
        }
        for (int t = 0; t < periods; t++) {
          xtz[a][t] += x[a] * z[t];
        }
      }
    }
    double[][] beta = solveSymmetric(xtx, xtz);
    if (beta == null) {
      return null;
    }
    double[] v = new double[k];
    double total = 0;
    for (int p = 0; p < k; p++) {
      for (int t = 0; t < periods; t++) {
        v[p] += beta[p + 1][t] * beta[p + 1][t];
      }
      total += v[p];
    }
    if (!(total > 0) || !Double.isFinite(total)) {
      return null;
    }
    for (int p = 0; p < k; p++) {
      v[p] /= total;
    }
    return v;
  }

  /** Solves {@code A X = B} by Gaussian elimination with partial pivoting; null when A is singular. */
  private static double[][] solveSymmetric(double[][] a0, double[][] b0) {
    int m = a0.length;
    int cols = b0[0].length;
    double[][] a = new double[m][];
    double[][] b = new double[m][];
    double scale = 0;
    for (int r = 0; r < m; r++) {
      a[r] = a0[r].clone();
      b[r] = b0[r].clone();
      for (double x : a[r]) {
        scale = Math.max(scale, Math.abs(x));
      }
    }
    for (int c = 0; c < m; c++) {
      int pivot = c;
      for (int r = c + 1; r < m; r++) {
        if (Math.abs(a[r][c]) > Math.abs(a[pivot][c])) {
          pivot = r;
        }
      }
      if (Math.abs(a[pivot][c]) <= 1e-12 * scale) {
        return null;
      }
      double[] t = a[c];
      a[c] = a[pivot];
      a[pivot] = t;
      t = b[c];
      b[c] = b[pivot];
      b[pivot] = t;
      for (int r = c + 1; r < m; r++) {
        double f = a[r][c] / a[c][c];
        for (int q = c; q < m; q++) {
          a[r][q] -= f * a[c][q];
        }
        for (int q = 0; q < cols; q++) {
          b[r][q] -= f * b[c][q];
        }
      }
    }
    double[][] x = new double[m][cols];
    for (int r = m - 1; r >= 0; r--) {
      for (int q = 0; q < cols; q++) {
        double s = b[r][q];
        for (int c = r + 1; c < m; c++) {
          s -= a[r][c] * x[c][q];
        }
        x[r][q] = s / a[r][r];
      }
    }
    return x;
  }

  private record Run(double[] best, double value) {}

  /** One Nelder-Mead run from x0 (Nelder &amp; Mead 1965; coefficients 1, 2, 1/2, 1/2). */
  private Run nelderMead(double[] x0) {
    int n = k;
    double[][] simplex = new double[n + 1][];
    double[] f = new double[n + 1];
    double step = 0;
    for (double x : x0) {
      step = Math.max(step, Math.abs(x));
    }
    step = step > 0 ? 0.1 * step : 0.1;
    simplex[0] = x0.clone();
    for (int i = 0; i < n; i++) {
      simplex[i + 1] = x0.clone();
      simplex[i + 1][i] += step;
    }
    for (int i = 0; i <= n; i++) {
      f[i] = objective(simplex[i]);
    }
    int used = n + 1;
    Integer[] order = new Integer[n + 1];
    while (used < MAX_EVALUATIONS_PER_RUN) {
      for (int i = 0; i <= n; i++) {
        order[i] = i;
      }
      final double[] fv = f;
      Arrays.sort(order, (a, b) -> Double.compare(fv[a], fv[b]) != 0 ? Double.compare(fv[a], fv[b])
          : Integer.compare(a, b));
      int best = order[0];
      int worst = order[n];
      int second = order[n - 1];
      if (f[worst] - f[best] <= REL_TOL * (Math.abs(f[best]) + REL_TOL)) {
        break;
      }
      double[] centroid = new double[n];
      for (int i = 0; i <= n; i++) {
        if (i != worst) {
          for (int q = 0; q < n; q++) {
            centroid[q] += simplex[i][q] / n;
          }
        }
      }
      double[] reflected = towards(centroid, simplex[worst], -1);
      double fr = objective(reflected);
      used++;
      if (fr < f[best]) {
        double[] expanded = towards(centroid, simplex[worst], -2);
        double fe = objective(expanded);
        used++;
        if (fe < fr) {
          simplex[worst] = expanded;
          f[worst] = fe;
        } else {
          simplex[worst] = reflected;
          f[worst] = fr;
        }
      } else if (fr < f[second]) {
        simplex[worst] = reflected;
        f[worst] = fr;
      } else {
        boolean outside = fr < f[worst];
        double[] contracted = outside ? towards(centroid, simplex[worst], -0.5) : towards(centroid, simplex[worst], 0.5);
        double fc = objective(contracted);
        used++;
        if (fc < Math.min(fr, f[worst])) {
          simplex[worst] = contracted;
          f[worst] = fc;
        } else {
          for (int i = 0; i <= n; i++) {
            if (i != best) {
              simplex[i] = towards(simplex[best], simplex[i], 0.5);
              f[i] = objective(simplex[i]);
              used++;
            }
          }
        }
      }
    }
    int best = 0;
    for (int i = 1; i <= n; i++) {
      if (f[i] < f[best]) {
        best = i;
      }
    }
    return new Run(simplex[best], f[best]);
  }

  /** The point {@code c + t (x - c)}. */
  private static double[] towards(double[] c, double[] x, double t) {
    double[] out = new double[c.length];
    for (int q = 0; q < c.length; q++) {
      out[q] = c[q] + t * (x[q] - c[q]);
    }
    return out;
  }
}
