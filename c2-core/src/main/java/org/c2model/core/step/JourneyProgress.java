package org.c2model.core.step;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.c2model.core.journey.Activity;
import org.c2model.core.journey.Journey;
import org.c2model.core.rule.RuleThresholds;
import org.immutables.value.Value;

/**
 * A journey as it stood on a date together with its step results: the subject the journey rules
 * evaluate ({@code Rule<JourneyProgress>}). A council's own journey rules receive it too.
 * <p>
 * {@link #journey()} holds only the activities dated on or before {@link #asOf()}. Rules read them
 * through {@link #timeline()} and {@link #activities(Class)}, which order activities of the same day
 * by id, so that what a rule finds does not depend on the order the activities were recorded in.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class JourneyProgress {

  JourneyProgress() {}

  /**
   * Gets the journey, with only the activities dated on or before {@link #asOf()}.
   *
   * @return the journey, not null
   */
  public abstract Journey journey();

  /**
   * Gets the date of the assessment.
   *
   * @return the date, not null
   */
  public abstract LocalDate asOf();

  /**
   * Gets the thresholds the steps were assessed under.
   *
   * @return the thresholds, not null
   */
  public abstract RuleThresholds thresholds();

  /**
   * Gets the result of each step, step 1 first.
   *
   * @return the seven step results, not null
   */
  public abstract List<StepResult> steps();

  /**
   * Gets the result of one step.
   *
   * @param step  the step, not null
   * @return the result, not null
   */
  public StepResult step(Step step) {
    return steps().get(step.ordinal());
  }

  /**
   * Gets the result of one criterion.
   *
   * @param criterion  the criterion, not null
   * @return the result, not null
   */
  public CriterionResult criterion(Criterion criterion) {
    return step(criterion.step()).criterion(criterion).orElseThrow();
  }

  /**
   * Gets the activities in date order, activities of the same day in id order: an order that does
   * not depend on the order they were recorded in.
   *
   * @return the activities, not null
   */
  @Value.Derived
  @Value.Auxiliary
  public List<Activity> timeline() {
    return timeline(journey());
  }

  /** The activities of a journey in date order, same-day ones in id order. */
  static List<Activity> timeline(Journey journey) {
    return journey.activities().stream()
        .sorted(Comparator.comparing(Activity::date).thenComparing(Activity::id)).collect(Collectors.toList());
  }

  /**
   * Gets the activities of one type in the order of {@link #timeline()}, such as every partnership
   * meeting.
   *
   * @param <T>  the activity type
   * @param type  the activity class, not null
   * @return the activities, not null
   */
  public <T extends Activity> List<T> activities(Class<T> type) {
    Objects.requireNonNull(type, "type");
    return timeline().stream().filter(type::isInstance).map(type::cast).collect(Collectors.toList());
  }

  static JourneyProgress of(Journey journey, LocalDate asOf, RuleThresholds thresholds, List<StepResult> steps) {
    return ImmutableJourneyProgress.builder().journey(journey).asOf(asOf).thresholds(thresholds).steps(steps).build();
  }

  /**
   * Returns a one-line summary.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return "JourneyProgress{" + journey() + " as of " + asOf() + ", attained "
        + steps().stream().filter(StepResult::isAttained).map(s -> Integer.toString(s.step().number())).toList() + "}";
  }
}
