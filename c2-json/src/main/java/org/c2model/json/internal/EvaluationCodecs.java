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

import org.c2model.core.journey.AgeRange;
import org.c2model.core.journey.ServiceChangeKind;
import org.c2model.metrics.evaluation.EvaluationReport;
import org.c2model.metrics.evaluation.IndicatorChange;
import org.c2model.metrics.evaluation.IntermediateOutcomeMeasures;
import org.c2model.metrics.evaluation.IntermediateOutcomeMeasures.SurveyResult;

/**
 * The codecs of c2-metrics' {@code org.c2model.metrics.evaluation}: the write-only
 * {@code evaluation_report} document.
 * <p>
 * An evaluation report is computed by {@code Evaluation.builder()...build().run()} and offers no way
 * to build one from its parts, so c2 writes it for other systems and never reads it back. It is made
 * of the other reports, each written as its own codec writes it: the {@code steps} as a step
 * assessment, {@code governance} as findings, {@code networkChange} and {@code weakConnectors} as
 * the network codecs write them, every estimate as {@link StatsCodecs#ESTIMATE}, {@code savings} as
 * an invest-to-save estimate. Counts by kind, age range or reporting period are objects keyed by code
 * or period text ({@code "2010"}, {@code "2010-Q1"}, {@code "2010-01"}), in order.
 */
public final class EvaluationCodecs {

  private EvaluationCodecs() {}

  private static final String WRITE_ONLY = "an evaluation report is written, not read: recompute it with "
      + "Evaluation.builder()...build().run()";

  /** One survey measure's result; write-only. */
  public static final ObjectCodec<SurveyResult, Void> SURVEY_RESULT =
      ObjectCodec.writeOnly(SurveyResult.class, WRITE_ONLY)
          .field(SURVEY_ID, Scalars.TEXT, SurveyResult::surveyId, null)
          .field(DATE, Scalars.DATE, SurveyResult::date, null)
          .field(MEASURE, JourneyCodecs.SURVEY_MEASURE, SurveyResult::measure, null)
          .field(PERCENTAGE, StatsCodecs.ESTIMATE, SurveyResult::percentage, null)
          .build();

  /**
   * The intermediate outcomes measured; write-only. The totals, which c2-metrics derives from the
   * counts by period, are written too.
   */
  public static final ObjectCodec<IntermediateOutcomeMeasures, Void> INTERMEDIATE_OUTCOME_MEASURES =
      ObjectCodec.writeOnly(IntermediateOutcomeMeasures.class, WRITE_ONLY)
          .field(SERVICE_CHANGES, Scalars.INTEGER, IntermediateOutcomeMeasures::serviceChanges, null)
          .field(SERVICE_CHANGES_BY_KIND, Scalars.writeOnlyMap(ServiceChangeKind::code, Scalars.INTEGER, WRITE_ONLY),
              IntermediateOutcomeMeasures::serviceChangesByKind, null)
          .field(PERIOD_GRANULARITY, IndicatorCodecs.GRANULARITY, IntermediateOutcomeMeasures::periodGranularity, null)
          .field(SERVICE_CHANGES_BY_PERIOD, Scalars.writeOnlyMap(String::valueOf, Scalars.INTEGER, WRITE_ONLY),
              IntermediateOutcomeMeasures::serviceChangesByPeriod, null)
          .field(PUBLIC_MEETINGS, Scalars.INTEGER, IntermediateOutcomeMeasures::publicMeetings, null)
          .list(SURVEY_RESULTS, SURVEY_RESULT, IntermediateOutcomeMeasures::surveyResults, null)
          .field(RESIDENT_ACTIVITIES, Scalars.INTEGER, IntermediateOutcomeMeasures::residentActivities, null)
          .field(RESIDENT_ACTIVITIES_BY_AGE_RANGE, Scalars.writeOnlyMap(AgeRange::code, Scalars.INTEGER, WRITE_ONLY),
              IntermediateOutcomeMeasures::residentActivitiesByAgeRange, null)
          .field(RESIDENT_ACTIVITIES_BY_PERIOD, Scalars.writeOnlyMap(String::valueOf, Scalars.INTEGER, WRITE_ONLY),
              IntermediateOutcomeMeasures::residentActivitiesByPeriod, null)
          .build();

