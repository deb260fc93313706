package org.c2model.metrics.network;

import java.util.Set;
import java.util.stream.Collectors;
import org.c2model.core.InvalidValueException;
import org.c2model.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A person listed as a possible weak connector (<i>Positively Local</i> sec. 3;
 * {@code docs/c2-model.md} section 3), with their rank
 * among people of the same affiliation, their measures, and why they are listed.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class WeakConnectorCandidate {

  WeakConnectorCandidate() {}

  /**
   * Gets the rank among the candidates of the same affiliation, from 1.
   *
   * @return the rank, at least 1
   */
  public abstract int rank();

  /**
   * Gets the person's measures.
   *
   * @return the measures, not null
   */
  public abstract PersonMeasures measures();

  /**
   * Gets why the person is listed.
   *
   * @return the reasons, in the order of {@link CandidateReason}, not empty
   */
  public abstract Set<CandidateReason> reasons();

  /**
   * Gets the reasons in words, with the numbers behind them, such as
   * {@code betweenness 0.4376, 1st of 4 agency staff; articulation point: leaving cuts off 1 person (2.9%)}.
   *
   * @return the explanation, not null
   */
  public abstract String explanation();

  /**
   * Gets the person's id.
   *
   * @return the id, not null
   */
  public String personId() {
    return measures().personId();
  }

  static WeakConnectorCandidate of(int rank, PersonMeasures measures, Set<CandidateReason> reasons,
      String explanation) {
    return builder().rank(rank).measures(measures).reasons(reasons).explanation(explanation).build();
  }

  /**
   * Returns a builder, for a candidate stored earlier and read back (such as from JSON); to find
   * candidates, use {@link WeakConnectors#of(CommunityNetwork, java.time.LocalDate)}.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder of {@link WeakConnectorCandidate}; {@code build()} checks every invariant. */
  public static final class Builder extends ImmutableWeakConnectorCandidate.Builder {
    Builder() {}
  }

  /**
   * Checks that the rank counts from 1, that a candidate is listed for a reason
   * (<i>Positively Local</i> sec. 3; {@code docs/c2-model.md} section 3: high betweenness or a
   * single-person dependency), and that the
   * explanation is not blank.
   */
  @Value.Check
  void check() {
    if (rank() < 1) {
      throw InvalidValueException.of("rank", "must be 1 or more", rank());
    }
    if (!reasons().contains(CandidateReason.HIGH_BETWEENNESS)
        && !reasons().contains(CandidateReason.SINGLE_PERSON_DEPENDENCY)) {
      throw InvalidValueException.of("reasons", "must hold " + CandidateReason.HIGH_BETWEENNESS.code() + " or "
          + CandidateReason.SINGLE_PERSON_DEPENDENCY.code(), reasons().stream().map(CandidateReason::code).sorted()
          .collect(Collectors.toList()));
    }
    Checks.notBlank(explanation(), "explanation");
  }

  /**
   * Returns a line such as {@code 1. A1 (agency-staff): high-betweenness, articulation-point: ...}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return rank() + ". " + personId() + " (" + measures().affiliation().code() + "): "
        + reasons().stream().map(CandidateReason::code).collect(Collectors.joining(", ")) + ": " + explanation();
  }
}
