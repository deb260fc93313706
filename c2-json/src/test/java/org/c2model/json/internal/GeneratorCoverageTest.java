package org.c2model.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.c2model.json.C2Json;
import org.c2model.json.DocumentKind;
import org.c2model.json.DomainArbitraries;
import org.junit.jupiter.api.Test;

/**
 * The generators of the round-trip properties cover every field: each property every object codec
 * writes appears in the generated documents with at least two different values. A generator that
 * never sets an attribute, or always leaves it at its default (as the rule-thresholds generator
 * once did for 9 of 11), lets a codec drop it unnoticed; this fails instead.
 */
class GeneratorCoverageTest {

  private static final int SAMPLE = 300;
  /**
   * Fields the generators cannot vary through the public API: {@link WireContract#NOT_GENERATED},
   * each with its reason and the property that covers it instead.
   */
  private static final Set<String> KNOWN_GAPS = WireContract.NOT_GENERATED.keySet();
  private static final ObjectMapper TREES = new ObjectMapper();

  @Test
  void everyPropertyOfEveryCodecAppearsInAGeneratedDocument() throws IOException {
    Map<String, Set<String>> seen = new TreeMap<>();
    for (DocumentKind<?> kind : DocumentKind.all()) {
      Iterator<?> it = DomainArbitraries.forKind(kind).sampleStream().limit(SAMPLE).iterator();
      while (it.hasNext()) {
        collect(TREES.readTree(C2Json.write(it.next())), seen);
      }
    }
    Set<String> missing = new TreeSet<>();
    for (ObjectCodec<?, ?> codec : CodecCoverageTest.objectCodecs()) {
      codec.fields().forEach(f -> {
        Set<String> values = seen.getOrDefault(f.name, Set.of());
        if (isFlagWrittenWhenTrue(f) ? !values.contains("true") : values.size() < 2) {
          missing.add(codec.type().getSimpleName() + "." + f.name);
        }
      });
    }
    missing.removeAll(KNOWN_GAPS);
    assertEquals(new TreeSet<>(), missing, "fields no generated document holds, or holds with one value only");
  }

  /**
   * Whether a field is a flag written only when true (such as {@code SurveyItem.approximate}): its
   * other value, false, is its absence, so one written {@code true} shows the codec carries it.
   */
  private static boolean isFlagWrittenWhenTrue(ObjectCodec.Field<?, ?, ?> f) {
    return f.shape == ObjectCodec.Shape.OPTIONAL && f.codec == Scalars.BOOLEAN;
  }

  private static void collect(JsonNode node, Map<String, Set<String>> values) {
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
        Map.Entry<String, JsonNode> e = it.next();
        Set<String> seen = values.computeIfAbsent(e.getKey(), k -> new TreeSet<>());
        if (seen.size() < 2) {
          seen.add(e.getValue().toString());
        }
        collect(e.getValue(), values);
      }
    } else if (node.isArray()) {
      node.forEach(n -> collect(n, values));
    }
  }
}
