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
import org.c2model.core.partnership.JoinMethod;
import org.c2model.core.partnership.OfficerRole;
import org.c2model.core.partnership.Sector;
import org.c2model.core.rule.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shipped JSON Schemas (draft 2020-12), checked with the networknt validator: each is a valid
 * schema, and the golden file and a sample of generated documents of its kind validate against it.
 */
class SchemaTest {

  private static final ObjectMapper TREES = new ObjectMapper();
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
    assertEquals(codes(JoinMethod.values(), JoinMethod::code), texts(partnership.at("/$defs/membership/properties/joinedBy/enum")));
    assertEquals(codes(OfficerRole.values(), OfficerRole::code), texts(partnership.at("/$defs/officerTerm/properties/role/enum")));
    JsonNode thresholds = TREES.readTree(DocumentKind.RULE_THRESHOLDS.schema());
    assertEquals(codes(Sector.values(), Sector::code), texts(thresholds.at("/$defs/sector/enum")));
    JsonNode findings = TREES.readTree(DocumentKind.FINDINGS.schema());
    assertEquals(codes(Severity.values(), Severity::code), texts(findings.at("/$defs/finding/properties/severity/enum")));
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
