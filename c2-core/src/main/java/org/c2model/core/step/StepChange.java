package org.c2model.core.step;

import java.time.LocalDate;
import org.c2model.core.internal.Checks;
import org.immutables.value.Value;

/**
 * One change in whether a step holds: attained, lapsed or regained on a day, with the reason, such
 * as step 5 lapsing on {@code 2010-04-14} because no partnership meeting was held for more than six
 * weeks after {@code 2010-03-02}. Reasons name ids and counts only, never people.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class StepChange {

  /** What happened to the step. */
  public enum Kind {
    /** The step's evidence was complete for the first time. */
    ATTAINED,
    /** A step once attained stopped holding: meetings lapsed, or the board lost its resident majority. */
    LAPSED,
    /** A lapsed step holds again. */
    REGAINED;

    /**
     * Gets the stable code, such as {@code lapsed}.
     *
     * @return the code, not null
     */
    public String code() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  StepChange() {}

  /**
   * Gets the step.
   *
   * @return the step, not null
   */
  public abstract Step step();

  /**
   * Gets what happened.
   *
   * @return the kind, not null
   */
  public abstract Kind kind();

  /**
   * Gets the day it happened.
   *
   * @return the day, not null
   */
  public abstract LocalDate date();

  /**
   * Gets why, such as {@code no partnership meeting for more than 42 days after 2010-03-02}.
   *
   * @return the reason, not blank
   */
  public abstract String reason();

  /**
   * Obtains a change.
   *
   * @param step  the step, not null
   * @param kind  what happened, not null
   * @param date  the day, not null
   * @param reason  why, not blank
   * @return the change, not null
   */
  public static StepChange of(Step step, Kind kind, LocalDate date, String reason) {
    return ImmutableStepChange.builder().step(step).kind(kind).date(date).reason(reason).build();
  }

  @Value.Check
  void check() {
    Checks.notBlank(reason(), "reason");
  }

  /**
   * Returns the day, step, kind and reason, such as
   * {@code 2010-04-14 step 5 lapsed: no partnership meeting ...}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return date() + " step " + step().number() + " " + kind().code() + ": " + reason();
  }
}
