package org.c2model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.c2model.core.journey.Activity;
import org.c2model.core.step.Step;
import org.c2model.metrics.savings.UnitCostTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The golden files: one document per kind in {@code src/test/resources/org/c2model/json/golden/},
 * read and compared with {@link GoldenDocuments}, and written back byte for byte. They pin the wire format: a change to a property
 * name or layout fails here first.
 * <p>
 * After an intended format change, regenerate them (and the fuzz seeds, which are copies) with
 * {@code mvn -o -q -pl c2-json test -Dtest=GoldenFileTest -Dc2.golden.write=true} and review the diff.
 */
class GoldenFileTest {

  static Stream<DocumentKind<?>> kinds() {
    return DocumentKind.all().stream();
  }

  static Stream<DocumentKind<?>> readableKinds() {
    return DocumentKind.all().stream().filter(DocumentKind::isReadable);
  }

  static String resource(DocumentKind<?> kind) {
    return "/org/c2model/json/golden/" + kind.code() + ".json";
  }

  /**
   * Gets the resource of a readable kind's fuzz seed, its golden file under the folder of the
   * {@link JsonReaderFuzzTest} method named after the kind.
   *
   * @param kind  the kind, readable
   * @return the resource path, not null
   */
  static String fuzzSeed(DocumentKind<?> kind) {
    String method = Pattern.compile("_([a-z])").matcher(kind.code()).replaceAll(m -> m.group(1).toUpperCase(Locale.ROOT));
    return "/org/c2model/json/JsonReaderFuzzTestInputs/" + method + "/golden-" + kind.code() + ".json";
  }

  static String golden(DocumentKind<?> kind) throws IOException {
    try (InputStream in = GoldenFileTest.class.getResourceAsStream(resource(kind))) {
      assertNotNull(in, "golden file missing: " + resource(kind));
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @ParameterizedTest
  @MethodSource("readableKinds")
  void read_goldenFileGivesTheExpectedValue(DocumentKind<?> kind) throws IOException {
    assertEquals(GoldenDocuments.of(kind), C2Json.read(kind, golden(kind)));
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void write_givesTheGoldenFileByteForByte(DocumentKind<?> kind) throws IOException {
    if (Boolean.getBoolean("c2.golden.write")) {
      C2Json.write(GoldenDocuments.of(kind), Paths.get("src/test/resources" + resource(kind)));
      if (kind.isReadable()) {
        C2Json.write(GoldenDocuments.of(kind), Paths.get("src/test/resources" + fuzzSeed(kind)));
      }
    }
    assertEquals(golden(kind), C2Json.write(GoldenDocuments.of(kind)) + "\n");
  }

  @ParameterizedTest
  @MethodSource("readableKinds")
  void read_fromAFileAndAStreamGivesTheSameValue(DocumentKind<?> kind) throws IOException {
    java.nio.file.Path file = Files.createTempFile("c2-golden", ".json");
    try {
      Files.writeString(file, golden(kind));
      assertEquals(GoldenDocuments.of(kind), C2Json.read(kind, file));
      try (InputStream in = Files.newInputStream(file)) {
        assertEquals(GoldenDocuments.of(kind), C2Json.read(kind, in));
      }
    } finally {
      Files.delete(file);
    }
  }

  @Test
  void readPartnership_readsTheGoldenPartnership() throws IOException {
    assertEquals(GoldenDocuments.partnership(), C2Json.read(DocumentKind.PARTNERSHIP, golden(DocumentKind.PARTNERSHIP)));
    assertEquals(GoldenDocuments.neighbourhood(), C2Json.read(DocumentKind.NEIGHBOURHOOD, golden(DocumentKind.NEIGHBOURHOOD)));
    assertEquals(GoldenDocuments.thresholds(), C2Json.read(DocumentKind.RULE_THRESHOLDS, golden(DocumentKind.RULE_THRESHOLDS)));
    assertEquals(GoldenDocuments.findings(), C2Json.read(DocumentKind.FINDINGS, golden(DocumentKind.FINDINGS)));
    assertEquals(GoldenDocuments.journey(), C2Json.read(DocumentKind.JOURNEY, golden(DocumentKind.JOURNEY)));
    assertEquals(GoldenDocuments.stepAssessment(), C2Json.read(DocumentKind.STEP_ASSESSMENT, golden(DocumentKind.STEP_ASSESSMENT)));
    assertEquals(GoldenDocuments.catalogue(), C2Json.read(DocumentKind.INDICATOR_CATALOGUE, golden(DocumentKind.INDICATOR_CATALOGUE)));
    assertEquals(GoldenDocuments.framework(), C2Json.read(DocumentKind.OUTCOMES_FRAMEWORK, golden(DocumentKind.OUTCOMES_FRAMEWORK)));
    assertEquals(UnitCostTable.sample(), C2Json.read(DocumentKind.UNIT_COST_TABLE, golden(DocumentKind.UNIT_COST_TABLE)));
    assertEquals(GoldenDocuments.of(DocumentKind.WEAK_CONNECTORS),
        C2Json.read(DocumentKind.WEAK_CONNECTORS, golden(DocumentKind.WEAK_CONNECTORS)));
  }

  @Test
  void journey_isTheTownstalJourneyWithTypedActivitiesAndMoney() throws IOException {
    JsonNode journey = new ObjectMapper().readTree(golden(DocumentKind.JOURNEY));
    assertEquals("P-TOWNSTAL", journey.at("/partnership/id").asText());
    Set<String> types = new TreeSet<>();
    journey.get("activities").forEach(a -> types.add(a.get("type").asText()));
    assertTrue(Activity.typeNames().containsAll(types), types::toString);
    JsonNode win = journey.get("activities").get(4);
    assertEquals("celebrated_win", win.get("type").asText());
    assertEquals("1500.00", win.at("/amount/amount").textValue());
    assertEquals("GBP", win.at("/amount/currency").textValue());
  }

  @Test
  void stepAssessment_goldenFileIsWhatTheTownstalJourneyAssessesTo() throws IOException {
    JsonNode assessment = new ObjectMapper().readTree(golden(DocumentKind.STEP_ASSESSMENT));
    assertEquals(7, assessment.get("steps").size());
    assertEquals("locate_energy", assessment.at("/steps/0/step").asText());
    assertEquals(GoldenDocuments.stepAssessment().frontier().map(Step::code).orElse(""),
        assessment.path("frontier").asText(""));
  }
}
