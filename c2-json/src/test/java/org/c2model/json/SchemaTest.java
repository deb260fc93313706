package org.c2model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.c2model.core.journey.Activity;
import org.c2model.core.journey.AgeRange;
import org.c2model.core.journey.AssetKind;
import org.c2model.core.journey.InvitationMethod;
import org.c2model.core.journey.MeetingKind;
import org.c2model.core.journey.ServiceChangeKind;
import org.c2model.core.journey.SurveyMeasure;
import org.c2model.core.listening.Question;
import org.c2model.core.outcome.Horizon;
import org.c2model.core.outcome.Improvement;
import org.c2model.core.outcome.IndicatorGroup;
import org.c2model.core.outcome.IntermediateOutcome;
import org.c2model.core.outcome.MeasureType;
import org.c2model.core.partnership.JoinMethod;
import org.c2model.core.partnership.OfficerRole;
import org.c2model.core.partnership.Sector;
import org.c2model.core.rule.Severity;
import org.c2model.core.step.Criterion;
import org.c2model.core.step.Step;
import org.c2model.metrics.network.Affiliation;
import org.c2model.metrics.network.CandidateReason;
import org.c2model.metrics.savings.ValueType;
import org.c2model.metrics.stats.Comparison;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shipped JSON Schemas (draft 2020-12), which {@code SchemaGenerator} writes from the codecs,
 * checked with the networknt validator: each is a valid schema, and the golden file and a sample of
 * generated documents of its kind validate against it. Each schema stands alone: every type it uses
 * is in its own {@code $defs}.
 */
class SchemaTest {

  private static final ObjectMapper TREES = new ObjectMapper();
  /** No mapping of ids to files: each generated schema stands alone. */
  private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
  private static final int SAMPLE = 200;

  static Stream<DocumentKind<?>> kinds() {
    return DocumentKind.all().stream();
  }

  private static JsonSchema schema(DocumentKind<?> kind) {
    return FACTORY.getSchema(kind.schema());
  }

