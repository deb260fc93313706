package org.c2model.metrics.synth;

/**
 * How the diagonal V matrix that weights the predictors of a synthetic control is chosen
 * (Abadie, Diamond &amp; Hainmueller 2010, sec. 2.3; Abadie 2021, sec. 3.2; {@code docs/statistics.md}
 * section "Synthetic control").
 */
public enum PredictorWeighting {

  /**
   * V is the predictors' own {@link Predictor#weight()}s scaled to sum to 1 (equal unless set): a
   * choice made before seeing the fit, and c2's default.
   */
  GIVEN,

  /**
   * V is found from the data, as the R and Stata {@code Synth} packages do: the diagonal V on the
   * simplex whose donor weights W*(V) give the smallest mean squared prediction error of the
   * pre-period outcomes (the nested optimisation of ADH 2010, eq. 5 and footnote 12). The outer
   * search is Nelder-Mead from several starts, the inner problem solved exactly for every V; see
   * {@link PredictorWeightSearch}. Needs at least two predictors; the predictors' own weights are
   * ignored.
   */
  DATA_DRIVEN
}
