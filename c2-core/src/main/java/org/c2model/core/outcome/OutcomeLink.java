package org.c2model.core.outcome;

import org.c2model.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A link from an intermediate outcome to a long-term indicator it is expected to drive, with a short
 * rationale, such as service changes driving {@code asb-incidents} because "police deploy differently"
 * (<i>Positively Local</i> sec. 5; {@code docs/c2-model.md} section 5: intermediate outcomes feed
 * the long-term outcomes framework).
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class OutcomeLink {

  OutcomeLink() {}

  /**
   * Gets the intermediate outcome.
   *
   * @return the outcome, not null
   */
  @Value.Parameter
  public abstract IntermediateOutcome outcome();

  /**
   * Gets the id of the long-term indicator the outcome is expected to drive.
   *
   * @return the indicator id, not blank
   */
  @Value.Parameter
  public abstract String indicatorId();

  /**
   * Gets why the outcome should move the indicator, in a sentence.
   *
   * @return the rationale, not blank
   */
  @Value.Parameter
  public abstract String rationale();

  /**
   * Obtains a link.
   *
   * @param outcome  the intermediate outcome, not null
   * @param indicatorId  the long-term indicator's id, not blank
   * @param rationale  why the outcome should move the indicator, not blank
   * @return the link, not null
   * @throws org.c2model.core.InvalidValueException if the id or rationale is blank
   */
  public static OutcomeLink of(IntermediateOutcome outcome, String indicatorId, String rationale) {
    return ImmutableOutcomeLink.of(outcome, indicatorId, rationale);
  }

  @Value.Check
  void check() {
    Checks.notBlank(indicatorId(), "indicatorId");
    Checks.notBlank(rationale(), "rationale");
  }

  /**
   * Returns a one-line summary, such as {@code service-changes -> asb-incidents: ...}.
   *
   * @return the summary, not null
   */
  @Override
  public String toString() {
    return outcome().code() + " -> " + indicatorId() + ": " + rationale();
  }
}
