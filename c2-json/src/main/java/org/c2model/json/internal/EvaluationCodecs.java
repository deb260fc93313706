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
      Scalars.map(ReportingPeriod::toString, ReportingPeriod::parse, Scalars.INTEGER);

  /** One survey measure's result. */
  public static final ObjectCodec<SurveyResult, SurveyResult.Builder> SURVEY_RESULT =
      ObjectCodec.of(SurveyResult.class, SurveyResult::builder, SurveyResult.Builder::build)
          .field("surveyId", Scalars.TEXT, SurveyResult::surveyId, SurveyResult.Builder::surveyId)
          .field("date", Scalars.DATE, SurveyResult::date, SurveyResult.Builder::date)
          .field("measure", JourneyCodecs.SURVEY_MEASURE, SurveyResult::measure, SurveyResult.Builder::measure)
          .field("percentage", StatsCodecs.ESTIMATE, SurveyResult::percentage, SurveyResult.Builder::percentage)
          .optional("approximate", Scalars.BOOLEAN, r -> r.approximate() ? Optional.of(true) : Optional.empty(),
              (b, v) -> b.approximate(v))
          .build();

  /**
   * The intermediate outcomes measured. The totals, which c2-metrics derives from the counts by
   * period, are written too, and on reading must be those sums.
   */
  public static final ObjectCodec<IntermediateOutcomeMeasures, Derived<IntermediateOutcomeMeasures.Builder>>
      INTERMEDIATE_OUTCOME_MEASURES =
      ObjectCodec.of(IntermediateOutcomeMeasures.class, () -> new Derived<>(IntermediateOutcomeMeasures.builder()),
              EvaluationCodecs::measures)
          .field("serviceChanges", Scalars.INTEGER, IntermediateOutcomeMeasures::serviceChanges,
              (d, v) -> d.put("serviceChanges", v))
          .field("serviceChangesByKind",
              Scalars.map(ServiceChangeKind::code, Scalars.keyCodes(ServiceChangeKind.class, ServiceChangeKind::code),
                  Scalars.INTEGER),
              IntermediateOutcomeMeasures::serviceChangesByKind, (d, v) -> d.builder.serviceChangesByKind(v))
          .field("periodGranularity", IndicatorCodecs.GRANULARITY, IntermediateOutcomeMeasures::periodGranularity,
              (d, v) -> d.builder.periodGranularity(v))
          .field("serviceChangesByPeriod", COUNTS_BY_PERIOD, IntermediateOutcomeMeasures::serviceChangesByPeriod,
              (d, v) -> d.builder.serviceChangesByPeriod(v))
          .field("publicMeetings", Scalars.INTEGER, IntermediateOutcomeMeasures::publicMeetings,
              (d, v) -> d.builder.publicMeetings(v))
          .list("surveyResults", SURVEY_RESULT, IntermediateOutcomeMeasures::surveyResults,
              (d, v) -> d.builder.surveyResults(v))
          .field("residentActivities", Scalars.INTEGER, IntermediateOutcomeMeasures::residentActivities,
              (d, v) -> d.put("residentActivities", v))
          .field("residentActivitiesByAgeRange",
              Scalars.map(AgeRange::code, Scalars.keyCodes(AgeRange.class, AgeRange::code), Scalars.INTEGER),
              IntermediateOutcomeMeasures::residentActivitiesByAgeRange,
              (d, v) -> d.builder.residentActivitiesByAgeRange(v))
          .field("residentActivitiesByPeriod", COUNTS_BY_PERIOD, IntermediateOutcomeMeasures::residentActivitiesByPeriod,
              (d, v) -> d.builder.residentActivitiesByPeriod(v))
          .build();

  private static IntermediateOutcomeMeasures measures(Derived<IntermediateOutcomeMeasures.Builder> d) {
    IntermediateOutcomeMeasures m = d.builder.build();
    d.check(m, "serviceChanges", IntermediateOutcomeMeasures::serviceChanges);
    return d.check(m, "residentActivities", IntermediateOutcomeMeasures::residentActivities);
  }

  /** The change of one long-term indicator, with its windows and estimates. */
  public static final ObjectCodec<IndicatorChange, IndicatorChange.Builder> INDICATOR_CHANGE =
      ObjectCodec.of(IndicatorChange.class, IndicatorChange::builder, IndicatorChange.Builder::build)
          .field("indicator", OutcomeCodecs.LONG_TERM_INDICATOR, IndicatorChange::indicator,
              IndicatorChange.Builder::indicator)
          .field("target", IndicatorCodecs.WINDOW_COMPARISON, IndicatorChange::target, IndicatorChange.Builder::target)
          .optional("comparator", IndicatorCodecs.WINDOW_COMPARISON, IndicatorChange::comparator,
              IndicatorChange.Builder::comparator)
          .field("multiplier", Scalars.REAL, IndicatorChange::multiplier, IndicatorChange.Builder::multiplier)
          .field("baselineRate", StatsCodecs.ESTIMATE, IndicatorChange::baselineRate, IndicatorChange.Builder::baselineRate)
          .field("followUpRate", StatsCodecs.ESTIMATE, IndicatorChange::followUpRate, IndicatorChange.Builder::followUpRate)
          .field("percentageChange", StatsCodecs.ESTIMATE, IndicatorChange::percentageChange,
              IndicatorChange.Builder::percentageChange)
          .optional("differenceInDifferences", StatsCodecs.ESTIMATE, IndicatorChange::differenceInDifferences,
              IndicatorChange.Builder::differenceInDifferences)
          .optional("ratioOfRateRatios", StatsCodecs.ESTIMATE, IndicatorChange::ratioOfRateRatios,
              IndicatorChange.Builder::ratioOfRateRatios)
          .field("verdict", StatsCodecs.COMPARISON_CODE, IndicatorChange::verdict, IndicatorChange.Builder::verdict)
          .optional("relativeVerdict", StatsCodecs.COMPARISON_CODE, IndicatorChange::relativeVerdict,
              IndicatorChange.Builder::relativeVerdict)
          .optional("verdictNote", Scalars.TEXT, IndicatorChange::verdictNote,
              IndicatorChange.Builder::verdictNote)
          .field("eventsAvoided", StatsCodecs.ESTIMATE, IndicatorChange::eventsAvoided,
              IndicatorChange.Builder::eventsAvoided)
          .list("findings", RuleCodecs.FINDING, IndicatorChange::findings, IndicatorChange.Builder::findings)
          .build();

  /** An evaluation report; also the {@code evaluation_report} document. */
  public static final ObjectCodec<EvaluationReport, EvaluationReport.Builder> EVALUATION_REPORT =
      ObjectCodec.of(EvaluationReport.class, EvaluationReport::builder, EvaluationReport.Builder::build)
          .field("neighbourhoodId", Scalars.TEXT, EvaluationReport::neighbourhoodId,
              EvaluationReport.Builder::neighbourhoodId)
          .field("neighbourhoodName", Scalars.TEXT, EvaluationReport::neighbourhoodName,
              EvaluationReport.Builder::neighbourhoodName)
          .field("asOf", Scalars.DATE, EvaluationReport::asOf, EvaluationReport.Builder::asOf)
          .field("steps", StepCodecs.STEP_ASSESSMENT, EvaluationReport::steps, EvaluationReport.Builder::steps)
          .list("topPriorities", Scalars.TEXT, EvaluationReport::topPriorities, EvaluationReport.Builder::topPriorities)
          .field("governance", RuleCodecs.RULE_REPORT, EvaluationReport::governance, EvaluationReport.Builder::governance)
          .list("governanceHistory", RuleCodecs.FINDING, EvaluationReport::governanceHistory,
              EvaluationReport.Builder::governanceHistory)
          .field("intermediateOutcomes", INTERMEDIATE_OUTCOME_MEASURES, EvaluationReport::intermediateOutcomes,
              EvaluationReport.Builder::intermediateOutcomes)
          .field("networkChange", NetworkCodecs.NETWORK_CHANGE, EvaluationReport::networkChange,
              EvaluationReport.Builder::networkChange)
          .field("weakConnectors", NetworkCodecs.WEAK_CONNECTORS, EvaluationReport::weakConnectors,
              EvaluationReport.Builder::weakConnectors)
          .optional("baseline", IndicatorCodecs.STUDY_WINDOW, EvaluationReport::baseline, EvaluationReport.Builder::baseline)
          .optional("followUp", IndicatorCodecs.STUDY_WINDOW, EvaluationReport::followUp, EvaluationReport.Builder::followUp)
          .optional("comparatorId", Scalars.TEXT, EvaluationReport::comparatorId, EvaluationReport.Builder::comparatorId)
          .list("indicatorChanges", INDICATOR_CHANGE, EvaluationReport::indicatorChanges,
              EvaluationReport.Builder::indicatorChanges)
          .list("dataFindings", RuleCodecs.FINDING, EvaluationReport::dataFindings, EvaluationReport.Builder::dataFindings)
          .optional("savings", SavingsCodecs.SAVINGS_ESTIMATE, EvaluationReport::savings, EvaluationReport.Builder::savings)
          .build();
}
