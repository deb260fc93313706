package org.c2model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.c2model.core.InvalidValueException;
import org.c2model.core.partnership.Partnership;
import org.c2model.core.place.Neighbourhood;
import org.c2model.core.rule.Path;
import org.c2model.core.rule.RuleThresholds;
import org.junit.jupiter.api.Test;

/** Examples of reading and writing, above all of the failures a CRM will meet. */
class C2JsonTest {

  private static String golden(DocumentKind<?> kind) throws IOException {
    try (InputStream in = C2JsonTest.class.getResourceAsStream("/org/c2model/json/golden/" + kind.code() + ".json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static C2JsonException fails(DocumentKind<?> kind, String json) {
    return assertThrows(C2JsonException.class, () -> C2Json.read(kind, json));
  }

  private static void assertFailure(C2JsonException e, String pointer, String... inMessage) {
    assertEquals(pointer, e.pointer(), e.getMessage());
    assertEquals(Path.parse(pointer), e.path());
    for (String s : inMessage) {
      assertTrue(e.getMessage().contains(s), () -> "message lacks '" + s + "': " + e.getMessage());
    }
  }

  private static final String HOOD = "{\"c2\": \"1.0\", \"kind\": \"neighbourhood\", \"id\": \"N1\", \"name\": \"Townstal\"";

  // ---------------------------------------------------------------- header and versions

  @Test
  void read_newerMajorVersionFailsSayingSo() {
    C2JsonException e = fails(DocumentKind.NEIGHBOURHOOD, "{\"c2\": \"2.0\", \"kind\": \"neighbourhood\", \"id\": \"N1\", \"name\": \"T\", \"new\": 1}");
    assertFailure(e, "/c2", "newer major format version", "'2.0'");
  }

  @Test
  void read_newerMinorVersionIsRead() {
    assertEquals(Neighbourhood.of("N1", "Townstal"),
        C2Json.read(DocumentKind.NEIGHBOURHOOD, "{\"c2\": \"1.7\", \"kind\": \"neighbourhood\", \"id\": \"N1\", \"name\": \"Townstal\"}"));
  }

  @Test
  void read_malformedVersionFails() {
    assertFailure(fails(DocumentKind.NEIGHBOURHOOD, "{\"c2\": \"one\", \"kind\": \"neighbourhood\"}"), "/c2", "'one'");
    assertFailure(fails(DocumentKind.NEIGHBOURHOOD, "{\"c2\": 1.0, \"kind\": \"neighbourhood\"}"), "/c2", "must be a string", "1.0");
    assertFailure(fails(DocumentKind.NEIGHBOURHOOD, "{\"c2\": \"0.9\", \"kind\": \"neighbourhood\"}"), "/c2", "unsupported", "'0.9'");
  }

  @Test
  void read_missingHeaderFailsAtTheMissingProperty() {
    assertFailure(fails(DocumentKind.NEIGHBOURHOOD, "{\"kind\": \"neighbourhood\", \"id\": \"N1\", \"name\": \"T\"}"), "/c2", "missing");
    assertFailure(fails(DocumentKind.NEIGHBOURHOOD, "{\"c2\": \"1.0\", \"id\": \"N1\", \"name\": \"T\"}"), "/kind", "missing");
    assertFailure(fails(DocumentKind.NEIGHBOURHOOD, "{}"), "/c2", "missing");
  }

  @Test
  void read_otherKindFailsNamingIt() {
    assertFailure(fails(DocumentKind.PARTNERSHIP, HOOD + "}"), "/kind", "must be partnership", "'neighbourhood'");
  }

  @Test
  void read_headerAfterOtherPropertiesIsCheckedFirstAllTheSame() {
    assertEquals(Neighbourhood.of("N1", "Townstal"),
        C2Json.read(DocumentKind.NEIGHBOURHOOD, "{\"id\": \"N1\", \"name\": \"Townstal\", \"kind\": \"neighbourhood\", \"c2\": \"1.0\"}"));
    C2JsonException e = fails(DocumentKind.NEIGHBOURHOOD,
        "{\"id\": \"N1\", \"futureField\": {\"x\": 1}, \"kind\": \"neighbourhood\", \"c2\": \"3.1\"}");
    assertFailure(e, "/c2", "newer major", "'3.1'");
    assertFailure(fails(DocumentKind.NEIGHBOURHOOD, "{\"id\": \"N1\", \"name\": 5, \"kind\": \"neighbourhood\", \"c2\": \"1.0\"}"),
        "/name", "must be a string", "5");
  }

  // ---------------------------------------------------------------- unknown properties

  @Test
  void read_unknownPropertyFailsWithItsPath() throws IOException {
    String json = golden(DocumentKind.PARTNERSHIP).replace("\"keyResident\": true,", "\"keyResident\": true, \"keyResidnet\": true,");
    assertFailure(fails(DocumentKind.PARTNERSHIP, json), "/residents/0/keyResidnet", "unknown property", "'keyResidnet'");
  }

  @Test
  void readLenient_skipsUnknownPropertiesAndRecordsThem() throws IOException {
    String json = golden(DocumentKind.PARTNERSHIP)
        .replace("\"keyResident\": true,", "\"keyResident\": true, \"crmColour\": {\"r\": [1, 2]},")
        .replace("\"kind\": \"partnership\",", "\"kind\": \"partnership\", \"exportedBy\": \"Dynamics\",");
    LenientRead<Partnership> read = C2Json.readLenient(DocumentKind.PARTNERSHIP, json);
    assertEquals(GoldenDocuments.partnership(), read.value());
    assertEquals(List.of("/exportedBy", "/residents/0/crmColour", "/residents/1/crmColour", "/residents/2/crmColour",
            "/residents/3/crmColour", "/residents/4/crmColour"),
        read.warnings().stream().map(w -> w.path().toJsonPointer()).collect(Collectors.toList()));
    assertTrue(read.warnings().get(0).message().contains("exportedBy"));
  }

  // ---------------------------------------------------------------- values

  @Test
  void read_valueOfTheWrongTypeFailsNamingIt() {
    assertFailure(fails(DocumentKind.NEIGHBOURHOOD, HOOD + ", \"population\": \"3400\"}"), "/population", "whole number", "'3400'");
    assertFailure(fails(DocumentKind.NEIGHBOURHOOD, HOOD + ", \"areaCodes\": \"E01020136\"}"), "/areaCodes", "must be an array");
    assertFailure(fails(DocumentKind.NEIGHBOURHOOD, HOOD + ", \"areaCodes\": [\"E01020136\", 7]}"), "/areaCodes/1", "must be a string", "7");
  }

  @Test
  void read_numberOutOfRangeFails() {
    assertFailure(fails(DocumentKind.NEIGHBOURHOOD, HOOD + ", \"population\": 3000000000}"), "/population", "2147483647", "3000000000");
    assertFailure(fails(DocumentKind.NEIGHBOURHOOD, HOOD + ", \"population\": 1e400}"), "/population", "whole number", "1e400");
    assertFailure(fails(DocumentKind.NEIGHBOURHOOD, HOOD + ", \"population\": 1" + "0".repeat(200) + "}"), "/population", "limit");
  }

  @Test
  void read_valueCoreRejectsFailsAtTheValueWithTheCoreCause() {
    C2JsonException e = fails(DocumentKind.NEIGHBOURHOOD, HOOD + ", \"areaCodes\": [\"E01020136\", \"X123\"]}");
    assertFailure(e, "/areaCodes/1", "'X123'");
    assertInstanceOf(InvalidValueException.class, e.getCause());
    assertEquals("'X123'", e.invalidValue().orElseThrow());
  }

  @Test
  void read_invariantCoreRejectsFailsAtTheFieldItNames() throws IOException {
    String json = golden(DocumentKind.PARTNERSHIP).replace("\"left\": \"2010-03-01\"", "\"left\": \"2009-05-01\"");
    C2JsonException e = fails(DocumentKind.PARTNERSHIP, json);
    assertFailure(e, "/memberships/5/left", "2009-05-01");
    assertInstanceOf(InvalidValueException.class, e.getCause());
    String unknownPerson = golden(DocumentKind.PARTNERSHIP).replace("\"personId\": \"A4\"", "\"personId\": \"A9\"");
    assertFailure(fails(DocumentKind.PARTNERSHIP, unknownPerson), "/memberships/9/personId", "A9");
  }

  @Test
  void read_missingRequiredPropertyFailsAtIt() {
    assertFailure(fails(DocumentKind.NEIGHBOURHOOD, "{\"c2\": \"1.0\", \"kind\": \"neighbourhood\", \"id\": \"N1\"}"), "/name", "name");
    assertFailure(fails(DocumentKind.NEIGHBOURHOOD, HOOD.replace("\"Townstal\"", "\" \"") + "}"), "/name", "blank");
  }

  @Test
  void read_invalidDateAndUnknownCodeFailNamingTheValue() throws IOException {
    String badDate = golden(DocumentKind.PARTNERSHIP).replace("\"constitutionAdopted\": \"2009-06-01\"", "\"constitutionAdopted\": \"2009-02-30\"");
    assertFailure(fails(DocumentKind.PARTNERSHIP, badDate), "/constitutionAdopted", "ISO-8601", "'2009-02-30'");
    String badSector = golden(DocumentKind.PARTNERSHIP).replace("\"sector\": \"police\"", "\"sector\": \"POLICE\"");
    assertFailure(fails(DocumentKind.PARTNERSHIP, badSector), "/agencyRepresentatives/0/agency/sector", "local_authority", "'POLICE'");
  }

  @Test
  void read_nullMeansAbsentForOptionalValuesOnly() {
    assertEquals(Neighbourhood.of("N1", "Townstal"), C2Json.read(DocumentKind.NEIGHBOURHOOD, HOOD + ", \"population\": null}"));
    assertFailure(fails(DocumentKind.NEIGHBOURHOOD, HOOD + ", \"areaCodes\": null}"), "/areaCodes", "must be an array", "null");
  }

  @Test
  void read_repeatedElementOfASetFails() {
    assertFailure(fails(DocumentKind.RULE_THRESHOLDS,
        "{\"c2\": \"1.0\", \"kind\": \"rule_thresholds\", \"requiredSectors\": [\"police\", \"health\", \"police\"]}"),
        "/requiredSectors/2", "repeat", "'police'");
  }

  @Test
  void thresholds_everyThresholdIsWrittenAndReadBack() {
    RuleThresholds weekly = RuleThresholds.builder().followUpDeadlineDays(7).minimumMaturitySigns(4).build();
    assertEquals(weekly, C2Json.read(DocumentKind.RULE_THRESHOLDS, C2Json.write(weekly)));
    assertEquals(7, C2Json.read(DocumentKind.RULE_THRESHOLDS, 
        "{\"c2\": \"1.0\", \"kind\": \"rule_thresholds\", \"followUpDeadlineDays\": 7}").followUpDeadlineDays());
    assertFailure(fails(DocumentKind.RULE_THRESHOLDS,
        "{\"c2\": \"1.0\", \"kind\": \"rule_thresholds\", \"minimumMaturitySigns\": 6}"),
        "/minimumMaturitySigns", "1 - 5", "6");
  }

  @Test
  void read_absentThresholdsTakeDefaultsAndAnEmptySectorListIsKept() {
    assertEquals(RuleThresholds.defaults(), C2Json.read(DocumentKind.RULE_THRESHOLDS, "{\"c2\": \"1.0\", \"kind\": \"rule_thresholds\"}"));
    assertEquals(0, C2Json.read(DocumentKind.RULE_THRESHOLDS, "{\"c2\": \"1.0\", \"kind\": \"rule_thresholds\", \"requiredSectors\": []}")
        .requiredSectors().size());
  }

  @Test
  void read_findingsWhoseVerdictContradictsThemFail() throws IOException {
    String json = golden(DocumentKind.FINDINGS).replace("\"successful\": false", "\"successful\": true");
    assertFailure(fails(DocumentKind.FINDINGS, json), "/successful", "true");
  }

  // ---------------------------------------------------------------- well-formedness and limits

  @Test
  void read_documentLevelProblemsHaveTheRootPath() {
    for (String json : new String[] {"", "   ", "[]", "\"text\"", "null", HOOD + "} {}", HOOD + "} x"}) {
      C2JsonException e = fails(DocumentKind.NEIGHBOURHOOD, json);
      assertEquals(Path.root(), e.path(), json);
      assertEquals("/", e.path().toString());
    }
  }

  @Test
  void read_duplicateKeyFailsAtIt() {
    assertFailure(fails(DocumentKind.NEIGHBOURHOOD, HOOD + ", \"name\": \"Other\"}"), "/name", "Duplicate");
  }

  @Test
  void read_truncatedDocumentFails() {
    C2JsonException e = fails(DocumentKind.NEIGHBOURHOOD, HOOD + ", \"areaCodes\": [\"E01020136\"");
    assertTrue(e.getMessage().contains("truncated"), e.getMessage());
    assertEquals(Path.of("areaCodes", "0"), e.path());
  }

  @Test
  void read_deepNestingFailsAtTheLimit() {
    String deep = "[".repeat(10_000);
    // A strict read stops at the first array where a string belongs; a lenient one skips the
    // unknown property, and the out-of-order header buffers the document: both meet the limit.
    assertFailure(fails(DocumentKind.NEIGHBOURHOOD, HOOD + ", \"areaCodes\": " + deep), "/areaCodes/0", "must be a string");
    C2JsonException lenient = assertThrows(C2JsonException.class,
        () -> C2Json.readLenient(DocumentKind.NEIGHBOURHOOD, HOOD + ", \"x\": " + deep));
    assertTrue(lenient.getMessage().contains("limit"), lenient.getMessage());
    assertTrue(lenient.pointer().startsWith("/x/0/0"), lenient.pointer());
    C2JsonException buffered = fails(DocumentKind.NEIGHBOURHOOD, "{\"x\": " + deep);
    assertTrue(buffered.getMessage().contains("limit"), buffered.getMessage());
  }

  @Test
  void read_hugeStringFailsAtTheLimit() {
    C2JsonException e = fails(DocumentKind.NEIGHBOURHOOD, HOOD.replace("\"Townstal\"", "\"" + "a".repeat(C2Json.MAX_STRING_LENGTH + 1) + "\"") + "}");
    assertTrue(e.getMessage().contains("limit"), e.getMessage());
    assertTrue(e.getMessage().length() < 1000, "the message does not echo the string");
  }

  @Test
  void read_documentLongerThanTheLimitFails() {
    String padded = HOOD + "," + " ".repeat((int) C2Json.MAX_DOCUMENT_LENGTH) + "\"population\": 1}";
    C2JsonException e = fails(DocumentKind.NEIGHBOURHOOD, padded);
    assertTrue(e.getMessage().contains("limit"), e.getMessage());
    C2JsonException bytes = assertThrows(C2JsonException.class, () -> C2Json.read(DocumentKind.NEIGHBOURHOOD, 
        new java.io.ByteArrayInputStream(padded.getBytes(StandardCharsets.UTF_8))));
    assertTrue(bytes.getMessage().contains("limit"), bytes.getMessage());
  }

  /**
   * Ids made to share one hash code (every mix of "Aa" and "BB" has the same) read like any others,
   * end to end: every id comes back, in order. The bounds that keep such a read linear (a document
   * of 65,536 of them took 11 s, the square of its length, and now takes 0.4 s) are tested where
   * they are kept: {@code SharedTextsProperties} (the table moves to a map past its probes) and,
   * in c2-core, {@code JourneyTest} and {@code ReferenceUniquenessProperties}.
   */
  @Test
  void read_idsSharingOneHashCodeReadLikeAnyOthers() {
    StringBuilder json = new StringBuilder("{\"c2\": \"1.1\", \"kind\": \"partnership\", \"id\": \"P\", \"name\": \"x\", "
        + "\"neighbourhood\": {\"id\": \"N\", \"name\": \"n\", \"areaCodes\": [\"E01000001\"]}, \"residents\": [");
    java.util.List<String> ids = new java.util.ArrayList<>();
    for (int bits = 0; bits < 4096; bits++) {
      StringBuilder id = new StringBuilder();
      for (int b = 0; b < 12; b++) {
        id.append((bits >> b & 1) == 0 ? "Aa" : "BB");
      }
      ids.add(id.toString());
      json.append(bits == 0 ? "" : ", ").append("{\"id\": \"").append(id).append("\", \"keyResident\": false}");
    }
    json.append("]}");
    assertEquals(1, ids.stream().mapToInt(String::hashCode).distinct().count());
    org.c2model.core.partnership.Partnership p = C2Json.read(DocumentKind.PARTNERSHIP, json.toString());
    assertEquals(ids, p.residents().stream().map(r -> r.id()).toList());
  }

  @Test
  void read_lineAndColumnAreReported() {
    C2JsonException e = fails(DocumentKind.NEIGHBOURHOOD, "{\n  \"c2\": \"1.0\",\n  \"kind\": \"neighbourhood\",\n  \"id\": 5\n}");
    assertEquals(4, e.line().orElseThrow());
    assertEquals(9, e.column().orElseThrow());
    assertTrue(e.getMessage().endsWith("(line 4, column 9)"), e.getMessage());
  }

  @Test
  void read_missingFileFailsWithTheRootPath() {
    C2JsonException e = assertThrows(C2JsonException.class,
        () -> C2Json.read(DocumentKind.PARTNERSHIP, Paths.get("no-such-dir", "no-such-file.json")));
    assertEquals(Path.root(), e.path());
    assertTrue(e.getMessage().contains("no-such-file.json"), e.getMessage());
  }

  // ---------------------------------------------------------------- writing and the module

  @Test
  void write_rejectsAValueThatIsNotADocument() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> C2Json.write(LocalDate.of(2009, 6, 1)));
    assertTrue(e.getMessage().contains("document"), e.getMessage());
  }

