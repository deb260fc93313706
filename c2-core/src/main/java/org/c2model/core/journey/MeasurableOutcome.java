package org.c2model.core.journey;

import java.time.LocalDate;
import java.util.Optional;
import org.c2model.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A measurable outcome of a community action plan, such as "anti-social behaviour incidents down by
 * a quarter by 2011", optionally tied to a long-term indicator (<i>Positively Local</i> sec. 2;
 * {@code docs/c2-model.md} section 2,
 * step 7: "community action plans with measurable outcomes"; section 5).
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class MeasurableOutcome {

  MeasurableOutcome() {}

  /**
   * Gets the outcome as the plan states it.
   *
   * @return the description, not blank
   */
  public abstract String description();

  /**
   * Gets the id of the long-term indicator that measures it, such as {@code anti-social-behaviour}.
   *
   * @return the indicator id, not blank when present
   */
  public abstract Optional<String> indicatorId();

  /**
   * Gets the date by which the outcome should be achieved.
   *
   * @return the target date, empty if none
   */
  public abstract Optional<LocalDate> targetDate();

  /**
   * Obtains an outcome with only a description.
   *
   * @param description  the outcome, not blank
   * @return the outcome, not null
   */
  public static MeasurableOutcome of(String description) {
    return builder().description(description).build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder of {@link MeasurableOutcome}. */
  public static final class Builder extends ImmutableMeasurableOutcome.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.notBlank(description(), "description");
    indicatorId().ifPresent(i -> Checks.notBlank(i, "indicatorId"));
  }
}
