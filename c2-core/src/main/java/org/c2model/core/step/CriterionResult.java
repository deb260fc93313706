package org.c2model.core.step;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.c2model.core.InvalidValueException;
import org.c2model.core.internal.Checks;
import org.immutables.value.Value;

/**
 * Whether one criterion was met as of the assessment date, since when, and on what evidence, such
 * as {@code key_residents} met on {@code 2009-02-05} on two scoping visits.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CriterionResult {

  /** Up to this many evidence items, a repeat is found by comparing pairs rather than with a set of keys. */
  private static final int SMALL = 16;

  CriterionResult() {}

  /**
   * Gets the criterion.
   *
   * @return the criterion, not null
   */
  @Value.Parameter
  public abstract Criterion criterion();

  /**
   * Gets the day the criterion was met: when its last required evidence appeared.
   *
   * @return the date, empty if not met
   */
  @Value.Parameter
  public abstract Optional<LocalDate> metOn();

  /**
   * Gets the evidence found, in date order; for a criterion not yet met, what has been found so far
   * (such as 3 of the 5 key residents).
   *
   * @return the evidence, not null
   */
  @Value.Parameter
  public abstract List<Evidence> evidence();

  /**
   * Gets a short account of the count behind the result, such as {@code 3 of 5 key residents}.
   *
   * @return the detail, empty when there is nothing to count
   */
  @Value.Parameter
  public abstract String detail();

  /**
   * Checks if the criterion was met.
   *
   * @return true if met
   */
  public boolean isMet() {
    return metOn().isPresent();
  }

  // The parameter factory copies the evidence once; a builder copied it three times.
  static CriterionResult of(Criterion criterion, Optional<LocalDate> metOn, List<Evidence> evidence, String detail) {
    return ImmutableCriterionResult.of(criterion, metOn, evidence, detail);
  }

  /**
   * Returns a builder, for a result stored earlier and read back (such as from JSON); to assess a
   * journey, use {@link JourneyRules#assess(org.c2model.core.journey.Journey, LocalDate)}.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder of {@link CriterionResult}; {@code build()} checks every invariant. */
  public static final class Builder extends ImmutableCriterionResult.Builder {
    Builder() {}
  }

  /**
   * Checks that each piece of evidence is listed once (<i>Positively Local</i> sec. 2;
   * {@code docs/c2-model.md} section 2: a criterion
   * counts distinct activities and facts).
   */
  @Value.Check
  void check() {
    List<Evidence> evidence = evidence();
    if (evidence.size() > SMALL) {
      Checks.unique(evidence, e -> e.type() + " " + e.id(), "evidence", "id");
      return;
    }
    // a few items (the usual case): compared in pairs, with no key made for each
    for (int i = 1; i < evidence.size(); i++) {
      Evidence e = evidence.get(i);
      for (int j = 0; j < i; j++) {
        Evidence earlier = evidence.get(j);
        if (earlier.id().equals(e.id()) && earlier.type().equals(e.type())) {
          throw InvalidValueException.of("evidence[" + i + "].id", "must be unique", e.type() + " " + e.id());
        }
      }
    }
  }
}
