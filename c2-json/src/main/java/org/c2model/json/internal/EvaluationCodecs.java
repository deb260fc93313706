package org.c2model.json.internal;

import static org.c2model.json.internal.C2JsonNames.AS_OF;
import static org.c2model.json.internal.C2JsonNames.BASELINE;
import static org.c2model.json.internal.C2JsonNames.BASELINE_RATE;
import static org.c2model.json.internal.C2JsonNames.COMPARATOR;
import static org.c2model.json.internal.C2JsonNames.COMPARATOR_ID;
import static org.c2model.json.internal.C2JsonNames.DATA_FINDINGS;
import static org.c2model.json.internal.C2JsonNames.DATE;
import static org.c2model.json.internal.C2JsonNames.DIFFERENCE_IN_DIFFERENCES;
import static org.c2model.json.internal.C2JsonNames.EVENTS_AVOIDED;
import static org.c2model.json.internal.C2JsonNames.FINDINGS;
import static org.c2model.json.internal.C2JsonNames.FOLLOW_UP;
import static org.c2model.json.internal.C2JsonNames.FOLLOW_UP_RATE;
import static org.c2model.json.internal.C2JsonNames.GOVERNANCE;
import static org.c2model.json.internal.C2JsonNames.INDICATOR;
import static org.c2model.json.internal.C2JsonNames.INDICATOR_CHANGES;
import static org.c2model.json.internal.C2JsonNames.INTERMEDIATE_OUTCOMES;
import static org.c2model.json.internal.C2JsonNames.MEASURE;
import static org.c2model.json.internal.C2JsonNames.MULTIPLIER;
import static org.c2model.json.internal.C2JsonNames.NEIGHBOURHOOD_ID;
import static org.c2model.json.internal.C2JsonNames.NEIGHBOURHOOD_NAME;
import static org.c2model.json.internal.C2JsonNames.NETWORK_CHANGE;
import static org.c2model.json.internal.C2JsonNames.PERCENTAGE;
import static org.c2model.json.internal.C2JsonNames.PERCENTAGE_CHANGE;
import static org.c2model.json.internal.C2JsonNames.PERIOD_GRANULARITY;
import static org.c2model.json.internal.C2JsonNames.PUBLIC_MEETINGS;
import static org.c2model.json.internal.C2JsonNames.RATIO_OF_RATE_RATIOS;
import static org.c2model.json.internal.C2JsonNames.RELATIVE_VERDICT;
import static org.c2model.json.internal.C2JsonNames.RESIDENT_ACTIVITIES;
import static org.c2model.json.internal.C2JsonNames.RESIDENT_ACTIVITIES_BY_AGE_RANGE;
import static org.c2model.json.internal.C2JsonNames.RESIDENT_ACTIVITIES_BY_PERIOD;
import static org.c2model.json.internal.C2JsonNames.SAVINGS;
import static org.c2model.json.internal.C2JsonNames.SERVICE_CHANGES;
import static org.c2model.json.internal.C2JsonNames.SERVICE_CHANGES_BY_KIND;
import static org.c2model.json.internal.C2JsonNames.SERVICE_CHANGES_BY_PERIOD;
import static org.c2model.json.internal.C2JsonNames.STEPS;
import static org.c2model.json.internal.C2JsonNames.SURVEY_ID;
import static org.c2model.json.internal.C2JsonNames.SURVEY_RESULTS;
import static org.c2model.json.internal.C2JsonNames.TARGET;
import static org.c2model.json.internal.C2JsonNames.TOP_PRIORITIES;
import static org.c2model.json.internal.C2JsonNames.VERDICT;
import static org.c2model.json.internal.C2JsonNames.WEAK_CONNECTORS;

import java.util.Map;
import org.c2model.core.journey.AgeRange;
import org.c2model.core.journey.ServiceChangeKind;
import org.c2model.metrics.evaluation.EvaluationReport;
import org.c2model.metrics.evaluation.IndicatorChange;
import org.c2model.metrics.evaluation.IntermediateOutcomeMeasures;
import org.c2model.metrics.evaluation.IntermediateOutcomeMeasures.SurveyResult;
import org.c2model.metrics.indicator.ReportingPeriod;

/**
 * The codecs of c2-metrics' {@code org.c2model.metrics.evaluation}: the {@code evaluation_report}
 * document.
 * <p>
 * An evaluation report is computed by {@code Evaluation.builder()...build().run()}; a stored one is
 * read back through the public builders, which check that its parts fit together (every part dated
 * {@code asOf}, indicator changes in the report's windows, counts by period of one granularity). It
 * is made of the other reports, each written as its own codec writes it: the {@code steps} as a step
 * assessment, {@code governance} as findings, {@code networkChange} and {@code weakConnectors} as the
 * network codecs write them, every estimate as {@link StatsCodecs#ESTIMATE}, {@code savings} as an
 * invest-to-save estimate. Counts by kind, age range or reporting period are objects keyed by code
 * or period text ({@code "2010"}, {@code "2010-Q1"}, {@code "2010-01"}), in order. Values c2-metrics
 * derives (totals of counts, the changes of the network, the savings totals) are written too, and on
 * reading must be the ones derived.
 */
