package org.c2model.metrics.savings;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.c2model.core.InvalidValueException;
import org.c2model.core.internal.Checks;
import org.immutables.value.Value;

/**
 * The change in a costable indicator, as events avoided each year over a span of appraisal years,
 * such as 96 anti-social behaviour incidents a year in years 1 to 5, with an interval of 40 to 150
 * (<i>Positively Local</i> sec. 5; {@code docs/c2-model.md} section 5: the invest-to-save case
 * rests on changes in costable indicators).
 * <p>
 * The number is an input: typically the baseline minus the follow-up count of a
 * {@code WindowComparison}, or its interval bounds from a change estimate. Year 0 is the year of the
 * investment. A negative number is a rise, a dis-benefit.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AvoidedEvents {

  AvoidedEvents() {}

  /**
   * Gets the indicator's id, such as {@code asb-incidents}.
   *
   * @return the id, not blank
   */
  public abstract String indicatorId();

  /**
   * Gets the events avoided in each year of the span.
   *
   * @return the point estimate, not null
   */
  public abstract BigDecimal perYear();

  /**
   * Gets the lower bound of the events avoided each year, where there is an interval.
   *
   * @return the lower bound, not above {@link #perYear()}
   */
  public abstract Optional<BigDecimal> lower();

  /**
   * Gets the upper bound of the events avoided each year, where there is an interval.
   *
   * @return the upper bound, not below {@link #perYear()}
   */
  public abstract Optional<BigDecimal> upper();

  /**
   * Gets the first appraisal year with events avoided.
   *
   * @return the year, from 0 to {@link DiscountSchedule#MAX_YEAR}
   */
  public abstract int firstYear();

  /**
   * Gets the last appraisal year with events avoided.
   *
   * @return the year, not before {@link #firstYear()} nor after {@link DiscountSchedule#MAX_YEAR}
   */
  public abstract int lastYear();

  /**
   * Gets the share of a year's avoided events that persists into the next year once the benefit
   * starts to drop off: one minus the drop-off rate of HM Treasury / GMCA's model.
   *
   * @return the persistence, from 0 to 1, 1 (no drop-off) unless set
   */
  @Value.Default
  public BigDecimal persistence() {
    return BigDecimal.ONE;
  }

  /**
   * Gets the last year with the full events avoided; each later year keeps {@link #persistence()}
   * of the year before, as observed benefits fade after the years they were measured in.
   *
   * @return the year, from {@link #firstYear()} to {@link #lastYear()}, the first year unless set
   */
  @Value.Default
  public int dropOffFrom() {
    return firstYear();
  }

  /**
   * Gets the share of {@link #perYear()} (or a bound) avoided in a year: 1 up to
   * {@link #dropOffFrom()}, then {@code persistence^(year - dropOffFrom)}.
   *
   * @param year  the appraisal year, within the span
   * @return the share, from 0 to 1, not null
   */
  public BigDecimal share(int year) {
    return year <= dropOffFrom() ? BigDecimal.ONE : persistence().pow(year - dropOffFrom());
  }

  /**
   * Obtains events avoided each year from {@code firstYear} to {@code lastYear} inclusive.
   *
   * @param indicatorId  the indicator's id, not blank
   * @param perYear  the events avoided a year, not null
   * @param firstYear  the first year, from 0 to {@link DiscountSchedule#MAX_YEAR}
   * @param lastYear  the last year, not before the first nor after {@link DiscountSchedule#MAX_YEAR}
   * @return the avoided events, not null
   * @throws InvalidValueException if the id is blank, a year is out of range or the years are out of order
   */
  public static AvoidedEvents of(String indicatorId, BigDecimal perYear, int firstYear, int lastYear) {
    return builder().indicatorId(indicatorId).perYear(perYear).firstYear(firstYear).lastYear(lastYear).build();
  }

  /**
   * Returns a builder, for events avoided with an interval.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder of {@link AvoidedEvents}; {@code build()} checks every invariant. */
  public static final class Builder extends ImmutableAvoidedEvents.Builder {
    Builder() {}
  }

  AvoidedEvents withPerYear(BigDecimal events) {
    return builder().from(this).perYear(events).lower(Optional.empty()).upper(Optional.empty()).build();
  }

  @Value.Check
  void check() {
    Checks.notBlank(indicatorId(), "indicatorId");
    DiscountSchedule.checkYear("firstYear", firstYear());
    DiscountSchedule.checkYear("lastYear", lastYear());
    if (lastYear() < firstYear()) {
      throw InvalidValueException.of("lastYear", "must not be before firstYear " + firstYear(), lastYear());
    }
    if (persistence().signum() < 0 || persistence().compareTo(BigDecimal.ONE) > 0) {
      throw InvalidValueException.of("persistence", "must be from 0 to 1", persistence());
    }
    if (dropOffFrom() < firstYear() || dropOffFrom() > lastYear()) {
      throw InvalidValueException.of("dropOffFrom", "must be from firstYear " + firstYear() + " to lastYear "
          + lastYear(), dropOffFrom());
    }
    lower().ifPresent(l -> {
      if (l.compareTo(perYear()) > 0) {
        throw InvalidValueException.of("lower", "must not be above perYear " + perYear(), l);
      }
    });
    upper().ifPresent(u -> {
      if (u.compareTo(perYear()) < 0) {
        throw InvalidValueException.of("upper", "must not be below perYear " + perYear(), u);
      }
    });
  }

  /**
   * Returns a one-line summary with the events to one decimal place, such as
   * {@code asb-incidents: 96.0 events avoided a year in years 1-5 (interval 40.0 to 150.0)}; the
   * values themselves keep their scale.
   *
   * @return the summary, not null
   */
  @Override
  public String toString() {
    return indicatorId() + ": " + oneDecimal(perYear()) + " events avoided a year in years " + firstYear() + "-"
        + lastYear()
        + (lower().isPresent() || upper().isPresent() ? " (interval " + lower().map(AvoidedEvents::oneDecimal).orElse("?")
            + " to " + upper().map(AvoidedEvents::oneDecimal).orElse("?") + ")" : "")
        + (persistence().compareTo(BigDecimal.ONE) == 0 ? ""
            : ", persistence " + persistence().stripTrailingZeros().toPlainString() + " a year after year "
                + dropOffFrom());
  }

  private static String oneDecimal(BigDecimal events) {
    return events.setScale(1, RoundingMode.HALF_EVEN).toPlainString();
  }
}