  @Test
  void write_nestedValuesCarryNoHeader() throws Exception {
    ObjectMapper mapper = C2Json.newMapper();
    String json = mapper.writeValueAsString(List.of(Neighbourhood.of("N1", "Townstal")));
    assertEquals("[{\"id\":\"N1\",\"name\":\"Townstal\",\"areaCodes\":[]}]", json);
    assertEquals("\"local_authority\"", mapper.writeValueAsString(org.c2model.core.partnership.Sector.LOCAL_AUTHORITY));
  }

  @Test
  void c2Module_isFoundByTheServiceLoaderWithANameAndVersion() {
    List<Module> modules = StreamSupport.stream(ServiceLoader.load(Module.class).spliterator(), false)
        .filter(m -> m instanceof C2Module).collect(Collectors.toList());
    assertEquals(1, modules.size());
    assertEquals("C2Module", modules.get(0).getModuleName());
    assertEquals("org.c2model", modules.get(0).version().getGroupId());
    assertEquals("c2-json", modules.get(0).version().getArtifactId());
    assertTrue(modules.get(0).version().toString().startsWith("0."), modules.get(0).version().toString());
  }

  @Test
  void documentKind_findsKindsAndSchemas() {
    assertEquals(DocumentKind.PARTNERSHIP, DocumentKind.ofCode("partnership").orElseThrow());
    assertEquals(DocumentKind.FINDINGS, DocumentKind.of(GoldenDocuments.findings()).orElseThrow());
    for (DocumentKind<?> kind : DocumentKind.all()) {
      assertTrue(kind.schema().contains("\"const\": \"" + kind.code() + "\""), kind.code());
    }
  }
}
