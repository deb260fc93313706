package org.c2model.core.step;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
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
  @Value.Lazy
  public Journey journey() {
    return recorded().asOf(asOf());
  }

  /**
   * The journey as recorded, activities after {@link #asOf()} included: the steps and rules read
   * the {@link #timeline()}, so the journey as of the date (a new journey, checked again, when
   * anything is later) is made only if asked for.
   */
  @Value.Parameter
  abstract Journey recorded();

  /**
   * Gets the date of the assessment.
   *
   * @return the date, not null
   */
  @Value.Parameter
  public abstract LocalDate asOf();

  /**
   * Gets the thresholds the steps were assessed under.
   *
   * @return the thresholds, not null
   */
  @Value.Parameter
  public abstract RuleThresholds thresholds();

  /**
   * Gets the result of each step, step 1 first.
   *
   * @return the seven step results, not null
   */
  @Value.Parameter
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
    List<CriterionResult> results = step(criterion.step()).criteria();
    for (int i = 0; i < results.size(); i++) {
      CriterionResult r = results.get(i);
      if (r.criterion() == criterion) {
        return r;
      }
    }
    throw new IllegalStateException("no result for " + criterion.id());
  }

  /**
   * Gets the activities in date order, activities of the same day in id order: an order that does
   * not depend on the order they were recorded in.
   *
   * @return the activities, not null
   */
  public List<Activity> timeline() {
    return criteria().timeline();
  }

  /**
   * The step criteria the steps were assessed with: their timeline and index of who appeared when,
   * which the rules read again. Held, not copied: sorting the timeline twice was a tenth of an
   * assessment's time, and copying it into this value a tenth of what it allocated.
   */
  @Value.Parameter
  @Value.Auxiliary
  abstract StepCriteria criteria();

  /** Activities by date, same-day ones by id. */
  private static final Comparator<Activity> BY_DATE_THEN_ID = Comparator.comparing(Activity::date)
      .thenComparing(Activity::id);
  /** The low bits of a sort key of {@link #timeline(Journey, LocalDate)}: the activity's index. */
  private static final int INDEX_BITS = 24;

  /**
   * A number in the order of dates: year, month and day in 31, 4 and 5 bits (cheaper than the epoch
   * day), which with {@link #INDEX_BITS} fits a long.
   */
  private static long day(LocalDate date) {
    return (long) date.getYear() << 9 | date.getMonthValue() << 5 | date.getDayOfMonth();
  }

  /** The activities of a journey dated on or before a day, in date order, same-day ones in id order. */
  static List<Activity> timeline(Journey journey, LocalDate asOf) {
    List<Activity> activities = journey.activities();
    int n = activities.size();
    if (n >= 1 << INDEX_BITS) {
      List<Activity> sorted = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        if (!activities.get(i).date().isAfter(asOf)) {
          sorted.add(activities.get(i));
        }
      }
      sorted.sort(BY_DATE_THEN_ID);
      return sorted;
    }
    // Sorted as numbers, the day above the index: comparing activities asked each for its date on
    // every comparison, a fifth of the assessment's time.
    long[] keys = new long[n];
    long last = day(asOf);
    int kept = 0;
    for (int i = 0; i < n; i++) {
      long day = day(activities.get(i).date());
      if (day <= last) {
        keys[kept++] = day << INDEX_BITS | i;
      }
    }
    Arrays.sort(keys, 0, kept);
    Activity[] sorted = new Activity[kept];
    for (int i = 0; i < kept; i++) {
      Activity a = activities.get((int) (keys[i] & (1 << INDEX_BITS) - 1));
      // same-day activities by id, an insertion sort (stable, as the sort by comparator was)
      int j = i;
      while (j > 0 && keys[j - 1] >> INDEX_BITS == keys[i] >> INDEX_BITS && sorted[j - 1].id().compareTo(a.id()) > 0) {
        sorted[j] = sorted[j - 1];
        j--;
      }
      sorted[j] = a;
    }
    return Arrays.asList(sorted);
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
    List<Activity> timeline = timeline();
    List<T> ofType = new ArrayList<>();
    for (int i = 0; i < timeline.size(); i++) {
      if (type.isInstance(timeline.get(i))) {
        ofType.add(type.cast(timeline.get(i)));
      }
    }
    return ofType;
  }

  static JourneyProgress of(Journey recorded, LocalDate asOf, RuleThresholds thresholds, List<StepResult> steps,
      StepCriteria criteria) {
    return ImmutableJourneyProgress.of(recorded, asOf, thresholds, steps, criteria);
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
