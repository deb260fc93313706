package org.c2model.metrics.evaluation;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
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
import org.c2model.metrics.stats.ConfidenceLevel;
import org.c2model.metrics.stats.Estimate;
import org.c2model.metrics.stats.Proportions;
import org.immutables.value.Value;

/**
 * The three intermediate outcomes of a journey, measured ({@code C2-DOMAIN.md} section 5): service
 * changes by kind and year, resident-organised activities by age range and year, and community
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
   * Gets the number of service changes by calendar year.
   *
   * @return the counts, by ascending year, not null
   */
  public abstract SortedMap<Integer, Integer> serviceChangesByYear();

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
   * Gets the number of resident-organised activities by calendar year.
   *
   * @return the counts, by ascending year, not null
   */
  public abstract SortedMap<Integer, Integer> residentActivitiesByYear();

  /**
   * Gets the total number of service changes.
   *
   * @return the count
   */
  public int serviceChanges() {
    return serviceChangesByYear().values().stream().mapToInt(Integer::intValue).sum();
  }

  /**
   * Gets the total number of resident-organised activities.
   *
   * @return the count
   */
  public int residentActivities() {
    return residentActivitiesByYear().values().stream().mapToInt(Integer::intValue).sum();
  }

  /**
   * Measures the intermediate outcomes of a journey.
   *
   * @param journey  the journey, already cut to the date of interest with {@code asOf}, not null
   * @param confidence  the confidence level of the survey intervals, not null
   * @return the measures, not null
   */
  public static IntermediateOutcomeMeasures of(Journey journey, ConfidenceLevel confidence) {
    Objects.requireNonNull(journey, "journey");
    Objects.requireNonNull(confidence, "confidence");
    Map<ServiceChangeKind, Integer> byKind = new EnumMap<>(ServiceChangeKind.class);
    SortedMap<Integer, Integer> changesByYear = new TreeMap<>();
    for (Activity a : IntermediateOutcome.SERVICE_CHANGES.evidenceIn(journey)) {
      byKind.merge(((ServiceChange) a).kind(), 1, Integer::sum);
      changesByYear.merge(a.date().getYear(), 1, Integer::sum);
    }
    int meetings = 0;
    ImmutableIntermediateOutcomeMeasures.Builder b = ImmutableIntermediateOutcomeMeasures.builder();
    for (Activity a : IntermediateOutcome.COMMUNITY_ORGANISATION.evidenceIn(journey)) {
      if (a instanceof PartnershipMeeting) {
        meetings++;
      } else if (a instanceof CommunitySurvey) {
        for (SurveyItem item : ((CommunitySurvey) a).items()) {
          b.addSurveyResults(SurveyResult.of(a.id(), a.date(), item.measure(), item.respondents() == 0
              ? Estimate.builder().statistic("percentage").unit("%").method("Wilson").confidence(confidence)
                  .putInputs("numerator", "0").putInputs("denominator", "0").inputSummary("0 of 0")
                  .suppressionReason("no one answered").build()
              : Proportions.percentage(item.positive(), item.respondents(), confidence)));
        }
      }
    }
    Map<AgeRange, Integer> byAge = new EnumMap<>(AgeRange.class);
    SortedMap<Integer, Integer> activitiesByYear = new TreeMap<>();
    for (Activity a : IntermediateOutcome.RESIDENT_ACTIVITIES.evidenceIn(journey)) {
      ((ResidentActivity) a).ageRanges().forEach(r -> byAge.merge(r, 1, Integer::sum));
      activitiesByYear.merge(a.date().getYear(), 1, Integer::sum);
    }
    return b.serviceChangesByKind(byKind).serviceChangesByYear(changesByYear).publicMeetings(meetings)
        .residentActivitiesByAgeRange(byAge).residentActivitiesByYear(activitiesByYear).build();
  }

  /**
   * Returns the measures as a few readable lines.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "1. service changes: %d %s by year %s%n", serviceChanges(),
        codes(serviceChangesByKind()), serviceChangesByYear()));
    sb.append(String.format(Locale.ROOT, "2. community organisation: %d public meetings%n", publicMeetings()));
    for (SurveyResult r : surveyResults()) {
      sb.append("   ").append(r).append('\n');
    }
    sb.append(String.format(Locale.ROOT, "3. resident-organised activities: %d %s by year %s", residentActivities(),
        codes(residentActivitiesByAgeRange()), residentActivitiesByYear()));
    return sb.toString();
  }

  private static String codes(Map<? extends Enum<?>, Integer> counts) {
    StringBuilder sb = new StringBuilder("{");
    counts.forEach((k, v) -> sb.append(sb.length() > 1 ? ", " : "").append(k.name().toLowerCase(Locale.ROOT))
        .append('=').append(v));
    return sb.append('}').toString();
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

    static SurveyResult of(String surveyId, LocalDate date, SurveyMeasure measure, Estimate percentage) {
      return ImmutableSurveyResult.builder().surveyId(surveyId).date(date).measure(measure).percentage(percentage)
          .build();
    }

    @Override
    public String toString() {
      return measure().code() + " (" + surveyId() + ", " + date() + "): " + percentage();
    }
  }
}
