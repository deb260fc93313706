package org.c2model.metrics.indicator;

import java.util.OptionalDouble;
import org.c2model.core.InvalidValueException;
import org.c2model.core.internal.Checks;
import org.c2model.core.place.AreaCode;
import org.immutables.value.Value;

/**
 * One indicator's value for one GSS area in one period, such as 12 anti-social behaviour incidents in
 * LSOA {@code E01020150} in {@code 2009-04} on {@code lsoa-2011} boundaries (<i>Positively
 * Local</i> sec. 5; {@code docs/c2-model.md}
 * section 5: indicators tracked at sub-ward level).
 * <p>
 * The numerator is the count of events (or people with the characteristic); the denominator, where
 * there is one, is the population at risk. Both are zero or more and finite; a denominator is positive.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Observation {

  Observation() {}

  /**
   * Gets the area.
   *
   * @return the GSS code, not null
   */
  public abstract AreaCode areaCode();

  /**
   * Gets the indicator's id, such as {@code asb-incidents}.
   *
   * @return the id, not blank
   */
  public abstract String indicatorId();

  /**
   * Gets the period.
   *
   * @return the period, not null
   */
  public abstract ReportingPeriod period();

  /**
   * Gets the boundary vintage of the area code.
   *
   * @return the vintage, not null
   */
  public abstract BoundaryVintage vintage();

  /**
   * Gets the numerator.
   *
   * @return the numerator, finite and zero or more
   */
  public abstract double numerator();

  /**
   * Gets the denominator, where there is one.
   *
   * @return the denominator, finite and positive when present
   */
  public abstract OptionalDouble denominator();

  /**
   * Obtains an observation without denominator, such as a count of incidents.
   *
   * @param areaCode  the GSS code as text, not null
   * @param indicatorId  the indicator's id, not blank
   * @param period  the period as text, such as {@code 2009-04}, not null
   * @param vintage  the boundary vintage, not null
   * @param numerator  the count, zero or more
   * @return the observation, not null
   * @throws InvalidValueException if a value is malformed or negative
   */
  public static Observation of(String areaCode, String indicatorId, String period, BoundaryVintage vintage,
      double numerator) {
    return builder().areaCode(AreaCode.of(areaCode)).indicatorId(indicatorId)
        .period(ReportingPeriod.parse(period)).vintage(vintage).numerator(numerator).build();
  }

  /**
   * Obtains an observation with a denominator, such as conceptions among females aged 15 to 17.
   *
   * @param areaCode  the GSS code as text, not null
   * @param indicatorId  the indicator's id, not blank
   * @param period  the period as text, such as {@code 2009}, not null
   * @param vintage  the boundary vintage, not null
   * @param numerator  the count, zero or more
   * @param denominator  the population at risk, positive
   * @return the observation, not null
   * @throws InvalidValueException if a value is malformed, negative or the denominator is zero
   */
  public static Observation of(String areaCode, String indicatorId, String period, BoundaryVintage vintage,
      double numerator, double denominator) {
    return builder().areaCode(AreaCode.of(areaCode)).indicatorId(indicatorId)
        .period(ReportingPeriod.parse(period)).vintage(vintage).numerator(numerator).denominator(denominator)
        .build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder of {@link Observation}; {@code build()} checks every invariant. */
  public static final class Builder extends ImmutableObservation.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.notBlank(indicatorId(), "indicatorId");
    if (!Double.isFinite(numerator()) || numerator() < 0) {
      throw InvalidValueException.of("numerator", "must be finite and zero or more", numerator());
    }
    denominator().ifPresent(d -> {
      if (!Double.isFinite(d) || d <= 0) {
        throw InvalidValueException.of("denominator", "must be finite and positive", d);
      }
    });
  }

  /**
   * Returns a one-line summary, such as {@code asb-incidents E01020150 2009-04 (lsoa-2011): 12}.
   *
   * @return the summary, not null
   */
  @Override
  public String toString() {
    return indicatorId() + " " + areaCode() + " " + period() + " (" + vintage() + "): " + numerator()
        + (denominator().isPresent() ? " / " + denominator().getAsDouble() : "");
  }
}
