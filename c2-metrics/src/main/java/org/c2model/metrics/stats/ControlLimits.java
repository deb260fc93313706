package org.c2model.metrics.stats;

import java.util.Locale;
import org.c2model.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * The control limits of a funnel plot at one denominator, such as the 99.8% limits around the
 * peer-group average for a neighbourhood of 4,000 people.
 *
 * @implSpec This class is immutable and thread-safe.
 * @see Funnels
 */
@Value.Immutable
public abstract class ControlLimits {

  ControlLimits() {}

  /**
   * Gets the denominator (sample size or population) the limits are for.
   *
   * @return the denominator, above 0
   */
  public abstract double denominator();

  /**
   * Gets the centre line, the average of the peer group on the output scale.
   *
   * @return the centre, 0 or more
   */
  public abstract double centre();

  /**
   * Gets the lower control limit on the output scale.
   *
   * @return the lower limit, 0 or more
   */
  public abstract double lower();

  /**
   * Gets the upper control limit on the output scale.
   *
   * @return the upper limit, not below the lower
   */
  public abstract double upper();

  /**
   * Gets the confidence level of the limits, such as 95% ("2 sigma") or 99.8% ("3 sigma").
   *
   * @return the level, not null
   */
  public abstract ConfidenceLevel confidence();

  /**
   * Gets the method that made the limits.
   *
   * @return the method, not blank
   */
  public abstract String method();

  /**
   * Places a value among its peers: {@link Comparison#SIMILAR} inside the limits (inclusive),
   * otherwise better or worse by the polarity, or higher or lower without one.
   *
   * @param value  the area's value on the output scale, finite
   * @param polarity  the indicator's direction of improvement, not null
   * @return the comparison, never {@link Comparison#NOT_COMPARED}
   * @throws InvalidValueException if the value is not finite
   */
  public Comparison compare(double value, Polarity polarity) {
    Inputs.present(value, "value");
    java.util.Objects.requireNonNull(polarity, "polarity");
    if (value >= lower() && value <= upper()) {
      return Comparison.SIMILAR;
    }
    return Comparison.outside(value > upper(), polarity);
  }

  static ControlLimits of(double denominator, double centre, double lower, double upper,
      ConfidenceLevel confidence, String method) {
    return ImmutableControlLimits.builder().denominator(denominator).centre(centre).lower(lower).upper(upper)
        .confidence(confidence).method(method).build();
  }

  @Value.Check
  void check() {
    if (lower() > upper()) {
      throw InvalidValueException.of("lower", "must not be above upper " + upper(), lower());
    }
  }

  /**
   * Returns the limits, such as {@code 99.8% limits at 4,000: 5.2 to 11.1 around 7.9 (exact Poisson)}.
   *
   * @return the limits, not null
   */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s limits at %s: %.4g to %.4g around %.4g (%s)",
        confidence(), Inputs.grouped(denominator()), lower(), upper(), centre(), method());
  }
}