  private static String golden(DocumentKind<?> kind) throws IOException {
    try (InputStream in = SchemaTest.class.getResourceAsStream("/org/c2model/json/golden/" + kind.code() + ".json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static void assertValid(JsonSchema schema, String json) throws IOException {
    Set<ValidationMessage> errors = schema.validate(TREES.readTree(json));
    assertTrue(errors.isEmpty(), () -> errors + "\n" + json);
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void schema_isAValidDraft202012Schema(DocumentKind<?> kind) throws IOException {
    JsonSchema meta = FACTORY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    JsonNode schema = TREES.readTree(kind.schema());
    Set<ValidationMessage> errors = meta.validate(schema);
    assertTrue(errors.isEmpty(), errors::toString);
    assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asText());
    assertEquals(kind.code(), schema.at("/properties/kind/const").asText());
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void goldenFile_validatesAgainstItsSchema(DocumentKind<?> kind) throws IOException {
    assertValid(schema(kind), golden(kind));
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void generatedDocuments_validateAgainstTheirSchema(DocumentKind<?> kind) throws IOException {
    JsonSchema schema = schema(kind);
    List<Object> sample = DomainArbitraries.forKind(kind).map(Object.class::cast).sampleStream().limit(SAMPLE)
        .collect(Collectors.toList());
    for (Object document : sample) {
      assertValid(schema, C2Json.write(document));
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void schema_rejectsWhatTheReaderRejectsInTheHeaderAndUnknownProperties(DocumentKind<?> kind) throws IOException {
    JsonSchema schema = schema(kind);
    List<JsonNode> broken = new ArrayList<>();
    for (String field : new String[] {"c2", "kind"}) {
      ObjectNode doc = (ObjectNode) TREES.readTree(golden(kind));
      doc.remove(field);
      broken.add(doc);
    }
    ObjectNode newer = (ObjectNode) TREES.readTree(golden(kind));
    broken.add(newer.put("c2", "2.0"));
    ObjectNode unknown = (ObjectNode) TREES.readTree(golden(kind));
    broken.add(unknown.put("unexpectedProperty", 1));
    for (JsonNode doc : broken) {
      assertFalse(schema.validate(doc).isEmpty(), doc::toString);
    }
  }

  @Test
  void schemas_listTheCodesOfTheJavaEnums() throws IOException {
    JsonNode partnership = TREES.readTree(DocumentKind.PARTNERSHIP.schema());
    assertEquals(codes(Sector.values(), Sector::code), texts(partnership.at("/$defs/sector/enum")));
    assertEquals(codes(JoinMethod.values(), JoinMethod::code), texts(partnership.at("/$defs/joinMethod/enum")));
    assertEquals(codes(OfficerRole.values(), OfficerRole::code), texts(partnership.at("/$defs/officerRole/enum")));
    JsonNode thresholds = TREES.readTree(DocumentKind.RULE_THRESHOLDS.schema());
    assertEquals(codes(Sector.values(), Sector::code), texts(thresholds.at("/$defs/sector/enum")));
    JsonNode findings = TREES.readTree(DocumentKind.FINDINGS.schema());
    assertEquals(codes(Severity.values(), Severity::code), texts(findings.at("/$defs/severity/enum")));
    JsonNode journey = TREES.readTree(DocumentKind.JOURNEY.schema());
    assertEquals(codes(InvitationMethod.values(), InvitationMethod::code), texts(journey.at("/$defs/invitationMethod/enum")));
    assertEquals(codes(AgeRange.values(), AgeRange::code), texts(journey.at("/$defs/ageRange/enum")));
    assertEquals(codes(AssetKind.values(), AssetKind::code), texts(journey.at("/$defs/assetKind/enum")));
    assertEquals(codes(MeetingKind.values(), MeetingKind::code), texts(journey.at("/$defs/meetingKind/enum")));
    assertEquals(codes(ServiceChangeKind.values(), ServiceChangeKind::code), texts(journey.at("/$defs/serviceChangeKind/enum")));
    assertEquals(codes(Question.values(), Question::code), texts(journey.at("/$defs/question/enum")));
    assertEquals(codes(SurveyMeasure.values(), SurveyMeasure::code), texts(journey.at("/$defs/surveyMeasure/enum")));
    JsonNode steps = TREES.readTree(DocumentKind.STEP_ASSESSMENT.schema());
    assertEquals(codes(Step.values(), Step::code), texts(steps.at("/$defs/step/enum")));
    assertEquals(codes(Criterion.values(), Criterion::code), texts(steps.at("/$defs/criterion/enum")));
    JsonNode catalogue = TREES.readTree(DocumentKind.INDICATOR_CATALOGUE.schema());
    assertEquals(codes(IndicatorGroup.values(), SchemaTest::code), texts(catalogue.at("/$defs/indicatorGroup/enum")));
    assertEquals(codes(MeasureType.values(), SchemaTest::code), texts(catalogue.at("/$defs/measureType/enum")));
    assertEquals(codes(Improvement.values(), SchemaTest::code), texts(catalogue.at("/$defs/improvement/enum")));
    assertEquals(codes(Horizon.values(), SchemaTest::code), texts(catalogue.at("/$defs/horizon/enum")));
    JsonNode framework = TREES.readTree(DocumentKind.OUTCOMES_FRAMEWORK.schema());
    assertEquals(codes(IntermediateOutcome.values(), IntermediateOutcome::code),
        texts(framework.at("/$defs/intermediateOutcome/enum")));
    JsonNode costs = TREES.readTree(DocumentKind.UNIT_COST_TABLE.schema());
    assertEquals(codes(ValueType.values(), ValueType::code), texts(costs.at("/$defs/valueType/enum")));
    JsonNode connectors = TREES.readTree(DocumentKind.WEAK_CONNECTORS.schema());
    assertEquals(codes(Affiliation.values(), Affiliation::code), texts(connectors.at("/$defs/affiliation/enum")));
    assertEquals(codes(CandidateReason.values(), SchemaTest::code), texts(connectors.at("/$defs/candidateReason/enum")));
    JsonNode evaluation = TREES.readTree(DocumentKind.EVALUATION_REPORT.schema());
    assertEquals(codes(Comparison.values(), SchemaTest::code), texts(evaluation.at("/$defs/comparison/enum")));
  }

  @Test
  void journeySchema_listsTheClosedSetOfActivityTypesEachWithItsDefinition() throws IOException {
    JsonNode journey = TREES.readTree(DocumentKind.JOURNEY.schema());
    List<String> consts = new ArrayList<>();
    for (JsonNode ref : journey.at("/$defs/activity/oneOf")) {
      String def = ref.get("$ref").asText().substring("#/$defs/".length());
      consts.add(journey.at("/$defs/" + def + "/properties/type/const").asText());
    }
    assertEquals(Activity.typeNames(), consts);
  }

  @Test
  void journeySchema_rejectsAnUnknownActivityTypeAndMoneyAsANumber() throws IOException {
    JsonSchema schema = schema(DocumentKind.JOURNEY);
    ObjectNode unknownType = (ObjectNode) TREES.readTree(golden(DocumentKind.JOURNEY));
    ((ObjectNode) unknownType.at("/activities/0")).put("type", "volunteering");
    assertFalse(schema.validate(unknownType).isEmpty());
    ObjectNode moneyNumber = (ObjectNode) TREES.readTree(golden(DocumentKind.JOURNEY));
    ((ObjectNode) moneyNumber.at("/activities/4/amount")).put("amount", 1500.00);
    assertFalse(schema.validate(moneyNumber).isEmpty());
  }

  private static String code(org.c2model.core.Coded constant) {
    return constant.code();
  }

  private static <E> List<String> codes(E[] values, Function<E, String> code) {
    return Stream.of(values).map(code).collect(Collectors.toList());
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(n -> texts.add(n.asText()));
    return texts;
  }
}
