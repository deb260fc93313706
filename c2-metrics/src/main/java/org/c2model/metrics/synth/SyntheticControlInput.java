package org.c2model.metrics.synth;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.c2model.core.InvalidValueException;
import org.c2model.core.internal.Checks;
import org.immutables.value.Value;

/**
 * What a synthetic control is fitted to: the treated area's outcome series, the donor pool's series
 * by area code, how many of the periods are before the intervention, and optional predictors
 * (Abadie, Diamond &amp; Hainmueller 2010; {@code docs/statistics.md} section "Synthetic control").
 * <p>
 * The outcome is a rate or a count per period, such as anti-social behaviour incidents per 1,000
 * residents a month; donors must not have been treated (leave other C2 sites out of the pool). With
 * no predictors the weights match the pre-period outcomes, every period weighted alike; with
 * predictors they match the predictors only (add outcome means as predictors to match them too).
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SyntheticControlInput {

  /** The default share of the treated's pre-period mean above which the pre-period fit is too poor. */
  public static final double DEFAULT_POOR_FIT_SHARE = 0.10;

  SyntheticControlInput() {}

  /**
   * Gets the treated area's code, such as a neighbourhood's id or an LSOA code.
   *
   * @return the code, not blank
   */
  public abstract String treatedCode();

  /**
   * Gets the labels of the periods, such as {@code 2007-01}, in time order.
   *
   * @return the labels, at least two, unique
   */
  public abstract List<String> periods();

  /**
   * Gets the treated area's outcome in each period.
   *
   * @return the outcomes, one per period, finite
   */
  public abstract List<Double> treated();

  /**
   * Gets each donor's outcome in each period, by donor code, in the order given.
   *
   * @return the donors' outcomes, at least two donors, one finite value per period each
   */
  public abstract Map<String, List<Double>> donors();

  /**
   * Gets the number of periods before the intervention; the rest are after it.
   *
   * @return the number, at least 2 and below the number of periods
   */
  public abstract int preperiods();

  /**
   * Gets the predictors to match on instead of the pre-period outcomes.
   *
   * @return the predictors, each with a value for every donor, empty to match the outcomes
   */
  public abstract List<Predictor> predictors();

  /**
   * Gets how many events one unit of the outcome is for the treated area in each period, such as
   * its population / 1,000 for a rate per 1,000, used to total the gap in events.
   *
   * @return the factors, one per period and not negative, or empty when the outcome is a count
   */
  public abstract List<Double> treatedExposure();

  /**
   * Gets the date the fit is as of, the date of its findings; no data after it may be in the series.
   *
   * @return the date, not null
   */
  public abstract LocalDate asOf();

  /**
   * Gets the most donors refitted as if treated for the placebo-in-space p-value, the first ones in
   * donor order; fewer placebos give a coarser p-value.
   *
   * @return the number, not negative, all donors unless set
   */
  @Value.Default
  public int placebosInSpace() {
    return Integer.MAX_VALUE;
  }

  /**
   * Gets how many periods before the real start the placebo-in-time pretends the intervention
   * started; 0 skips it.
   *
   * @return the shift, not negative, half the pre-period (rounded down, leaving at least 2
   *     periods before it) unless set
   */
  @Value.Default
  public int placeboInTimeShift() {
    return Math.min(preperiods() / 2, preperiods() - 2);
  }

  /**
   * Gets the share of the treated's mean pre-period outcome above which the pre-period RMSPE is too
   * poor for the synthetic control to be trusted.
   *
   * @return the share, above 0, {@value #DEFAULT_POOR_FIT_SHARE} unless set
   */
  @Value.Default
  public double poorFitShare() {
    return DEFAULT_POOR_FIT_SHARE;
  }

  /**
   * Gets how the predictors' V matrix is chosen: their own weights, or found from the data as the
   * {@code Synth} packages do (then every placebo-in-space refit finds its own V too, as ADH 2010
   * did).
   *
   * @return the choice, {@link PredictorWeighting#GIVEN} unless set
   */
  @Value.Default
  public PredictorWeighting predictorWeighting() {
    return PredictorWeighting.GIVEN;
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder of {@link SyntheticControlInput}; {@code build()} checks every invariant. */
  public static final class Builder extends ImmutableSyntheticControlInput.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.notBlank(treatedCode(), "treatedCode");
    int t = periods().size();
    if (t < 3) {
      throw InvalidValueException.of("periods", "must have at least 3 periods (2 before, 1 after)", t);
    }
    Checks.unique(periods(), p -> p, "periods", "label");
    series("treated", treated(), t);
    if (preperiods() < 2 || preperiods() >= t) {
      throw InvalidValueException.of("preperiods", "must be from 2 to periods - 1 = " + (t - 1), preperiods());
    }
    if (donors().size() < 2) {
      throw InvalidValueException.of("donors", "must have at least 2 donors", donors().size());
    }
    donors().forEach((code, s) -> {
      Checks.notBlank(code, "donors.code");
      if (code.equals(treatedCode())) {
        throw InvalidValueException.of("donors['" + code + "']", "must not be the treated area", code);
      }
      series("donors['" + code + "']", s, t);
    });
    Set<String> codes = donors().keySet();
    Checks.unique(predictors(), Predictor::name, "predictors", "name");
    for (Predictor p : predictors()) {
      if (!p.donors().keySet().equals(codes)) {
        throw InvalidValueException.of("predictor '" + p.name() + "'.donors",
            "must have a value for exactly the donors " + codes, p.donors().keySet());
      }
    }
    if (!predictors().isEmpty() && predictors().stream().allMatch(p -> p.weight() == 0)) {
      throw InvalidValueException.of("predictors.weight", "must not all be 0", 0);
    }
    if (predictorWeighting() == PredictorWeighting.DATA_DRIVEN && predictors().size() < 2) {
      throw InvalidValueException.of("predictorWeighting", "DATA_DRIVEN needs at least 2 predictors to weight",
          predictors().size());
    }
    if (!treatedExposure().isEmpty()) {
      series("treatedExposure", treatedExposure(), t);
      for (int i = 0; i < t; i++) {
        Checks.notNegative(treatedExposure().get(i), "treatedExposure[" + i + "]");
      }
    }
    Checks.notNegative(placebosInSpace(), "placebosInSpace");
    if (placeboInTimeShift() < 0 || placeboInTimeShift() > preperiods() - 2) {
      throw InvalidValueException.of("placeboInTimeShift", "must be from 0 to preperiods - 2 = "
          + (preperiods() - 2), placeboInTimeShift());
    }
    if (!(poorFitShare() > 0) || !Double.isFinite(poorFitShare())) {
      throw InvalidValueException.of("poorFitShare", "must be a finite number above 0", poorFitShare());
    }
  }

  private static void series(String field, List<Double> values, int length) {
    if (values.size() != length) {
      throw InvalidValueException.of(field, "must have one value per period (" + length + ")", values.size());
    }
    for (int i = 0; i < length; i++) {
      Checks.finite(values.get(i), field + "[" + i + "]");
    }
  }
}
