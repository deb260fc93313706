package org.c2model.metrics.synth;

import java.util.Locale;
import org.immutables.value.Value;

/**
 * How the data-driven V of a synthetic control was found ({@link PredictorWeighting#DATA_DRIVEN}):
 * the outer objective it reached, the objective at equal predictor weights (where the search
 * starts) and the effort (Abadie, Diamond &amp; Hainmueller 2010, eq. 5; {@code docs/statistics.md}
 * section "Synthetic control"). The V found is {@link SyntheticControl#predictorWeights()}.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PredictorWeightSearch {

  /** The outer method, for the report. */
  static final String METHOD = "data-driven V minimising the pre-period outcome MSPE of W*(V) (the Synth packages'"
      + " nested optimisation): Nelder-Mead over |v|/sum|v| from equal weights, Synth's regression-based start and"
      + " one start leaning on each predictor, each restarted until it stops improving; W*(V) solved exactly";

  PredictorWeightSearch() {}

  /**
   * Gets the outer objective reached: the mean squared prediction error of the treated area's
   * pre-period outcomes with the donor weights the data-driven V gives ({@code loss.v} in
   * {@code Synth}).
   *
   * @return the MSPE, not negative
   */
  public abstract double objective();

  /**
   * Gets the outer objective at equal predictor weights, the first start.
   *
   * @return the MSPE, at least {@link #objective()}
   */
  public abstract double equalWeightsObjective();

  /**
   * Gets how many V were tried, each an exact solve of the donor weights.
   *
   * @return the number, at least 1
   */
  public abstract int evaluations();

  /**
   * Gets the outer method.
   *
   * @return the method, not blank
   */
  @Value.Default
  public String method() {
    return METHOD;
  }

  static PredictorWeightSearch of(double objective, double equalWeightsObjective, int evaluations) {
    return ImmutablePredictorWeightSearch.builder().objective(objective).equalWeightsObjective(equalWeightsObjective)
        .evaluations(evaluations).build();
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "data-driven V: pre-period MSPE %.6g (equal weights %.6g), %d evaluations",
        objective(), equalWeightsObjective(), evaluations());
  }
}
