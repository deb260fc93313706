package org.c2model.metrics.synth;

import java.util.Arrays;

/**
 * Least squares on the simplex: the weights {@code w >= 0}, {@code sum w = 1} that minimise
 * {@code ||b - A w||^2}, the inner problem of a synthetic control (Abadie, Diamond &amp; Hainmueller
 * 2010, eq. 4 with a diagonal V folded into the rows; {@code docs/statistics.md} section
 * "Synthetic control").
 * <p>
 * Method: Wolfe's minimum-norm-point algorithm (P. Wolfe, "Finding the nearest point in a
 * polytope", <i>Mathematical Programming</i> 11, 1976, 128-149). With {@code p_j = a_j - b}, the
 * problem is the point of the convex hull of the {@code p_j} nearest the origin. The algorithm is
 * an active-set method: it keeps a corral of at most {@code K + 1} affinely independent donors,
 * adds the donor most negatively aligned with the current point (a major cycle) and, when the
 * affine minimiser of the corral leaves the hull, steps back to its boundary and drops a donor (a
 * minor cycle). It ends in finitely many steps at the exact optimum (to rounding), with the same
 * optimality test as a QP's KKT conditions: no donor lies strictly closer to the origin's side of
 * the supporting hyperplane at the current point. Each major cycle costs one pass over the donors
 * ({@code O(J K)}) and a bordered solve of size {@code |corral| + 1}; the solution of a synthetic
 * control is sparse (at most {@code K + 1} donors, by Carath&eacute;odory), so the pass dominates.
 * It is tested against brute force over donor subsets and against published optima.
 * <p>
 * Chosen over a general QP library because no well-kept pure-Java QP solver is in the build and
 * c2-metrics keeps its dependencies small; measured in c2-bench against a Commons Math
 * formulation.
 *
 * @implSpec This class is stateless and thread-safe.
 */
final class SimplexLeastSquares {

  /** Relative tolerance of the optimality test, against the largest squared norm of a point. */
  private static final double TOL_OPTIMAL = 1e-13;
  /** Weights at or below this are dropped from the corral. */
  private static final double TOL_ZERO = 1e-14;

  private SimplexLeastSquares() {}

  /**
   * Solves the problem for donors given as rows: {@code donors[j]} is donor {@code j}'s vector
   * {@code a_j} of length K, {@code target} is {@code b}.
   *
   * @param donors  the donor vectors, at least one, each of the target's length
   * @param target  the target vector
   * @return the weights, one per donor, non-negative and summing to 1
   */
  static double[] solve(double[][] donors, double[] target) {
    int n = donors.length;
    int k = target.length;
    double[][] p = new double[n][k];
    double maxNorm = 0;
    for (int j = 0; j < n; j++) {
      for (int i = 0; i < k; i++) {
        p[j][i] = donors[j][i] - target[i];
      }
      maxNorm = Math.max(maxNorm, dot(p[j], p[j]));
    }
    return minNormPoint(p, maxNorm);
  }