public final class EvaluationCodecs {

  private EvaluationCodecs() {}

  private static final Codec<Map<ReportingPeriod, Integer>> COUNTS_BY_PERIOD =
      Scalars.map(ReportingPeriod::toString, ReportingPeriod::parse, Scalars.INTEGER);

  /** One survey measure's result. */
  public static final ObjectCodec<SurveyResult, SurveyResult.Builder> SURVEY_RESULT =
      ObjectCodec.of(SurveyResult.class, SurveyResult::builder, SurveyResult.Builder::build)
          .field(SURVEY_ID, Scalars.TEXT, SurveyResult::surveyId, SurveyResult.Builder::surveyId)
          .field(DATE, Scalars.DATE, SurveyResult::date, SurveyResult.Builder::date)
          .field(MEASURE, JourneyCodecs.SURVEY_MEASURE, SurveyResult::measure, SurveyResult.Builder::measure)
          .field(PERCENTAGE, StatsCodecs.ESTIMATE, SurveyResult::percentage, SurveyResult.Builder::percentage)
          .build();

  /**
   * The intermediate outcomes measured. The totals, which c2-metrics derives from the counts by
   * period, are written too, and on reading must be those sums.
   */
  public static final ObjectCodec<IntermediateOutcomeMeasures, Derived<IntermediateOutcomeMeasures.Builder>>
      INTERMEDIATE_OUTCOME_MEASURES =
      ObjectCodec.of(IntermediateOutcomeMeasures.class, () -> new Derived<>(IntermediateOutcomeMeasures.builder()),
              EvaluationCodecs::measures)
          .field(SERVICE_CHANGES, Scalars.INTEGER, IntermediateOutcomeMeasures::serviceChanges,
              (d, v) -> d.put(SERVICE_CHANGES, v))
          .field(SERVICE_CHANGES_BY_KIND,
              Scalars.map(ServiceChangeKind::code, Scalars.keyCodes(ServiceChangeKind.class, ServiceChangeKind::code),
                  Scalars.INTEGER),
              IntermediateOutcomeMeasures::serviceChangesByKind, (d, v) -> d.builder.serviceChangesByKind(v))
          .field(PERIOD_GRANULARITY, IndicatorCodecs.GRANULARITY, IntermediateOutcomeMeasures::periodGranularity,
              (d, v) -> d.builder.periodGranularity(v))
          .field(SERVICE_CHANGES_BY_PERIOD, COUNTS_BY_PERIOD, IntermediateOutcomeMeasures::serviceChangesByPeriod,
              (d, v) -> d.builder.serviceChangesByPeriod(v))
          .field(PUBLIC_MEETINGS, Scalars.INTEGER, IntermediateOutcomeMeasures::publicMeetings,
              (d, v) -> d.builder.publicMeetings(v))
          .list(SURVEY_RESULTS, SURVEY_RESULT, IntermediateOutcomeMeasures::surveyResults,
              (d, v) -> d.builder.surveyResults(v))
          .field(RESIDENT_ACTIVITIES, Scalars.INTEGER, IntermediateOutcomeMeasures::residentActivities,
              (d, v) -> d.put(RESIDENT_ACTIVITIES, v))
          .field(RESIDENT_ACTIVITIES_BY_AGE_RANGE,
              Scalars.map(AgeRange::code, Scalars.keyCodes(AgeRange.class, AgeRange::code), Scalars.INTEGER),
              IntermediateOutcomeMeasures::residentActivitiesByAgeRange,
              (d, v) -> d.builder.residentActivitiesByAgeRange(v))
          .field(RESIDENT_ACTIVITIES_BY_PERIOD, COUNTS_BY_PERIOD, IntermediateOutcomeMeasures::residentActivitiesByPeriod,
              (d, v) -> d.builder.residentActivitiesByPeriod(v))
          .build();

  private static IntermediateOutcomeMeasures measures(Derived<IntermediateOutcomeMeasures.Builder> d) {
    IntermediateOutcomeMeasures m = d.builder.build();
    d.check(m, SERVICE_CHANGES, IntermediateOutcomeMeasures::serviceChanges);
    return d.check(m, RESIDENT_ACTIVITIES, IntermediateOutcomeMeasures::residentActivities);
  }

