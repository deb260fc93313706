package org.c2model.metrics.stats;

import java.util.Objects;

/**
 * Means with Student's t intervals, such as the mean score of a resident survey.
 * <p>
 * The method is the one of the R package PHEindicatormethods v2.1.0 ({@code phe_mean}), whose
 * test vectors this class reproduces ({@code docs/statistics.md}): with n values, sample
 * standard deviation s (divisor n - 1) and {@code t = |qt(α/2, n - 1)|}, the limits are
 * {@code mean ∓ t s / √n} (Armitage P, Berry G, Matthews JNS, Statistical Methods in Medical
 * Research, 4th edn, Blackwell 2002).
 *
 * @implSpec This class is stateless and thread-safe.
 */
public final class Means {

  private Means() {}

  /**
   * Obtains the mean of values with its Student's t interval, as {@code phe_mean} does.
   * <p>
   * The statistic is {@code "mean"} and the method {@code "Student's t-distribution"}. As in the
   * reference, one missing value (NaN, R's {@code NA}) makes the mean missing, and a single value
   * has a mean but no interval; both say why.
   *
   * @param values  the values, at least one, each finite or NaN if missing, not null
   * @param confidence  the confidence level, not null
   * @return the estimate, not null
   * @throws org.c2model.core.InvalidValueException if there are no values or a value is infinite
   */
  public static Estimate studentT(double[] values, ConfidenceLevel confidence) {
    Objects.requireNonNull(values, "values");
    Objects.requireNonNull(confidence, "confidence");
    int n = values.length;
    if (n == 0) {
      throw org.c2model.core.InvalidValueException.of("values.length", "must be at least 1", 0);
    }
    boolean missing = false;
    double sum = 0;
    for (int i = 0; i < n; i++) {
      if (Double.isInfinite(values[i])) {
        throw org.c2model.core.InvalidValueException.of("values[" + i + "]", "must be finite", values[i]);
      }
      missing |= Double.isNaN(values[i]);
      sum += values[i];
    }
    Estimate.Builder builder = Estimate.builder()
        .confidence(confidence)
        .method("Student's t-distribution")
        .statistic("mean")
        .putInputs("value_count", Integer.toString(n))
        .inputSummary(n + (n == 1 ? " value" : " values"));
    if (missing) {
      return builder.suppressionReason("a value is missing").build();
    }
    double mean = sum / n;
    builder.putInputs("value_sum", Inputs.label(sum)).value(mean);
    if (n == 1) {
      return builder.suppressionReason("a single value has no standard deviation").build();
    }
    double squares = 0;
    for (double v : values) {
      squares += (v - mean) * (v - mean);
    }
    double sd = Math.sqrt(squares / (n - 1));
    double halfWidth = Quantiles.studentT(n - 1, confidence) * sd / Math.sqrt(n);
    return builder.putInputs("stdev", Inputs.label(sd))
        .lower(mean - halfWidth)
        .upper(mean + halfWidth)
        .build();
  }
}
