package org.c2model.metrics.synth;

import java.util.Map;
import org.c2model.core.InvalidValueException;
import org.c2model.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A predictor a synthetic control matches on besides (or instead of) the pre-period outcomes, such
 * as the deprivation decile, the population or the outcome's mean over some pre-period years
 * (the rows of {@code X} in Abadie, Diamond &amp; Hainmueller 2010).
 * <p>
 * Before matching, each predictor is divided by its sample standard deviation across the treated
 * area and the donors, as the R and Stata {@code Synth} packages do, so its unit does not matter;
 * its {@link #weight()} is then its share of the diagonal V matrix.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Predictor {

  Predictor() {}

  /**
   * Gets the predictor's name, such as {@code deprivation-decile}.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * Gets the treated area's value.
   *
   * @return the value, finite
   */
  public abstract double treated();

  /**
   * Gets each donor's value by donor code; the codes are those of the input's donors.
   *
   * @return the values, not null
   */
  public abstract Map<String, Double> donors();

  /**
   * Gets the predictor's weight in the diagonal V matrix, before the weights are scaled to sum to 1.
   *
   * @return the weight, not negative, 1 unless set
   */
  @Value.Default
  public double weight() {
    return 1;
  }

  /**
   * Obtains a predictor of weight 1.
   *
   * @param name  the name, not blank
   * @param treated  the treated area's value, finite
   * @param donors  each donor's value by code, finite
   * @return the predictor, not null
   * @throws InvalidValueException if the name is blank or a value is not finite
   */
  public static Predictor of(String name, double treated, Map<String, Double> donors) {
    return builder().name(name).treated(treated).putAllDonors(donors).build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder of {@link Predictor}; {@code build()} checks every invariant. */
  public static final class Builder extends ImmutablePredictor.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.notBlank(name(), "predictor.name");
    Checks.finite(treated(), "predictor '" + name() + "'.treated");
    Checks.notNegative(Checks.finite(weight(), "predictor '" + name() + "'.weight"),
        "predictor '" + name() + "'.weight");
    donors().forEach((code, v) -> {
      if (!Double.isFinite(v)) {
        throw InvalidValueException.of("predictor '" + name() + "'.donors['" + code + "']", "must be finite", v);
      }
    });
  }
}
