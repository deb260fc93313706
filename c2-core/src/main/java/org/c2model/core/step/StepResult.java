package org.c2model.core.step;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The assessment of one step as of a date: attained or not, since when, on what evidence, which
 * criteria are unmet and the suggested next actions ({@code C2-DOMAIN.md} section 2).
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
  public abstract Step step();

  /**
   * Gets the result of each of the step's criteria, in the step's order.
   *
   * @return the criterion results, not null
   */
  public abstract List<CriterionResult> criteria();

  /**
   * Gets the day the step was attained: when its last required evidence appeared (for step 7, when
   * the last of the signs needed appeared).
   *
   * @return the date, empty if not attained
   */
  public abstract Optional<LocalDate> attainedOn();

  /**
   * Gets the suggested next actions, from the paper's typical actions for the unmet criteria; empty
   * once the step is attained.
   *
   * @return the actions, not null
   */
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
    return ImmutableStepResult.builder().step(step).criteria(criteria).attainedOn(attainedOn).nextActions(nextActions)
        .build();
  }
}
