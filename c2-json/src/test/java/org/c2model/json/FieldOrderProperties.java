package org.c2model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A document reads to the same value whatever the order of the properties of its objects. The
 * reader learns, per type, which property follows which (see {@code ObjectCodec.expectedAfter}) and
 * matches that one first; here the same documents are read in turn with their properties in
 * written order and shuffled, so that what was learnt from one object is wrong for the next, and
 * each read must still give the value written.
 */
class FieldOrderProperties {

  private static final ObjectMapper TREES = C2Json.newMapper();
  private static final Pattern PROPERTY_NAME = Pattern.compile("[a-z][a-zA-Z0-9]*");

  @Provide
  Arbitrary<Object> documents() {
    return DomainArbitraries.readableDocuments();
  }

  @Property(tries = 300)
  void propertiesInAnyOrderReadToTheValueWritten(@ForAll("documents") Object document, @ForAll long seed)
      throws Exception {
    DocumentKind<?> kind = DocumentKind.of(document).orElseThrow();
    String json = C2Json.write(document);
    Random random = new Random(seed);
    for (int round = 0; round < 3; round++) {
      JsonNode tree = TREES.readTree(json);
      String shuffled = TREES.writeValueAsString(shuffle(tree, random));
      assertEquals(document, C2Json.read(kind, shuffled), "shuffled, round " + round);
      assertEquals(document, C2Json.read(kind, json), "as written, round " + round);
    }
  }

  /**
   * Puts the properties of every object of the tree in a random order, except in maps (objects
   * keyed by data, such as periods, whose order the format fixes): their keys are not lowerCamelCase
   * property names.
   */
  private static JsonNode shuffle(JsonNode node, Random random) {
    if (node instanceof ObjectNode) {
      ObjectNode object = (ObjectNode) node;
      List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
      object.fields().forEachRemaining(fields::add);
      if (fields.stream().allMatch(f -> PROPERTY_NAME.matcher(f.getKey()).matches())) {
        Collections.shuffle(fields, random);
      }
      ObjectNode shuffled = TREES.createObjectNode();
      for (Map.Entry<String, JsonNode> f : fields) {
        shuffled.set(f.getKey(), shuffle(f.getValue(), random));
      }
      return shuffled;
    }
    if (node instanceof ArrayNode) {
      ArrayNode shuffled = TREES.createArrayNode();
      node.forEach(element -> shuffled.add(shuffle(element, random)));
      return shuffled;
    }
    return node;
  }
}
