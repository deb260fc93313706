package org.c2model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.c2model.core.rule.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Issue 14: the String readers and the stream readers agree, and messages speak of the document, not of Java. */
class ReadingMessagesTest {

  /**
   * What a message must not contain: a qualified Java name, a backquoted Jackson class or setting,
   * or an exception's class name.
   */
  static final Pattern JAVA_NAMES = Pattern.compile(
      "\\b(java|javax|com|org|net)\\.[a-z]\\w*\\.|`\\w+\\.\\w+|\\w+(Exception|Error)\\b|StreamReadConstraints|JsonReadFeature");

  static String golden(DocumentKind<?> kind) throws IOException {
    try (InputStream in = ReadingMessagesTest.class.getResourceAsStream("/org/c2model/json/golden/" + kind.code() + ".json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Checks the words of a message, not the path or the values it takes from the document. */
  static void assertNoJavaNames(C2JsonException e) {
    String words = e.getMessage().replace(" at " + e.path() + " ", " at ");
    if (e.invalidValue().isPresent() && !e.invalidValue().get().isEmpty()) {
      words = words.replace(e.invalidValue().get(), "");
    }
    words = words.replaceAll("'[^']*'", "''");
    assertFalse(JAVA_NAMES.matcher(words).find(), e.getMessage());
  }

  @Test
  void stringReadersSkipALeadingByteOrderMarkAsTheStreamReadersDo() throws IOException {
    for (DocumentKind<?> kind : DocumentKind.all()) {
      if (!kind.isReadable()) {
        continue;
      }
      String json = golden(kind);
      Object expected = C2Json.read(kind, json);
      String withBom = "\uFEFF" + json;
      assertEquals(expected, C2Json.read(kind, new ByteArrayInputStream(withBom.getBytes(StandardCharsets.UTF_8))),
          kind.code());
      assertEquals(expected, C2Json.read(kind, withBom), kind.code());
      assertEquals(expected, C2Json.readLenient(kind, withBom).value(), kind.code());
    }
    // one mark only, and only at the start: a second one is not JSON
    C2JsonException e = assertThrows(C2JsonException.class,
        () -> C2Json.read(DocumentKind.NEIGHBOURHOOD, "\uFEFF\uFEFF" + golden(DocumentKind.NEIGHBOURHOOD)));
    assertEquals(Path.root(), e.path());
  }

  @Test
  void limitAndSyntaxMessagesNameNoJavaClassOrSetting() throws IOException {
    String hood = golden(DocumentKind.NEIGHBOURHOOD);
    List<String> broken = List.of(
        hood.replace("3400", "NaN"),
        hood.replace("3400", "-Infinity"),
        hood.replace("3400", "3".repeat(C2Json.MAX_NUMBER_LENGTH + 1)),
        hood.replace("Townstal, Dartmouth", "y".repeat(C2Json.MAX_STRING_LENGTH + 1)),
        hood.replace("\"population\"", "\"" + "x".repeat(C2Json.MAX_NAME_LENGTH + 1) + "\""),
        hood.replace("3400", "[".repeat(C2Json.MAX_NESTING_DEPTH + 1) + "]".repeat(C2Json.MAX_NESTING_DEPTH + 1)),
        hood.replace("3400", "'x'"),
        hood.substring(0, hood.length() / 2));
    for (String json : broken) {
      for (Executable read : List.<Executable>of(() -> C2Json.read(DocumentKind.NEIGHBOURHOOD, json),
          () -> C2Json.read(DocumentKind.NEIGHBOURHOOD, new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))) {
        assertNoJavaNames(assertThrows(C2JsonException.class, read));
      }
    }
    C2JsonException missing = assertThrows(C2JsonException.class,
        () -> C2Json.read(DocumentKind.NEIGHBOURHOOD, java.nio.file.Path.of("no-such-directory", "no-such-file.json")));
    assertNoJavaNames(missing);
    assertTrue(missing.getMessage().contains("no such file: no-such-directory"), missing.getMessage());
  }

  @Test
  void anOverLongPropertyNameIsReportedInItsOwnObjectAtItsOwnLine() throws IOException {
    String partnership = golden(DocumentKind.PARTNERSHIP);
    String name = "x".repeat(C2Json.MAX_NAME_LENGTH + 1);
    // the third resident's "existingActivist" renamed: before the fix the failure named the previous
    // property, /residents/2/keyResident
    String before = "\"keyResident\": true,\n      \"existingActivist\": true";
    assertTrue(partnership.contains(before));
    String json = partnership.replace(before, "\"keyResident\": true,\n      \"" + name + "\": true");
    int line = (int) json.substring(0, json.indexOf(name)).chars().filter(c -> c == '\n').count() + 1;
    for (Executable read : List.<Executable>of(() -> C2Json.read(DocumentKind.PARTNERSHIP, json),
        () -> C2Json.read(DocumentKind.PARTNERSHIP, new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))) {
      C2JsonException e = assertThrows(C2JsonException.class, read);
      assertEquals(Path.parse("/residents/2"), e.path(), e.getMessage());
      assertEquals(line, e.line().orElseThrow(), e.getMessage());
      assertTrue(e.getMessage().contains("exceeds the maximum allowed (" + C2Json.MAX_NAME_LENGTH + ")"), e.getMessage());
      assertNoJavaNames(e);
    }
    // the first property of the document: the root object
    String hood = golden(DocumentKind.NEIGHBOURHOOD).replaceFirst("\\{", "{\"" + name + "\": 1,");
    assertEquals(Path.root(), assertThrows(C2JsonException.class, () -> C2Json.read(DocumentKind.NEIGHBOURHOOD, hood)).path());
  }

  /**
   * Found by the mutation run: a UTF-8-encoded surrogate (bytes ED A0 80), which the parser decodes
   * leniently, or an escaped lone surrogate was read as text that can only be written back as
   * invalid UTF-8.
   */
  @Test
  void anUnpairedSurrogateIsRejectedAtItsValueFromBytesAndFromText() throws IOException {
    String hood = golden(DocumentKind.NEIGHBOURHOOD);
    byte[] utf8 = hood.getBytes(StandardCharsets.UTF_8);
    int at = hood.indexOf("Townstal, Dartmouth");
    byte[] bytes = new byte[utf8.length + 3];
    System.arraycopy(utf8, 0, bytes, 0, at);
    bytes[at] = (byte) 0xED;
    bytes[at + 1] = (byte) 0xA0;
    bytes[at + 2] = (byte) 0x80;
    System.arraycopy(utf8, at, bytes, at + 3, utf8.length - at);
    for (Executable read : List.<Executable>of(() -> C2Json.read(DocumentKind.NEIGHBOURHOOD, new ByteArrayInputStream(bytes)),
        () -> C2Json.read(DocumentKind.NEIGHBOURHOOD, hood.replace("Townstal, Dartmouth", "\\ud800Townstal")),
        () -> C2Json.read(DocumentKind.NEIGHBOURHOOD, hood.replace("Townstal, Dartmouth", "Townstal\\udc00")))) {
      C2JsonException e = assertThrows(C2JsonException.class, read);
      assertEquals(Path.parse("/name"), e.path(), e.getMessage());
      assertTrue(e.getMessage().contains("unpaired surrogate"), e.getMessage());
    }
    // a pair is one character, read and written back
    String paired = hood.replace("Townstal, Dartmouth", "Townstal \\ud83c\\udfe0");
    assertEquals("Townstal \ud83c\udfe0", C2Json.read(DocumentKind.NEIGHBOURHOOD, paired).name());
  }
}
