package org.c2model.metrics.evaluation;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.StringJoiner;
import java.util.TreeMap;
import org.c2model.core.Coded;
import org.c2model.core.InvalidValueException;
import org.c2model.core.internal.Checks;
import org.c2model.core.journey.Activity;
import org.c2model.core.journey.AgeRange;
import org.c2model.core.journey.CommunitySurvey;
import org.c2model.core.journey.Journey;
import org.c2model.core.journey.PartnershipMeeting;
import org.c2model.core.journey.ResidentActivity;
import org.c2model.core.journey.ServiceChange;
import org.c2model.core.journey.ServiceChangeKind;
import org.c2model.core.journey.SurveyItem;
import org.c2model.core.journey.SurveyMeasure;
import org.c2model.core.outcome.IntermediateOutcome;
import org.c2model.metrics.indicator.ReportingPeriod;
import org.c2model.metrics.stats.ConfidenceLevel;
import org.c2model.metrics.stats.Estimate;
import org.c2model.metrics.stats.Proportions;
import org.immutables.value.Value;

/**
 * The three intermediate outcomes of a journey, measured (<i>Positively Local</i> sec. 5;
 * {@code docs/c2-model.md} section 5): service
 * changes by kind and reporting period, resident-organised activities by age range and reporting
 * period (calendar years by default; quarters or months on request), and community
 * survey results as proportions with Wilson score intervals, such as Townstal's "18 of 25 feel
 * they belong": 72.0% (95% CI 52.4% to 85.7%).
 * <p>
 * The evidence of each outcome is {@link IntermediateOutcome#evidenceIn(Journey)}.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class IntermediateOutcomeMeasures {

  IntermediateOutcomeMeasures() {}

  /**
   * Gets the number of service changes by kind (outcome 1).
   *
   * @return the counts, in kind order, kinds without changes left out, not null
   */
  public abstract Map<ServiceChangeKind, Integer> serviceChangesByKind();

  /**
   * Gets the granularity of the counts by reporting period: every key of
   * {@link #serviceChangesByPeriod()} and {@link #residentActivitiesByPeriod()} is a period of it.
   *
   * @return the granularity, not null
   */
  public abstract ReportingPeriod.Granularity periodGranularity();

  /**
   * Gets the number of service changes by reporting period, each change counted in the period
   * containing its date.
   *
   * @return the counts, by ascending period, periods without changes left out, not null
   */
  public abstract Map<ReportingPeriod, Integer> serviceChangesByPeriod();

  /**
   * Gets the number of public partnership meetings held (participation, outcome 2).
   *
   * @return the count, zero or more
   */
  public abstract int publicMeetings();

  /**
   * Gets the survey results (outcome 2), one per survey and measure, in date order.
   *
   * @return the results, not null
   */
  public abstract List<SurveyResult> surveyResults();

  /**
   * Gets the number of resident-organised activities serving each age range (outcome 3); an
   * activity serving two ranges counts in both.
   *
   * @return the counts, in age-range order, not null
   */
  public abstract Map<AgeRange, Integer> residentActivitiesByAgeRange();

  /**
   * Gets the number of resident-organised activities by reporting period, each activity counted in
   * the period containing its date.
   *
   * @return the counts, by ascending period, periods without activities left out, not null
   */
  public abstract Map<ReportingPeriod, Integer> residentActivitiesByPeriod();

  /**
   * Gets the total number of service changes.
   *
   * @return the count
   */
  public int serviceChanges() {
    return serviceChangesByPeriod().values().stream().mapToInt(Integer::intValue).sum();
  }

  /**
   * Gets the total number of resident-organised activities.
   *
   * @return the count
   */
  public int residentActivities() {
    return residentActivitiesByPeriod().values().stream().mapToInt(Integer::intValue).sum();
  }

  /**
   * Measures the intermediate outcomes of a journey, counting by calendar year.
   *
   * @param journey  the journey, already cut to the date of interest with {@code asOf}, not null
   * @param confidence  the confidence level of the survey intervals, not null
   * @return the measures, not null
   */
  public static IntermediateOutcomeMeasures of(Journey journey, ConfidenceLevel confidence) {
    return of(journey, confidence, ReportingPeriod.Granularity.YEAR);
  }

  /**
   * Measures the intermediate outcomes of a journey, counting service changes and resident
   * activities by reporting periods of a granularity, such as quarters for a council's quarterly
   * monitoring return.
   *
   * @param journey  the journey, already cut to the date of interest with {@code asOf}, not null
   * @param confidence  the confidence level of the survey intervals, not null
   * @param granularity  the granularity of the counts by period, not null
   * @return the measures, not null
   */
  public static IntermediateOutcomeMeasures of(Journey journey, ConfidenceLevel confidence,
      ReportingPeriod.Granularity granularity) {
    Objects.requireNonNull(journey, "journey");
    Objects.requireNonNull(confidence, "confidence");
    Objects.requireNonNull(granularity, "granularity");
    Map<ServiceChangeKind, Integer> byKind = new EnumMap<>(ServiceChangeKind.class);
    SortedMap<ReportingPeriod, Integer> changesByPeriod = new TreeMap<>();
    for (Activity a : IntermediateOutcome.SERVICE_CHANGES.evidenceIn(journey)) {
      // An activity an agency runs for residents (police-run football) is a change in how it works.
      byKind.merge(a instanceof ServiceChange ? ((ServiceChange) a).kind() : ServiceChangeKind.CHANGED_PRACTICE, 1,
          Integer::sum);
      changesByPeriod.merge(ReportingPeriod.containing(a.date(), granularity), 1, Integer::sum);
    }
    int meetings = 0;
    Builder b = builder();
    for (Activity a : IntermediateOutcome.COMMUNITY_ORGANISATION.evidenceIn(journey)) {
      if (a instanceof PartnershipMeeting) {
        meetings++;
      } else if (a instanceof CommunitySurvey) {
        for (SurveyItem item : ((CommunitySurvey) a).items()) {
          b.addSurveyResults(SurveyResult.of(a.id(), a.date(), item.measure(), item.respondents() == 0
              ? Estimate.builder().statistic("percentage").unit("%").method("Wilson").confidence(confidence)
                  .putInputs("numerator", "0").putInputs("denominator", "0").inputSummary("0 of 0")
                  .suppressionReason("no one answered").build()
              : Proportions.percentage(item.positive(), item.respondents(), confidence), item.approximate()));
        }
      }
    }
    Map<AgeRange, Integer> byAge = new EnumMap<>(AgeRange.class);
    SortedMap<ReportingPeriod, Integer> activitiesByPeriod = new TreeMap<>();
    for (Activity a : IntermediateOutcome.RESIDENT_ACTIVITIES.evidenceIn(journey)) {
      ((ResidentActivity) a).ageRanges().forEach(r -> byAge.merge(r, 1, Integer::sum));
      activitiesByPeriod.merge(ReportingPeriod.containing(a.date(), granularity), 1, Integer::sum);
    }
    return b.periodGranularity(granularity).serviceChangesByKind(byKind).serviceChangesByPeriod(changesByPeriod)
        .publicMeetings(meetings).residentActivitiesByAgeRange(byAge).residentActivitiesByPeriod(activitiesByPeriod)
        .build();
  }

  /**
   * Returns a builder, for measures stored earlier (such as read back from a document); measure a
   * journey with {@link #of(Journey, ConfidenceLevel, ReportingPeriod.Granularity)}.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link IntermediateOutcomeMeasures}; {@code build()} throws
   * {@link InvalidValueException} naming the field when a count is not above zero, a period is not
   * of the granularity, the meetings are negative, or the service changes by kind do not add up to
   * those by period.
   */
  public static final class Builder extends ImmutableIntermediateOutcomeMeasures.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    positive("serviceChangesByKind", serviceChangesByKind());
    positive("serviceChangesByPeriod", serviceChangesByPeriod());
    positive("residentActivitiesByAgeRange", residentActivitiesByAgeRange());
    positive("residentActivitiesByPeriod", residentActivitiesByPeriod());
    inGranularity("serviceChangesByPeriod", serviceChangesByPeriod());
    inGranularity("residentActivitiesByPeriod", residentActivitiesByPeriod());
    if (publicMeetings() < 0) {
      throw InvalidValueException.of("publicMeetings", "must be zero or more", publicMeetings());
    }
    int byKind = serviceChangesByKind().values().stream().mapToInt(Integer::intValue).sum();
    if (byKind != serviceChanges()) {
      throw InvalidValueException.of("serviceChangesByKind",
          "must add up to the " + serviceChanges() + " service changes by period", byKind);
    }
  }

  private static void positive(String field, Map<?, Integer> counts) {
    counts.forEach((k, v) -> {
      if (v <= 0) {
        throw InvalidValueException.of(field + "." + key(k), "must be above zero (leave the key out instead)", v);
      }
    });
  }

  private void inGranularity(String field, Map<ReportingPeriod, Integer> counts) {
    ReportingPeriod previous = null;
    for (ReportingPeriod p : counts.keySet()) {
      if (p.granularity() != periodGranularity()) {
        throw InvalidValueException.of(field, "keys must be periods of granularity "
            + periodGranularity().name().toLowerCase(Locale.ROOT), p);
      }
      if (previous != null && p.compareTo(previous) <= 0) {
        throw InvalidValueException.of(field, "keys must be in ascending order, after " + previous, p);
      }
      previous = p;
    }
  }

  private static String key(Object k) {
    return k instanceof Enum<?> ? ((Enum<?>) k).name().toLowerCase(Locale.ROOT) : k.toString();
  }

  /**
   * Returns the measures as a few readable lines.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "1. service changes: %d%s%s%n", serviceChanges(),
        counts(serviceChangesByKind()), byPeriod(serviceChangesByPeriod())));
    sb.append(String.format(Locale.ROOT, "2. community organisation: %d public meetings%n", publicMeetings()));
    for (SurveyResult r : surveyResults()) {
      sb.append("   ").append(r).append('\n');
    }
    sb.append(String.format(Locale.ROOT, "3. resident-organised activities: %d%s%s", residentActivities(),
        counts(residentActivitiesByAgeRange()), byPeriod(residentActivitiesByPeriod())));
    return sb.toString();
  }

  // "; by year: 2009 2, 2010 4"
  private String byPeriod(Map<ReportingPeriod, Integer> counts) {
    if (counts.isEmpty()) {
      return "";
    }
    StringJoiner j = new StringJoiner(", ", "; by " + periodGranularity().name().toLowerCase(Locale.ROOT) + ": ", "");
    counts.forEach((period, n) -> j.add(period + " " + n));
    return j.toString();
  }

  // " (new service 2, changed practice 2)": each kind by its wire code, read as words
  private static String counts(Map<? extends Coded, Integer> counts) {
    if (counts.isEmpty()) {
      return "";
    }
    StringJoiner j = new StringJoiner(", ", " (", ")");
    counts.forEach((k, n) -> j.add(k.code().replace('_', ' ') + " " + n));
    return j.toString();
  }

  /**
   * One survey measure's result, such as belonging in Townstal's pilot survey: 72.0% (95% CI 52.4%
   * to 85.7%, Wilson; 18 of 25).
   *
   * @implSpec This class is immutable and thread-safe.
   */
  @Value.Immutable
  public abstract static class SurveyResult {

    SurveyResult() {}

    /**
     * Gets the id of the survey activity.
     *
     * @return the id, not null
     */
    public abstract String surveyId();

    /**
     * Gets the day the survey closed.
     *
     * @return the date, not null
     */
    public abstract LocalDate date();

    /**
     * Gets the measure.
     *
     * @return the measure, not null
     */
    public abstract SurveyMeasure measure();

    /**
     * Gets the percentage answering positively, with its Wilson interval.
     *
     * @return the estimate, not null
     */
    public abstract Estimate percentage();

    /**
     * Checks whether the count behind the percentage approximates the source's words (Townstal's
     * "a similar number" took part, <i>Positively Local</i> sec. 5) rather than counting answers:
     * the figure then rests on an assumption, and the report says so.
     *
     * @return true if approximate, false (the default) for a count
     */
    @Value.Default
    public boolean approximate() {
      return false;
    }

    static SurveyResult of(String surveyId, LocalDate date, SurveyMeasure measure, Estimate percentage,
        boolean approximate) {
      return builder().surveyId(surveyId).date(date).measure(measure).percentage(percentage)
          .approximate(approximate).build();
    }

    /**
     * Returns a builder, for a result stored earlier (such as read back from a document).
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
      return new Builder();
    }

    /**
     * A builder of {@link SurveyResult}; {@code build()} throws {@link InvalidValueException} for a
     * blank survey id.
     */
    public static final class Builder extends ImmutableSurveyResult.Builder {
      Builder() {}
    }

    @Value.Check
    void check() {
      Checks.notBlank(surveyId(), "surveyId");
    }

    /**
     * Returns a one-line summary, such as {@code belonging (pilot-survey, 2009-03-10): 72.0% (...)}.
     *
     * @return the summary, not null
     */
    @Override
    public String toString() {
      return measure().code() + " (" + surveyId() + ", " + date() + "): " + percentage()
          + (approximate() ? " APPROXIMATE: the source gives no exact count (an assumed figure)" : "");
    }
  }
}