  /** The change of one long-term indicator, with its windows and estimates; write-only. */
  public static final ObjectCodec<IndicatorChange, Void> INDICATOR_CHANGE =
      ObjectCodec.writeOnly(IndicatorChange.class, WRITE_ONLY)
          .field(INDICATOR, OutcomeCodecs.LONG_TERM_INDICATOR, IndicatorChange::indicator, null)
          .field(TARGET, IndicatorCodecs.WINDOW_COMPARISON, IndicatorChange::target, null)
          .optional(COMPARATOR, IndicatorCodecs.WINDOW_COMPARISON, IndicatorChange::comparator, null)
          .field(MULTIPLIER, Scalars.REAL, IndicatorChange::multiplier, null)
          .field(BASELINE_RATE, StatsCodecs.ESTIMATE, IndicatorChange::baselineRate, null)
          .field(FOLLOW_UP_RATE, StatsCodecs.ESTIMATE, IndicatorChange::followUpRate, null)
          .field(PERCENTAGE_CHANGE, StatsCodecs.ESTIMATE, IndicatorChange::percentageChange, null)
          .optional(DIFFERENCE_IN_DIFFERENCES, StatsCodecs.ESTIMATE, IndicatorChange::differenceInDifferences, null)
          .optional(RATIO_OF_RATE_RATIOS, StatsCodecs.ESTIMATE, IndicatorChange::ratioOfRateRatios, null)
          .field(VERDICT, StatsCodecs.COMPARISON_CODE, IndicatorChange::verdict, null)
          .optional(RELATIVE_VERDICT, StatsCodecs.COMPARISON_CODE, IndicatorChange::relativeVerdict, null)
          .field(EVENTS_AVOIDED, StatsCodecs.ESTIMATE, IndicatorChange::eventsAvoided, null)
          .list(FINDINGS, RuleCodecs.FINDING, IndicatorChange::findings, null)
          .build();

  /** An evaluation report; also the write-only {@code evaluation_report} document. */
  public static final ObjectCodec<EvaluationReport, Void> EVALUATION_REPORT =
      ObjectCodec.writeOnly(EvaluationReport.class, WRITE_ONLY)
          .field(NEIGHBOURHOOD_ID, Scalars.TEXT, EvaluationReport::neighbourhoodId, null)
          .field(NEIGHBOURHOOD_NAME, Scalars.TEXT, EvaluationReport::neighbourhoodName, null)
          .field(AS_OF, Scalars.DATE, EvaluationReport::asOf, null)
          .field(STEPS, StepCodecs.STEP_ASSESSMENT, EvaluationReport::steps, null)
          .list(TOP_PRIORITIES, Scalars.TEXT, EvaluationReport::topPriorities, null)
          .field(GOVERNANCE, RuleCodecs.RULE_REPORT, EvaluationReport::governance, null)
          .field(INTERMEDIATE_OUTCOMES, INTERMEDIATE_OUTCOME_MEASURES, EvaluationReport::intermediateOutcomes, null)
          .field(NETWORK_CHANGE, NetworkCodecs.NETWORK_CHANGE, EvaluationReport::networkChange, null)
          .field(WEAK_CONNECTORS, NetworkCodecs.WEAK_CONNECTORS, EvaluationReport::weakConnectors, null)
          .optional(BASELINE, IndicatorCodecs.STUDY_WINDOW, EvaluationReport::baseline, null)
          .optional(FOLLOW_UP, IndicatorCodecs.STUDY_WINDOW, EvaluationReport::followUp, null)
          .optional(COMPARATOR_ID, Scalars.TEXT, EvaluationReport::comparatorId, null)
          .list(INDICATOR_CHANGES, INDICATOR_CHANGE, EvaluationReport::indicatorChanges, null)
          .list(DATA_FINDINGS, RuleCodecs.FINDING, EvaluationReport::dataFindings, null)
          .optional(SAVINGS, SavingsCodecs.SAVINGS_ESTIMATE, EvaluationReport::savings, null)
          .build();
}
