package org.c2model.json.internal;


import java.util.Map;
import java.util.Optional;
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
      Scalars.map(IndicatorCodecs.REPORTING_PERIOD, ReportingPeriod::toString, ReportingPeriod::parse,
          Scalars.COUNT);

  /** One survey measure's result. */
  public static final ObjectCodec<SurveyResult, SurveyResult.Builder> SURVEY_RESULT =
      ObjectCodec.of(SurveyResult.class, SurveyResult::builder, SurveyResult.Builder::build)
          .describedAs("One survey measure's result.")
          .field("surveyId", Scalars.ID, SurveyResult::surveyId, SurveyResult.Builder::surveyId)
          .doc("The id of the survey activity.")
          .field("date", Scalars.DATE, SurveyResult::date, SurveyResult.Builder::date)
          .doc("The day the survey closed.")
          .field("measure", JourneyCodecs.SURVEY_MEASURE, SurveyResult::measure, SurveyResult.Builder::measure)
          .field("percentage", StatsCodecs.ESTIMATE, SurveyResult::percentage, SurveyResult.Builder::percentage)
          .doc("The percentage answering positively, with its Wilson interval.")
          .optional("approximate", Scalars.BOOLEAN, r -> r.approximate() ? Optional.of(true) : Optional.empty(),
              (b, v) -> b.approximate(v))
          .doc("True when the count behind the percentage approximates the source's words rather than counting "
              + "answers; written only when true.")
          .build();

  /**
   * The intermediate outcomes measured. The totals, which c2-metrics derives from the counts by
   * period, are written too, and on reading must be those sums.
   */
  public static final ObjectCodec<IntermediateOutcomeMeasures, Derived<IntermediateOutcomeMeasures.Builder>>
      INTERMEDIATE_OUTCOME_MEASURES =
      ObjectCodec.of(IntermediateOutcomeMeasures.class, () -> new Derived<>(IntermediateOutcomeMeasures.builder()),
              EvaluationCodecs::measures)
          .describedAs("The three intermediate outcomes of the journey, measured (docs/c2-model.md section 5).")
          .field("serviceChanges", Scalars.INTEGER, IntermediateOutcomeMeasures::serviceChanges,
              (d, v) -> d.put("serviceChanges", v))
          .doc("Service changes in all (outcome 1).")
          .constrain("minimum", 0)
          .field("serviceChangesByKind",
              Scalars.byCode(ServiceChangeKind.class, JourneyCodecs.SERVICE_CHANGE_KIND, Scalars.COUNT),
              IntermediateOutcomeMeasures::serviceChangesByKind, (d, v) -> d.builder.serviceChangesByKind(v))
          .doc("Service changes by kind, in kind order; kinds without changes left out.")
          .field("periodGranularity", IndicatorCodecs.GRANULARITY, IntermediateOutcomeMeasures::periodGranularity,
              (d, v) -> d.builder.periodGranularity(v))
          .doc("The length of the reporting periods the counts by period are keyed by.")
          .field("serviceChangesByPeriod", COUNTS_BY_PERIOD, IntermediateOutcomeMeasures::serviceChangesByPeriod,
              (d, v) -> d.builder.serviceChangesByPeriod(v))
          .doc("Service changes by reporting period of the periodGranularity, ascending; periods without "
              + "changes left out.")
          .field("publicMeetings", Scalars.INTEGER, IntermediateOutcomeMeasures::publicMeetings,
              (d, v) -> d.builder.publicMeetings(v))
          .doc("Public partnership meetings held (outcome 2).")
          .constrain("minimum", 0)
          .list("surveyResults", SURVEY_RESULT, IntermediateOutcomeMeasures::surveyResults,
              (d, v) -> d.builder.surveyResults(v))
          .doc("Community survey results (outcome 2), one per survey and measure, in date order.")
          .field("residentActivities", Scalars.INTEGER, IntermediateOutcomeMeasures::residentActivities,
              (d, v) -> d.put("residentActivities", v))
          .doc("Resident-organised activities in all (outcome 3).")
          .constrain("minimum", 0)
          .field("residentActivitiesByAgeRange",
              Scalars.byCode(AgeRange.class, JourneyCodecs.AGE_RANGE, Scalars.COUNT),
              IntermediateOutcomeMeasures::residentActivitiesByAgeRange,
              (d, v) -> d.builder.residentActivitiesByAgeRange(v))
          .doc("Resident-organised activities serving each age range, in age-range order; an activity serving "
              + "two counts in both.")
          .field("residentActivitiesByPeriod", COUNTS_BY_PERIOD, IntermediateOutcomeMeasures::residentActivitiesByPeriod,
              (d, v) -> d.builder.residentActivitiesByPeriod(v))
          .doc("Resident-organised activities by reporting period of the periodGranularity, ascending; periods "
              + "without activities left out.")
          .build();

  private static IntermediateOutcomeMeasures measures(Derived<IntermediateOutcomeMeasures.Builder> d) {
    IntermediateOutcomeMeasures m = d.builder.build();
    d.check(m, "serviceChanges", IntermediateOutcomeMeasures::serviceChanges);
    return d.check(m, "residentActivities", IntermediateOutcomeMeasures::residentActivities);
  }

  /** The change of one long-term indicator, with its windows and estimates. */
  public static final ObjectCodec<IndicatorChange, IndicatorChange.Builder> INDICATOR_CHANGE =
      ObjectCodec.of(IndicatorChange.class, IndicatorChange::builder, IndicatorChange.Builder::build)
          .describedAs("The change in one long-term indicator between the baseline and follow-up windows.")
          .field("indicator", OutcomeCodecs.LONG_TERM_INDICATOR, IndicatorChange::indicator,
              IndicatorChange.Builder::indicator)
          .field("target", IndicatorCodecs.WINDOW_COMPARISON, IndicatorChange::target, IndicatorChange.Builder::target)
          .doc("The neighbourhood's totals.")
          .optional("comparator", IndicatorCodecs.WINDOW_COMPARISON, IndicatorChange::comparator,
              IndicatorChange.Builder::comparator)
          .doc("The comparator's totals; absent without a comparator.")
          .field("multiplier", Scalars.REAL, IndicatorChange::multiplier, IndicatorChange.Builder::multiplier)
          .doc("The rates' multiplier, such as 1000.0 for per 1,000; 1.0 for counts per year of window.")
          .field("baselineRate", StatsCodecs.ESTIMATE, IndicatorChange::baselineRate, IndicatorChange.Builder::baselineRate)
          .field("followUpRate", StatsCodecs.ESTIMATE, IndicatorChange::followUpRate, IndicatorChange.Builder::followUpRate)
          .field("percentageChange", StatsCodecs.ESTIMATE, IndicatorChange::percentageChange,
              IndicatorChange.Builder::percentageChange)
          .optional("differenceInDifferences", StatsCodecs.ESTIMATE, IndicatorChange::differenceInDifferences,
              IndicatorChange.Builder::differenceInDifferences)
          .doc("Against the comparator; absent without one.")
          .optional("ratioOfRateRatios", StatsCodecs.ESTIMATE, IndicatorChange::ratioOfRateRatios,
              IndicatorChange.Builder::ratioOfRateRatios)
          .doc("Against the comparator; absent without one.")
          .field("verdict", StatsCodecs.COMPARISON_CODE, IndicatorChange::verdict, IndicatorChange.Builder::verdict)
          .doc("From the percentage change's interval against zero.")
          .optional("relativeVerdict", StatsCodecs.COMPARISON_CODE, IndicatorChange::relativeVerdict,
              IndicatorChange.Builder::relativeVerdict)
          .doc("From the ratio of rate ratios against one; absent without a comparator.")
          .optional("verdictNote", Scalars.TEXT, IndicatorChange::verdictNote,
              IndicatorChange.Builder::verdictNote)
          .doc("Why there is no better/worse verdict: too early to judge for the indicator's horizon, or an "
              + "ambiguous direction; absent when the verdict is a judgement.")
          .field("eventsAvoided", StatsCodecs.ESTIMATE, IndicatorChange::eventsAvoided,
              IndicatorChange.Builder::eventsAvoided)
          .doc("Events avoided in the follow-up window; negative when the indicator got worse.")
          .list("findings", RuleCodecs.FINDING, IndicatorChange::findings, IndicatorChange.Builder::findings)
          .doc("Findings about the data of the windows.")
          .build();

  /** An evaluation report; also the {@code evaluation_report} document. */
  public static final ObjectCodec<EvaluationReport, EvaluationReport.Builder> EVALUATION_REPORT =
      ObjectCodec.of(EvaluationReport.class, EvaluationReport::builder, EvaluationReport.Builder::build)
          .describedAs("The evaluation of one C2 neighbourhood as of a date (docs/c2-model.md sections 2, 4 and 5): "
              + "steps, top priorities, governance, intermediate outcomes, network change and weak connectors, "
              + "long-term indicator changes with their intervals, and the invest-to-save case. Computed by c2 "
              + "with Evaluation.run(); stored and read back, checked (every part dated asOf, indicator changes "
              + "in the report's windows, counts by period of one granularity, totals agreeing with their "
              + "parts, the invest-to-save case agreeing with its appraisal). It uses the definitions of "
              + "findings, step_assessment, journey, indicator_catalogue, unit_cost_table and weak_connectors "
              + "schemas, which a validator must be given alongside this schema.")
          .field("neighbourhoodId", Scalars.ID, EvaluationReport::neighbourhoodId,
              EvaluationReport.Builder::neighbourhoodId)
          .field("neighbourhoodName", Scalars.TEXT, EvaluationReport::neighbourhoodName,
              EvaluationReport.Builder::neighbourhoodName)
          .field("asOf", Scalars.DATE, EvaluationReport::asOf, EvaluationReport.Builder::asOf)
          .doc("The date the evaluation is as of.")
          .field("steps", StepCodecs.STEP_ASSESSMENT, EvaluationReport::steps, EvaluationReport.Builder::steps)
          .list("topPriorities", Scalars.TEXT, EvaluationReport::topPriorities, EvaluationReport.Builder::topPriorities)
          .doc("The top priorities residents chose at the latest prioritised listening event, best first; "
              + "empty when none was.")
          .field("governance", RuleCodecs.RULE_REPORT, EvaluationReport::governance, EvaluationReport.Builder::governance)
          .doc("The governance findings on the board as it stood on asOf.")
          .list("governanceHistory", RuleCodecs.FINDING, EvaluationReport::governanceHistory,
              EvaluationReport.Builder::governanceHistory)
          .doc("Every span, up to asOf, in which a governance rule failed, with its dates and causes, as "
              + "findings dated at their start.")
          .field("intermediateOutcomes", INTERMEDIATE_OUTCOME_MEASURES, EvaluationReport::intermediateOutcomes,
              EvaluationReport.Builder::intermediateOutcomes)
          .field("networkChange", NetworkCodecs.NETWORK_CHANGE, EvaluationReport::networkChange,
              EvaluationReport.Builder::networkChange)
          .field("weakConnectors", NetworkCodecs.WEAK_CONNECTORS, EvaluationReport::weakConnectors,
              EvaluationReport.Builder::weakConnectors)
          .optional("baseline", IndicatorCodecs.STUDY_WINDOW, EvaluationReport::baseline, EvaluationReport.Builder::baseline)
          .doc("The baseline window of the indicators; absent when none could be set.")
          .optional("followUp", IndicatorCodecs.STUDY_WINDOW, EvaluationReport::followUp, EvaluationReport.Builder::followUp)
          .doc("The follow-up window of the indicators; absent when none could be set.")
          .optional("comparatorId", Scalars.ID, EvaluationReport::comparatorId, EvaluationReport.Builder::comparatorId)
          .doc("The comparator neighbourhood's id; absent without one.")
          .list("indicatorChanges", INDICATOR_CHANGE, EvaluationReport::indicatorChanges,
              EvaluationReport.Builder::indicatorChanges)
          .doc("The change of each indicator with data in both windows, in catalogue order.")
          .list("dataFindings", RuleCodecs.FINDING, EvaluationReport::dataFindings, EvaluationReport.Builder::dataFindings)
          .doc("Findings about the indicator data and windows: windows cut at asOf, low coverage, unknown "
              + "indicators, areas without observations, observations outside the windows, other boundary "
              + "vintages, mixed vintages, gaps, overlaps.")
          .optional("savings", SavingsCodecs.SAVINGS_ESTIMATE, EvaluationReport::savings, EvaluationReport.Builder::savings)
          .doc("The invest-to-save case; absent without unit costs.")
          .build();
}
