package org.c2model.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.List;

/**
 * Turns codecs into Jackson serializers and deserializers. A value of a document kind written or
 * read as the root value of the JSON text is a document, with the {@code c2}/{@code kind} header;
 * nested, it is written and read without one.
 */
public final class Adapters {

  private Adapters() {}

  /**
   * Every codec the module registers: each c2 type that may appear in a document. Not the codecs of
   * JDK types ({@code Scalars.DECIMAL}, {@code Scalars.CURRENCY}, {@code Scalars.REAL}, the maps), which would change how a mapper
   * writes every {@code BigDecimal}, nor those of a common type ({@code JourneyCodecs.ACTIVITY}),
   * which Jackson would bypass for the runtime class.
   */
  public static final List<Codec<?>> ALL = List.of(
      PlaceCodecs.AREA_CODE,
      PlaceCodecs.NEIGHBOURHOOD,
      PartnershipCodecs.SECTOR_CODE,
      PartnershipCodecs.JOIN_METHOD,
      PartnershipCodecs.OFFICER_ROLE,
      PartnershipCodecs.AGENCY_CODEC,
      PartnershipCodecs.RESIDENT,
      PartnershipCodecs.AGENCY_REPRESENTATIVE,
      PartnershipCodecs.MEMBERSHIP,
      PartnershipCodecs.OFFICER_TERM,
      PartnershipCodecs.PARTNERSHIP,
      RuleCodecs.RULE_ID_CODEC,
      RuleCodecs.PATH_CODEC,
      RuleCodecs.SEVERITY_CODE,
      RuleCodecs.FINDING,
      RuleCodecs.RULE_REPORT,
      RuleCodecs.RULE_THRESHOLDS,
      CoreCodecs.MONEY,
      JourneyCodecs.INVITATION_METHOD,
      JourneyCodecs.AGE_RANGE,
      JourneyCodecs.ASSET_KIND,
      JourneyCodecs.MEETING_KIND,
      JourneyCodecs.MEETING_CHANNEL,
      JourneyCodecs.SERVICE_CHANGE_KIND,
      JourneyCodecs.QUESTION_CODE,
      JourneyCodecs.RESPONSE,
      JourneyCodecs.DOT_VOTE,
      JourneyCodecs.DOT_VOTING,
      JourneyCodecs.RANKED_BALLOT,
      JourneyCodecs.RANKED_BALLOTS,
      JourneyCodecs.MEASURABLE_OUTCOME,
      JourneyCodecs.SCOPING_VISIT,
      JourneyCodecs.NEIGHBOURHOOD_WALKABOUT,
      JourneyCodecs.CONNECTING_WORKSHOP,
      JourneyCodecs.COMMUNITY_ASSET_MAPPED,
      JourneyCodecs.VISION_WORKSHOP,
      JourneyCodecs.EXCHANGE_VISIT,
      JourneyCodecs.LISTENING_EVENT,
      JourneyCodecs.FEEDBACK_REPORT,
      JourneyCodecs.FOLLOW_UP_EVENT,
      JourneyCodecs.PARTNERSHIP_CONSTITUTED,
      JourneyCodecs.PARTNERSHIP_MEETING,
      JourneyCodecs.NEWSLETTER,
      JourneyCodecs.MEDIA_COVERAGE,
      JourneyCodecs.CELEBRATED_WIN,
      JourneyCodecs.RESIDENT_ACTIVITY,
      JourneyCodecs.SERVICE_CHANGE,
      JourneyCodecs.OWN_VENUE_SECURED,
      JourneyCodecs.NEW_FUNDING_SOURCE,
      JourneyCodecs.STAFF_EMPLOYED,
      JourneyCodecs.COMMUNITY_ACTION_PLAN,
      JourneyCodecs.SURVEY_MEASURE,
      JourneyCodecs.SURVEY_ITEM,
      JourneyCodecs.COMMUNITY_SURVEY,
      JourneyCodecs.INTRODUCTION,
      JourneyCodecs.JOURNEY,
      StepCodecs.STEP_CODE,
      StepCodecs.CRITERION_ID,
      StepCodecs.EVIDENCE_CODEC,
      StepCodecs.CRITERION_RESULT,
      StepCodecs.STEP_RESULT,
      StepCodecs.STEP_ASSESSMENT,
      OutcomeCodecs.INDICATOR_GROUP,
      OutcomeCodecs.MEASURE_TYPE_CODE,
      OutcomeCodecs.IMPROVEMENT_CODE,
      OutcomeCodecs.HORIZON_CODE,
      OutcomeCodecs.INTERMEDIATE_OUTCOME,
      OutcomeCodecs.LONG_TERM_INDICATOR,
      OutcomeCodecs.INDICATOR_CATALOGUE,
      OutcomeCodecs.OUTCOME_LINK,
      OutcomeCodecs.OUTCOMES_FRAMEWORK,
      SavingsCodecs.PRICE_YEAR_CODEC,
      SavingsCodecs.AGENCY_CODE,
      SavingsCodecs.VALUE_TYPE_CODE,
      SavingsCodecs.UNIT_COST,
      SavingsCodecs.UNIT_COST_TABLE,
      SavingsCodecs.ADJUSTMENTS_CODEC,
      SavingsCodecs.AVOIDED_EVENTS_CODEC,
      SavingsCodecs.INVESTMENT,
      SavingsCodecs.SAVINGS_APPRAISAL,
      SavingsCodecs.SAVINGS_LINE,
      SavingsCodecs.SAVINGS_ESTIMATE,
      StatsCodecs.CONFIDENCE_LEVEL,
      StatsCodecs.COMPARISON_CODE,
      StatsCodecs.ESTIMATE,
      IndicatorCodecs.REPORTING_PERIOD,
      IndicatorCodecs.STUDY_WINDOW,
      IndicatorCodecs.WINDOW_TOTALS,
      IndicatorCodecs.WINDOW_COMPARISON,
      NetworkCodecs.AFFILIATION_CODE,
      NetworkCodecs.CANDIDATE_REASON_CODE,
      NetworkCodecs.WEAK_CONNECTOR_THRESHOLDS,
      NetworkCodecs.NETWORK_SUMMARY,
      NetworkCodecs.NETWORK_CHANGE,
      NetworkCodecs.PERSON_MEASURES,
      NetworkCodecs.WEAK_CONNECTOR_CANDIDATE,
      NetworkCodecs.WEAK_CONNECTORS,
      EvaluationCodecs.SURVEY_RESULT,
      EvaluationCodecs.INTERMEDIATE_OUTCOME_MEASURES,
      EvaluationCodecs.INDICATOR_CHANGE,
      EvaluationCodecs.EVALUATION_REPORT,
      ProgrammeCodecs.CHANGE_CATEGORY_CODE,
      ProgrammeCodecs.REPORT_CHANGE,
      ProgrammeCodecs.REPORT_CHANGES);

