package org.c2model.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.c2model.core.place.Neighbourhood;
import org.c2model.core.rule.RuleThresholds;
import org.junit.jupiter.api.Test;

/** How {@link SchemaGenerator} turns a codec's table into a schema. */
class SchemaGeneratorTest {

  private static final ObjectMapper TREES = new ObjectMapper();

  @Test
  void generate_isDeterministicAndEndsWithANewline() {
    String once = SchemaGenerator.generate("journey", JourneyCodecs.JOURNEY);
    assertEquals(once, SchemaGenerator.generate("journey", JourneyCodecs.JOURNEY));
    assertTrue(once.endsWith("}\n"));
    assertFalse(once.contains("\t"));
  }

  @Test
  void ruleThresholds_requireOnlyTheEnvelopeSinceEveryThresholdHasADefault() throws Exception {
    JsonNode schema = TREES.readTree(SchemaGenerator.generate("rule_thresholds", RuleCodecs.RULE_THRESHOLDS));
    assertEquals(List.of("c2", "kind"), texts(schema.get("required")));
    List<String> properties = new ArrayList<>();
    schema.get("properties").fieldNames().forEachRemaining(properties::add);
    assertEquals(2 + RuleCodecs.RULE_THRESHOLDS.fields().size(), properties.size());
    assertEquals(1, schema.at("/properties/topPriorities/minimum").asInt());
    assertEquals(5, schema.at("/properties/minimumMaturitySigns/maximum").asInt());
    assertEquals(RuleThresholds.class, RuleCodecs.RULE_THRESHOLDS.type());
  }

  @Test
  void optionalFields_admitNullAndAreNotRequired() throws Exception {
    JsonNode schema = TREES.readTree(SchemaGenerator.generate("neighbourhood", PlaceCodecs.NEIGHBOURHOOD));
    assertEquals(List.of("c2", "kind", "id", "name"), texts(schema.get("required")));
    assertEquals(List.of("integer", "null"), texts(schema.at("/properties/population/type")));
  }

  @Test
  void twoCodecsUnderOneDefsName_fail_namingBoth() {
    ObjectCodec<Neighbourhood, Values> other = ObjectCodec.of(Neighbourhood.class, Values::new, v -> null)
        .named("text")
        .field("id", Scalars.TEXT, Neighbourhood::id, (b, v) -> b.put("id", v))
        .build();
    ObjectCodec<Neighbourhood, Values> holder = ObjectCodec.of(Neighbourhood.class, Values::new, v -> null)
        .field("a", Scalars.TEXT, Neighbourhood::id, (b, v) -> b.put("a", v))
        .field("b", other, n -> n, (b, v) -> b.put("b", v))
        .build();
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> SchemaGenerator.generate("x", holder));
    assertTrue(e.getMessage().contains("text") && e.getMessage().contains("String")
        && e.getMessage().contains("Neighbourhood"), e::getMessage);
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(n -> texts.add(n.asText()));
    return texts;
  }
}