  /** The change of one long-term indicator, with its windows and estimates. */
  public static final ObjectCodec<IndicatorChange, IndicatorChange.Builder> INDICATOR_CHANGE =
      ObjectCodec.of(IndicatorChange.class, IndicatorChange::builder, IndicatorChange.Builder::build)
          .field(INDICATOR, OutcomeCodecs.LONG_TERM_INDICATOR, IndicatorChange::indicator,
              IndicatorChange.Builder::indicator)
          .field(TARGET, IndicatorCodecs.WINDOW_COMPARISON, IndicatorChange::target, IndicatorChange.Builder::target)
          .optional(COMPARATOR, IndicatorCodecs.WINDOW_COMPARISON, IndicatorChange::comparator,
              IndicatorChange.Builder::comparator)
          .field(MULTIPLIER, Scalars.REAL, IndicatorChange::multiplier, IndicatorChange.Builder::multiplier)
          .field(BASELINE_RATE, StatsCodecs.ESTIMATE, IndicatorChange::baselineRate, IndicatorChange.Builder::baselineRate)
          .field(FOLLOW_UP_RATE, StatsCodecs.ESTIMATE, IndicatorChange::followUpRate, IndicatorChange.Builder::followUpRate)
          .field(PERCENTAGE_CHANGE, StatsCodecs.ESTIMATE, IndicatorChange::percentageChange,
              IndicatorChange.Builder::percentageChange)
          .optional(DIFFERENCE_IN_DIFFERENCES, StatsCodecs.ESTIMATE, IndicatorChange::differenceInDifferences,
              IndicatorChange.Builder::differenceInDifferences)
          .optional(RATIO_OF_RATE_RATIOS, StatsCodecs.ESTIMATE, IndicatorChange::ratioOfRateRatios,
              IndicatorChange.Builder::ratioOfRateRatios)
          .field(VERDICT, StatsCodecs.COMPARISON_CODE, IndicatorChange::verdict, IndicatorChange.Builder::verdict)
          .optional(RELATIVE_VERDICT, StatsCodecs.COMPARISON_CODE, IndicatorChange::relativeVerdict,
              IndicatorChange.Builder::relativeVerdict)
          .optional(C2JsonNames.VERDICT_NOTE, Scalars.TEXT, IndicatorChange::verdictNote,
              IndicatorChange.Builder::verdictNote)
          .field(EVENTS_AVOIDED, StatsCodecs.ESTIMATE, IndicatorChange::eventsAvoided,
              IndicatorChange.Builder::eventsAvoided)
          .list(FINDINGS, RuleCodecs.FINDING, IndicatorChange::findings, IndicatorChange.Builder::findings)
          .build();

  /** An evaluation report; also the {@code evaluation_report} document. */
  public static final ObjectCodec<EvaluationReport, EvaluationReport.Builder> EVALUATION_REPORT =
      ObjectCodec.of(EvaluationReport.class, EvaluationReport::builder, EvaluationReport.Builder::build)
          .field(NEIGHBOURHOOD_ID, Scalars.TEXT, EvaluationReport::neighbourhoodId,
              EvaluationReport.Builder::neighbourhoodId)
          .field(NEIGHBOURHOOD_NAME, Scalars.TEXT, EvaluationReport::neighbourhoodName,
              EvaluationReport.Builder::neighbourhoodName)
          .field(AS_OF, Scalars.DATE, EvaluationReport::asOf, EvaluationReport.Builder::asOf)
          .field(STEPS, StepCodecs.STEP_ASSESSMENT, EvaluationReport::steps, EvaluationReport.Builder::steps)
          .list(TOP_PRIORITIES, Scalars.TEXT, EvaluationReport::topPriorities, EvaluationReport.Builder::topPriorities)
          .field(GOVERNANCE, RuleCodecs.RULE_REPORT, EvaluationReport::governance, EvaluationReport.Builder::governance)
          .list(C2JsonNames.GOVERNANCE_HISTORY, RuleCodecs.FINDING, EvaluationReport::governanceHistory,
              EvaluationReport.Builder::governanceHistory)
          .field(INTERMEDIATE_OUTCOMES, INTERMEDIATE_OUTCOME_MEASURES, EvaluationReport::intermediateOutcomes,
              EvaluationReport.Builder::intermediateOutcomes)
          .field(NETWORK_CHANGE, NetworkCodecs.NETWORK_CHANGE, EvaluationReport::networkChange,
              EvaluationReport.Builder::networkChange)
          .field(WEAK_CONNECTORS, NetworkCodecs.WEAK_CONNECTORS, EvaluationReport::weakConnectors,
              EvaluationReport.Builder::weakConnectors)
          .optional(BASELINE, IndicatorCodecs.STUDY_WINDOW, EvaluationReport::baseline, EvaluationReport.Builder::baseline)
          .optional(FOLLOW_UP, IndicatorCodecs.STUDY_WINDOW, EvaluationReport::followUp, EvaluationReport.Builder::followUp)
          .optional(COMPARATOR_ID, Scalars.TEXT, EvaluationReport::comparatorId, EvaluationReport.Builder::comparatorId)
          .list(INDICATOR_CHANGES, INDICATOR_CHANGE, EvaluationReport::indicatorChanges,
              EvaluationReport.Builder::indicatorChanges)
          .list(DATA_FINDINGS, RuleCodecs.FINDING, EvaluationReport::dataFindings, EvaluationReport.Builder::dataFindings)
          .optional(SAVINGS, SavingsCodecs.SAVINGS_ESTIMATE, EvaluationReport::savings, EvaluationReport.Builder::savings)
          .build();
}