  private static double[] minNormPoint(double[][] p, double maxNorm) {
    int n = p.length;
    int k = p.length == 0 ? 0 : p[0].length;
    double[] weights = new double[n];
    if (maxNorm == 0) {
      // Every donor equals the target: any weights fit exactly; spread them evenly.
      Arrays.fill(weights, 1.0 / n);
      return weights;
    }
    int first = 0;
    for (int j = 1; j < n; j++) {
      if (dot(p[j], p[j]) < dot(p[first], p[first])) {
        first = j;
      }
    }
    int[] corral = new int[k + 2];
    double[] lambda = new double[k + 2];
    int size = 1;
    corral[0] = first;
    lambda[0] = 1;
    double[] x = p[first].clone();
    int maxIterations = 100 * (n + k + 1);
    for (int iter = 0; iter < maxIterations; iter++) {
      double xx = dot(x, x);
      int best = -1;
      double bestDot = Double.POSITIVE_INFINITY;
      for (int j = 0; j < n; j++) {
        double d = dot(x, p[j]);
        if (d < bestDot) {
          bestDot = d;
          best = j;
        }
      }
      if (xx - bestDot <= TOL_OPTIMAL * maxNorm || contains(corral, size, best) || size == corral.length) {
        break;
      }
      corral[size] = best;
      lambda[size] = 0;
      size++;
      // Minor cycles: move to the corral's affine minimiser, stepping back to the hull's boundary.
      while (true) {
        double[] alpha = affineMinimiser(p, corral, size);
        boolean inside = true;
        for (int s = 0; s < size; s++) {
          if (alpha[s] <= TOL_ZERO) {
            inside = false;
            break;
          }
        }
        if (inside) {
          System.arraycopy(alpha, 0, lambda, 0, size);
          break;
        }
        double theta = 1;
        for (int s = 0; s < size; s++) {
          if (alpha[s] <= TOL_ZERO && lambda[s] - alpha[s] > 0) {
            theta = Math.min(theta, lambda[s] / (lambda[s] - alpha[s]));
          }
        }
        int kept = 0;
        int smallest = 0;
        for (int s = 0; s < size; s++) {
          lambda[s] = theta * alpha[s] + (1 - theta) * lambda[s];
          if (lambda[s] < lambda[smallest]) {
            smallest = s;
          }
        }
        // Drop every weight that hit zero, and at least the smallest, so each minor cycle shrinks the corral.
        lambda[smallest] = 0;
        double total = 0;
        for (int s = 0; s < size; s++) {
          if (lambda[s] > TOL_ZERO) {
            corral[kept] = corral[s];
            lambda[kept] = lambda[s];
            total += lambda[s];
            kept++;
          }
        }
        size = kept;
        for (int s = 0; s < size; s++) {
          lambda[s] /= total;
        }
        if (size == 1) {
          lambda[0] = 1;
          break;
        }
      }
      Arrays.fill(x, 0);
      for (int s = 0; s < size; s++) {
        double[] ps = p[corral[s]];
        for (int i = 0; i < k; i++) {
          x[i] += lambda[s] * ps[i];
        }
      }
    }
    for (int s = 0; s < size; s++) {
      weights[corral[s]] = lambda[s];
    }
    return weights;
  }

  /**
   * The weights {@code alpha}, summing to 1, that minimise {@code ||sum alpha_s p_s||} over the
   * corral, from the bordered system {@code [G 1; 1' 0] [alpha; mu] = [0; 1]}.
   */
  private static double[] affineMinimiser(double[][] p, int[] corral, int size) {
    int m = size + 1;
    double[][] a = new double[m][m + 1];
    double trace = 0;
    for (int r = 0; r < size; r++) {
      for (int c = r; c < size; c++) {
        double g = dot(p[corral[r]], p[corral[c]]);
        a[r][c] = g;
        a[c][r] = g;
      }
      trace += a[r][r];
      a[r][size] = 1;
      a[size][r] = 1;
    }
    a[size][m] = 1;
    // A whisker of ridge keeps the system solvable when the corral is affinely dependent to rounding.
    double ridge = 1e-15 * Math.max(trace, Double.MIN_NORMAL);
    for (int r = 0; r < size; r++) {
      a[r][r] += ridge;
    }
    double[] solution = gauss(a, m);
    return Arrays.copyOf(solution, size);
  }

  /** Gaussian elimination with partial pivoting of an augmented {@code m x (m + 1)} system. */
  private static double[] gauss(double[][] a, int m) {
    for (int col = 0; col < m; col++) {
      int pivot = col;
      for (int r = col + 1; r < m; r++) {
        if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
          pivot = r;
        }
      }
      double[] tmp = a[col];
      a[col] = a[pivot];
      a[pivot] = tmp;
      double d = a[col][col];
      if (d == 0) {
        continue;
      }
      for (int r = col + 1; r < m; r++) {
        double f = a[r][col] / d;
        if (f != 0) {
          for (int c = col; c <= m; c++) {
            a[r][c] -= f * a[col][c];
          }
        }
      }
    }
    double[] x = new double[m];
    for (int r = m - 1; r >= 0; r--) {
      double s = a[r][m];
      for (int c = r + 1; c < m; c++) {
        s -= a[r][c] * x[c];
      }
      x[r] = a[r][r] == 0 ? 0 : s / a[r][r];
    }
    return x;
  }

  private static boolean contains(int[] corral, int size, int j) {
    for (int s = 0; s < size; s++) {
      if (corral[s] == j) {
        return true;
      }
    }
    return false;
  }

  static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }
}
