package org.c2model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The golden files: one document per kind in {@code src/test/resources/org/c2model/json/golden/},
 * read and compared with {@link GoldenDocuments}, and written back byte for byte. They pin the
 * wire format: a change to a property name or layout fails here first.
 * <p>
 * After an intended format change, regenerate them with
 * {@code mvn -o -q -pl c2-json test -Dtest=GoldenFileTest -Dc2.golden.write=true} and review the diff.
 */
class GoldenFileTest {

  static Stream<DocumentKind<?>> kinds() {
    return DocumentKind.all().stream();
  }

  static String resource(DocumentKind<?> kind) {
    return "/org/c2model/json/golden/" + kind.code() + ".json";
  }

  static String golden(DocumentKind<?> kind) throws IOException {
    try (InputStream in = GoldenFileTest.class.getResourceAsStream(resource(kind))) {
      assertNotNull(in, "golden file missing: " + resource(kind));
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void read_goldenFileGivesTheExpectedValue(DocumentKind<?> kind) throws IOException {
    if (Boolean.getBoolean("c2.golden.write")) {
      C2Json.write(GoldenDocuments.of(kind), Paths.get("src/test/resources" + resource(kind)));
    }
    assertEquals(GoldenDocuments.of(kind), C2Json.read(kind, golden(kind)));
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void write_givesTheGoldenFileByteForByte(DocumentKind<?> kind) throws IOException {
    assertEquals(golden(kind), C2Json.write(GoldenDocuments.of(kind)) + "\n");
  }

  @ParameterizedTest
  @MethodSource("kinds")
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
    assertEquals(GoldenDocuments.partnership(), C2Json.readPartnership(golden(DocumentKind.PARTNERSHIP)));
    assertEquals(GoldenDocuments.neighbourhood(), C2Json.readNeighbourhood(golden(DocumentKind.NEIGHBOURHOOD)));
    assertEquals(GoldenDocuments.thresholds(), C2Json.readRuleThresholds(golden(DocumentKind.RULE_THRESHOLDS)));
    assertEquals(GoldenDocuments.findings(), C2Json.readFindings(golden(DocumentKind.FINDINGS)));
  }
}