  /**
   * Obtains the serializer of a codec.
   *
   * @param <T>  the type
   * @param codec  the codec, not null
   * @param kind  the document kind code when the type is a document, or null
   * @return the serializer, not null
   */
  public static <T> JsonSerializer<T> serializer(Codec<T> codec, String kind) {
    return new CodecSerializer<>(codec, kind);
  }

  /**
   * Obtains the deserializer of a codec.
   *
   * @param <T>  the type
   * @param codec  the codec, not null
   * @param kind  the document kind code when the type is a document, or null
   * @return the deserializer, not null
   */
  public static <T> JsonDeserializer<T> deserializer(Codec<T> codec, String kind) {
    return new CodecDeserializer<>(codec, kind);
  }

  private static final class CodecSerializer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;
    /** Codecs are not serializable; serializers are never serialized in practice. */
    private final transient Codec<T> codec;
    private final String kind;

    CodecSerializer(Codec<T> codec, String kind) {
      super(codec.type());
      this.codec = codec;
      this.kind = kind;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
      if (kind != null && codec instanceof ObjectCodec && g.getOutputContext().inRoot()) {
        g.writeStartObject(value);
        g.writeStringField("c2", JsonIn.FORMAT_VERSION);
        g.writeStringField("kind", kind);
        ((ObjectCodec<T, ?>) codec).writeFields(value, g);
        g.writeEndObject();
      } else {
        codec.write(value, g);
      }
    }
  }

  private static final class CodecDeserializer<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    /** Codecs are not serializable; deserializers are never serialized in practice. */
    private final transient Codec<T> codec;
    private final String kind;

    CodecDeserializer(Codec<T> codec, String kind) {
      super(codec.type());
      this.codec = codec;
      this.kind = kind;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonIn in = new JsonIn(p, ctxt);
      if (kind != null && codec instanceof ObjectCodec && in.atRootObject()) {
        return in.readDocument((ObjectCodec<T, ?>) codec, kind);
      }
      return codec.read(in);
    }
  }
}
