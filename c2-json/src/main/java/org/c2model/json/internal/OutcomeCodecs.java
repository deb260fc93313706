package org.c2model.json.internal;


import org.c2model.core.outcome.Horizon;
import org.c2model.core.outcome.Improvement;
import org.c2model.core.outcome.IndicatorCatalogue;
import org.c2model.core.outcome.IndicatorGroup;
import org.c2model.core.outcome.IntermediateOutcome;
import org.c2model.core.outcome.LongTermIndicator;
import org.c2model.core.outcome.MeasureType;
import org.c2model.core.outcome.OutcomeLink;
import org.c2model.core.outcome.OutcomesFramework;

/**
 * The codecs of {@code org.c2model.core.outcome}: the {@code indicator_catalogue} and
 * {@code outcomes_framework} documents.
 * <p>
 * The outcome mapping is the {@code outcomes_framework} document, which holds its indicators and its
 * links side by side, {@code "indicators": [...], "links": [...]}: a link must name an indicator of
 * the catalogue it is read with, so a mapping never travels without one. A council extending the
 * catalogue edits one file, appending its indicators and the links to them, and the reader checks
 * both together (an unknown or repeated link fails at {@code /links/i/indicatorId}). The catalogue
 * alone, for the metrics engine, is the {@code indicator_catalogue} document, of the same indicators.
 */
public final class OutcomeCodecs {

  private OutcomeCodecs() {}

  /** A Table 2 group as its lower-cased name, such as {@code "directly_costable"}. */
  public static final Codec<IndicatorGroup> INDICATOR_GROUP =
      Scalars.codes(IndicatorGroup.class, "The group of Table 2 of the paper.");
  /** A measure type as its lower-cased name, such as {@code "crude_rate"}. */
  public static final Codec<MeasureType> MEASURE_TYPE_CODE =
      Scalars.codes(MeasureType.class, "How the indicator is measured.");
  /** A direction of improvement as its lower-cased name, such as {@code "lower_is_better"}. */
  public static final Codec<Improvement> IMPROVEMENT_CODE =
      Scalars.codes(Improvement.class,
          "The direction of change that counts as improvement; ambiguous when neither is plainly better "
          + "(such as recorded domestic violence), which gets no better/worse verdict.");
  /** A horizon as its lower-cased name, such as {@code "within_a_year"}. */
  public static final Codec<Horizon> HORIZON_CODE =
      Scalars.codes(Horizon.class, "When the indicator is expected to move after the partnership starts.");
  /** An intermediate outcome as its code, such as {@code "service_changes"}. */
  public static final Codec<IntermediateOutcome> INTERMEDIATE_OUTCOME =
      Scalars.codes(IntermediateOutcome.class, "An intermediate outcome of the paper.");

  /** A long-term indicator. */
  public static final ObjectCodec<LongTermIndicator, LongTermIndicator.Builder> LONG_TERM_INDICATOR =
      ObjectCodec.of(LongTermIndicator.class, LongTermIndicator::builder, b -> b.build())
          .describedAs("A long-term indicator agencies already collect.")
          .field("id", Scalars.ID, LongTermIndicator::id, (b, v) -> b.id(v))
          .constrain("pattern", "^[a-z0-9]+(-[a-z0-9]+)*$")
          .field("name", Scalars.TEXT, LongTermIndicator::name, (b, v) -> b.name(v))
          .field("group", INDICATOR_GROUP, LongTermIndicator::group, (b, v) -> b.group(v))
          .field("measureType", MEASURE_TYPE_CODE, LongTermIndicator::measureType, (b, v) -> b.measureType(v))
          .field("improvement", IMPROVEMENT_CODE, LongTermIndicator::improvement, (b, v) -> b.improvement(v))
          .field("horizon", HORIZON_CODE, LongTermIndicator::horizon, (b, v) -> b.horizon(v))
          .optional("fingertipsId", Scalars.INTEGER, LongTermIndicator::fingertipsId, (b, v) -> b.fingertipsId(v))
          .doc("The OHID Fingertips IndicatorID of the nearest published indicator; absent or null when none.")
          .constrain("minimum", 1)
          .optional("policeUkCategory", Scalars.TEXT, LongTermIndicator::policeUkCategory,
              (b, v) -> b.policeUkCategory(v))
          .doc("The police.uk street-level crime category; absent or null when none.")
          .build();

  /** A catalogue of indicators; also the {@code indicator_catalogue} document. */
  public static final ObjectCodec<IndicatorCatalogue, Values> INDICATOR_CATALOGUE =
      ObjectCodec.of(IndicatorCatalogue.class, Values::new, v -> IndicatorCatalogue.of(v.<LongTermIndicator>list("indicators")))
          .describedAs("A catalogue of long-term indicators, in order; ids unique. A council extends the standard "
              + "catalogue by appending its own indicators.")
          .list("indicators", LONG_TERM_INDICATOR, IndicatorCatalogue::indicators, (b, v) -> b.put("indicators", v))
          .doc("The indicators, ids unique.")
          .build();

  /** A link from an intermediate outcome to an indicator. */
  public static final ObjectCodec<OutcomeLink, Values> OUTCOME_LINK =
      ObjectCodec.of(OutcomeLink.class, Values::new,
          v -> OutcomeLink.of(v.<IntermediateOutcome>get("outcome"), v.get("indicatorId"), v.get("rationale")))
          .describedAs("A link from an intermediate outcome to a long-term indicator it is expected to drive.")
          .field("outcome", INTERMEDIATE_OUTCOME, OutcomeLink::outcome, (b, v) -> b.put("outcome", v))
          .field("indicatorId", Scalars.ID, OutcomeLink::indicatorId, (b, v) -> b.put("indicatorId", v))
          .doc("The id of an indicator of this document.")
          .constrain("pattern", "^[a-z0-9]+(-[a-z0-9]+)*$")
          .field("rationale", Scalars.TEXT, OutcomeLink::rationale, (b, v) -> b.put("rationale", v))
          .build();

  /**
   * An outcomes framework, its catalogue's indicators and its links side by side; also the
   * {@code outcomes_framework} document.
   */
  public static final ObjectCodec<OutcomesFramework, Values> OUTCOMES_FRAMEWORK =
      ObjectCodec.of(OutcomesFramework.class, Values::new, v -> OutcomesFramework.of(
          IndicatorCatalogue.of(v.<LongTermIndicator>list("indicators")), v.<OutcomeLink>list("links")))
          .describedAs("The outcome mapping: the indicators of a catalogue and the links from each intermediate "
              + "outcome to the indicators it is expected to drive. Every link names an indicator of this "
              + "document, and an outcome links to an indicator at most once. A council extends it by appending "
              + "indicators and links. Indicators are described by indicator_catalogue.schema.json, which a "
              + "validator must be given alongside this schema.")
          .list("indicators", LONG_TERM_INDICATOR, f -> f.catalogue().indicators(), (b, v) -> b.put("indicators", v))
          .doc("The catalogue's indicators, ids unique.")
          .list("links", OUTCOME_LINK, OutcomesFramework::links, (b, v) -> b.put("links", v))
          .doc("The links, in order.")
          .build();
}
