package org.c2model.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class CsvRecordsTest {

  private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

  /** Reads every record of text, as lists of fields, with each record's line. */
  private static List<String> all(CsvRecords r) {
    List<String> out = new ArrayList<>();
    while (r.next()) {
      List<String> fields = new ArrayList<>();
      for (int i = 0; i < r.size(); i++) {
        fields.add(r.get(i));
      }
      out.add(r.line() + ":" + fields);
    }
    return out;
  }

  private static List<String> text(String csv) {
    try (CsvRecords r = CsvRecords.open(new StringReader(csv), "test CSV", "t.csv")) {
      return all(r);
    }
  }

  private static List<String> bytes(byte[] csv) {
    try (CsvRecords r = CsvRecords.open(new ByteArrayInputStream(csv), "test CSV", "t.csv")) {
      return all(r);
    }
  }

  private static CsvImportException failsText(String csv) {
    return assertThrows(CsvImportException.class, () -> text(csv));
  }

  private static CsvImportException failsBytes(byte[] csv) {
    return assertThrows(CsvImportException.class, () -> bytes(csv));
  }

  @Test
  void quotedNewlinesCrLfAndBom_areRfc4180AndLinesAreWhereRecordsStart() {
    String csv = "\uFEFFa,b\r\n1,\"two\r\nlines, and \"\"quotes\"\"\"\r\n\r\n3,4\r\n";
    List<String> expected = List.of("2:[1, two\r\nlines, and \"quotes\"]", "5:[3, 4]");
    assertEquals(expected, text(csv));
    assertEquals(expected, bytes(csv.getBytes(StandardCharsets.UTF_8)));
    try (CsvRecords r = CsvRecords.open(new StringReader(csv), "test CSV", "t.csv")) {
      assertEquals(List.of("a", "b"), r.header(), "the byte order mark is not part of the first name");
    }
  }

  @Test
  void extraField_isRejectedWithLineAndColumn() {
    CsvImportException e = failsText("a,b\n1,2\n3,4,5\n");
    assertEquals(OptionalLong.of(3), e.line());
    assertEquals(Optional.of("field 3"), e.column());
    assertTrue(e.getMessage().startsWith("Invalid test CSV t.csv at line 3, column field 3"), e::getMessage);
  }

  @Test
  void unterminatedQuote_namesTheLineTheRecordStartsOn() {
    CsvImportException e = failsText("a,b\n1,2\n3,\"never closed\n4,5\n6,7\n");
    assertEquals(OptionalLong.of(3), e.line(), e::getMessage);
  }

  @Test
  void invalidUtf8_namesTheLineOfTheBadByte() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes("a,b\n".getBytes(StandardCharsets.UTF_8));
    for (int i = 0; i < 5000; i++) {
      out.writeBytes(("r" + i + ",\"x\ny\"\n").getBytes(StandardCharsets.UTF_8));
    }
    out.writeBytes("bad,".getBytes(StandardCharsets.UTF_8));
    out.write(0xC3);
    out.write(0x28);
    out.writeBytes("\nlast,1\n".getBytes(StandardCharsets.UTF_8));
    CsvImportException e = failsBytes(out.toByteArray());
    assertEquals(OptionalLong.of(2 + 2 * 5000), e.line(), e::getMessage);
    assertTrue(e.getMessage().contains("C3"), e::getMessage);
    // a truncated sequence at the very end
    CsvImportException end = failsBytes(new byte[] {'a', '\n', 'b', '\n', (byte) 0xE2, (byte) 0x82});
    assertEquals(OptionalLong.of(3), end.line(), end::getMessage);
  }

  @Test
  void hugeField_isRejectedWithLineAndColumnBeforeMemoryRunsOut() {
    StringBuilder sb = new StringBuilder("a,b\n1,2\n3,");
    sb.append("x".repeat(20_000_000)).append("\n4,5\n");
    CsvImportException e = failsText(sb.toString());
    assertEquals(OptionalLong.of(3), e.line(), e::getMessage);
    assertEquals(Optional.of("b"), e.column());
    CsvImportException quoted = failsText("a,b\n1,\"" + "y".repeat(CsvRecords.MAX_FIELD_LENGTH + 1) + "\"\n");
    assertEquals(OptionalLong.of(2), quoted.line(), quoted::getMessage);
  }

  @Test
  void emptyInput_isRejectedAtLineOne() {
    for (String csv : List.of("", "\n\n", "\uFEFF")) {
      CsvImportException e = failsText(csv);
      assertEquals(OptionalLong.of(1), e.line());
      assertTrue(e.getMessage().contains("header"), e::getMessage);
    }
  }

  @Test
  void numbers_areDecimalDigitsOnly() {
    for (String bad : List.of("0x1p3", "7d", "7f", "7\u0000", "NaN", "Infinity", "-Infinity", "1e3", "1E3", "+1",
        ".5", "5.", "1 000", "1,5", "--1", "", "\u0661")) {
      CsvImportException e = assertThrows(CsvImportException.class, () -> number(bad), bad);
      assertEquals(Optional.of("n"), e.column());
      assertEquals(OptionalLong.of(2), e.line());
    }
    assertEquals(12.0, number("12"));
    assertEquals(-3.0, number("-3"));
    assertEquals(4.25, number("4.25"));
    assertEquals(123456789012345678.0, number("123456789012345678"));
  }

  private static double number(String text) {
    try (CsvRecords r = CsvRecords.open(new StringReader("n\n\"" + text + "\"\n"), "test CSV", "t.csv")) {
      assertTrue(r.next());
      return r.decimal(0);
    }
  }

  @Test
  void readerIsLeftOpenAndShortRecordsAreTheReadersToJudge() throws Exception {
    StringReader in = new StringReader("a,b,c\n1\n");
    try (CsvRecords r = CsvRecords.open(in, "test CSV", "t.csv")) {
      assertTrue(r.next());
      assertEquals(1, r.size());
      assertEquals(null, r.get(2));
      CsvImportException e = assertThrows(CsvImportException.class, () -> r.requireFields(3));
      assertEquals(OptionalLong.of(2), e.line());
      assertFalse(r.next());
    }
    assertTrue(in.ready(), "the caller's reader is still open");
  }

  @Property
  void isDecimal_isTheDocumentedGrammar(@ForAll("numberish") String text) {
    assertEquals(DECIMAL.matcher(text).matches(), CsvRecords.isDecimal(text), text);
    if (DECIMAL.matcher(text).matches()) {
      double parsed = number(text);
      assertTrue(new BigDecimal(text).doubleValue() == parsed, text + " read as " + parsed);
    }
  }

  @Provide
  Arbitrary<String> numberish() {
    return Arbitraries.strings().withChars("0123456789-.+eExXpPdDfFN \u0000").ofMaxLength(12);
  }

  @Property
  void anyRecordsWrittenAsRfc4180_readBackWithTheirStartLines(@ForAll("tables") List<List<String>> rows,
      @ForAll boolean crlf) {
    String eol = crlf ? "\r\n" : "\n";
    StringBuilder csv = new StringBuilder("a,b,c").append(eol);
    List<String> expected = new ArrayList<>();
    long line = 2;
    for (List<String> row : rows) {
      expected.add(line + ":" + row);
      List<String> quoted = new ArrayList<>();
      for (String f : row) {
        quoted.add("\"" + f.replace("\"", "\"\"") + "\"");
        line += f.chars().filter(c -> c == '\n').count();
      }
      csv.append(String.join(",", quoted)).append(eol);
      line++;
    }
    assertEquals(expected, text(csv.toString()));
    assertEquals(expected, bytes(csv.toString().getBytes(StandardCharsets.UTF_8)));
  }

  @Provide
  Arbitrary<List<List<String>>> tables() {
    Arbitrary<String> field = Arbitraries.strings().withChars("ab,\"\n é€").ofMaxLength(8)
        .map(String::strip).filter(s -> !s.isEmpty());
    return Combinators.combine(field, field, field).as(List::of).list().ofMaxSize(20);
  }
}
