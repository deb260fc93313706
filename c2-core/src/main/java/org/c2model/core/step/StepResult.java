package org.c2model.core.step;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.c2model.core.InvalidValueException;
import org.c2model.core.internal.Checks;
import org.immutables.value.Value;

/**
 * The assessment of one step as of a date: attained or not, since when, on what evidence, which
 * criteria are unmet and the suggested next actions (<i>Positively Local</i> sec. 2;
 * {@code docs/c2-model.md} section 2).
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class StepResult {

  StepResult() {}

  /**
   * Gets the step.
   *
   * @return the step, not null
   */
  @Value.Parameter
  public abstract Step step();

  /**
   * Gets the result of each of the step's criteria, in the step's order.
   *
   * @return the criterion results, not null
   */
  @Value.Parameter
  public abstract List<CriterionResult> criteria();

  /**
   * Gets the day the step was attained: when its last required evidence appeared (for step 7, when
   * the last of the signs needed appeared).
   *
   * @return the date, empty if not attained
   */
  @Value.Parameter
  public abstract Optional<LocalDate> attainedOn();

  /**
   * Gets the suggested next actions, from the paper's typical actions for the unmet criteria; empty
   * once the step is attained.
   *
   * @return the actions, not null
   */
  @Value.Parameter
  public abstract List<String> nextActions();

  /**
   * Checks if the step was attained.
   *
   * @return true if attained
   */
  public boolean isAttained() {
    return attainedOn().isPresent();
  }

  /**
   * Gets the evidence found for the step, whether or not it is attained, each piece once, in date
   * order.
   *
   * @return the evidence, not null
   */
  public List<Evidence> evidence() {
    Map<String, Evidence> unique = new LinkedHashMap<>();
    criteria().stream().flatMap(c -> c.evidence().stream())
        .forEach(e -> unique.putIfAbsent(e.type() + "\u0000" + e.id(), e));
    return unique.values().stream().sorted(Comparator.comparing(Evidence::date)).collect(Collectors.toList());
  }

  /**
   * Gets the ids of the evidence found, in date order.
   *
   * @return the ids, not null
   */
  public List<String> evidenceIds() {
    return evidence().stream().map(Evidence::id).collect(Collectors.toList());
  }

  /**
   * Gets the criteria not met.
   *
   * @return the unmet criteria, in the step's order, not null
   */
  public List<Criterion> unmetCriteria() {
    return criteria().stream().filter(c -> !c.isMet()).map(CriterionResult::criterion).collect(Collectors.toList());
  }

  /**
   * Gets the result of one criterion of this step.
   *
   * @param criterion  the criterion, not null
   * @return the result, empty if the criterion belongs to another step
   */
  public Optional<CriterionResult> criterion(Criterion criterion) {
    return criteria().stream().filter(c -> c.criterion() == criterion).findFirst();
  }

  static StepResult of(Step step, List<CriterionResult> criteria, Optional<LocalDate> attainedOn,
      List<String> nextActions) {
    return ImmutableStepResult.of(step, criteria, attainedOn, nextActions);
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

  /**
   * A builder of {@link StepResult}; {@code build()} checks every invariant: the step's own criteria
   * in order, and an attainment date that is one of their dates.
   */
  public static final class Builder extends ImmutableStepResult.Builder {
    Builder() {}
  }

  /**
   * Checks the shape of a step result (<i>Positively Local</i> sec. 2; {@code docs/c2-model.md}
   * section 2): one result per criterion of
   * the step, in the step's order; a step is attained on the day one of its criteria was met, and
   * once attained has no next actions.
   */
  @Value.Check
  void check() {
    List<Criterion> expected = step().criteriaOfStep();
    if (criteria().size() != expected.size()) {
      throw InvalidValueException.of("criteria", "must hold the " + expected.size() + " criteria of step "
          + step().code(), criteria().size() + " results");
    }
    for (int i = 0; i < expected.size(); i++) {
      Criterion c = criteria().get(i).criterion();
      if (c != expected.get(i)) {
        throw InvalidValueException.of("criteria[" + i + "].criterion", "must be " + expected.get(i).id(), c.id());
      }
    }
    if (attainedOn().isPresent()) {
      LocalDate on = attainedOn().get();
      boolean metThatDay = false;
      for (int i = 0; i < criteria().size() && !metThatDay; i++) {
        metThatDay = on.equals(criteria().get(i).metOn().orElse(null));
      }
      if (!metThatDay) {
        throw InvalidValueException.of("attainedOn", "must be the day one of the step's criteria was met", on);
      }
      if (!nextActions().isEmpty()) {
        throw InvalidValueException.of("nextActions", "must be empty once the step is attained", nextActions().get(0));
      }
    }
    for (int i = 0; i < nextActions().size(); i++) {
      // the field is named only on failure: a string per action was a tenth of what a step result cost
      if (nextActions().get(i).isBlank()) {
        Checks.notBlank(nextActions().get(i), "nextActions[" + i + "]");
      }
    }
  }
}
