package org.c2model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;

/**
 * Fuzz targets of the JSON readers (issue 14), one per document kind, each reading its input in
 * every way c2-json offers: strict from bytes, strict from text and lenient from text. The only
 * failure a reader may throw is {@link C2JsonException}, with a path and no Java names in its
 * message; anything else (an
 * {@code OutOfMemoryError}, a {@code NullPointerException}, a {@code toString()} that throws) is a
 * finding. A document that is read must also be the same document when written and read again,
 * and the ways of reading must agree.
 * <p>
 * The normal test command replays, as ordinary tests, the empty input and every file under
 * {@code src/test/resources/org/c2model/json/JsonReaderFuzzTestInputs/<method>/}: the golden file of
 * the kind (the seed) and every crash ever found, which Jazzer saves there. To fuzz one target for a
 * set time (Jazzer fuzzes one {@code @FuzzTest} per run):
 * <pre>
 * JAZZER_FUZZ=1 mvn -B -ntp -pl c2-json test -Dtest='JsonReaderFuzzTest#partnership' -Djazzer.max_duration=10m
 * </pre>
 * Inputs that find new coverage are kept in {@code c2-json/.cifuzz-corpus/} (not committed).
 */
class JsonReaderFuzzTest {

  @FuzzTest
  void neighbourhood(byte[] data) {
    check(DocumentKind.NEIGHBOURHOOD, data);
  }

  @FuzzTest
  void partnership(byte[] data) {
    check(DocumentKind.PARTNERSHIP, data);
  }

  @FuzzTest
  void ruleThresholds(byte[] data) {
    check(DocumentKind.RULE_THRESHOLDS, data);
  }

  @FuzzTest
  void findings(byte[] data) {
    check(DocumentKind.FINDINGS, data);
  }

  @FuzzTest
  void journey(byte[] data) {
    check(DocumentKind.JOURNEY, data);
  }

  @FuzzTest
  void stepAssessment(byte[] data) {
    check(DocumentKind.STEP_ASSESSMENT, data);
  }

  @FuzzTest
  void indicatorCatalogue(byte[] data) {
    check(DocumentKind.INDICATOR_CATALOGUE, data);
  }

  @FuzzTest
  void outcomesFramework(byte[] data) {
    check(DocumentKind.OUTCOMES_FRAMEWORK, data);
  }

  @FuzzTest
  void unitCostTable(byte[] data) {
    check(DocumentKind.UNIT_COST_TABLE, data);
  }

  @FuzzTest
  void weakConnectors(byte[] data) {
    check(DocumentKind.WEAK_CONNECTORS, data);
  }

  @FuzzTest
  void evaluationReport(byte[] data) {
    check(DocumentKind.EVALUATION_REPORT, data);
  }

  @FuzzTest
  void reportChanges(byte[] data) {
    check(DocumentKind.REPORT_CHANGES, data);
  }

  /**
   * Reads the input strictly from bytes, strictly from text and leniently from text, and checks the
   * outcomes: only {@link C2JsonException} fails a read; what is read prints, and writes and reads
   * back to itself; the strict reads agree (when the bytes are UTF-8 without zero bytes); a strict
   * read is a lenient read without warnings.
   */
  static <T> void check(DocumentKind<T> kind, byte[] data) {
    T fromBytes = readOrNull(() -> C2Json.read(kind, new ByteArrayInputStream(data)));
    String text = new String(data, StandardCharsets.UTF_8);
    T fromText = readOrNull(() -> C2Json.read(kind, text));
    LenientRead<T> lenient = readOrNull(() -> C2Json.readLenient(kind, text));
    // the stream readers also detect UTF-16 and UTF-32 (zero bytes, never in a UTF-8 JSON document)
    if (isUtf8(data) && !hasZeroByte(data)) {
      assertEquals(fromBytes, fromText, "the stream and String readers disagree");
    }
    if (fromText != null) {
      assertTrue(lenient != null, "the strict read succeeded but the lenient one failed");
      assertEquals(fromText, lenient.value());
      assertEquals(List.of(), lenient.warnings());
    }
    for (Object value : new Object[] {fromBytes, fromText, lenient == null ? null : lenient.value()}) {
      if (value != null) {
        assertTrue(value.toString() != null);
        assertEquals(value, C2Json.read(kind, C2Json.write(value)), "the value does not read back to itself");
      }
    }
  }

  private static <V> V readOrNull(Supplier<V> read) {
    try {
      return read.get();
    } catch (C2JsonException e) {
      assertTrue(e.path() != null && e.getMessage().contains(" at " + e.path()), e.getMessage());
      ReadingMessagesTest.assertNoJavaNames(e);
      return null;
    }
  }

  private static boolean hasZeroByte(byte[] data) {
    for (byte b : data) {
      if (b == 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean isUtf8(byte[] data) {
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(data));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
