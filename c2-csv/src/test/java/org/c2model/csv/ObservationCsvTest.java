package org.c2model.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.c2model.core.place.AreaCode;
import org.c2model.metrics.indicator.BoundaryVintage;
import org.c2model.metrics.indicator.Observation;
import org.c2model.metrics.indicator.store.ColumnarObservations;
import org.junit.jupiter.api.Test;

class ObservationCsvTest {

  private static final BoundaryVintage V21 = BoundaryVintage.LSOA_2021;
  private static final List<Observation> REORDERED = List.of(
      Observation.of("E01020150", "asb-incidents", "2009-04", V21, 12),
      Observation.of("E01020150", "teenage-conceptions", "2009", V21, 3, 80),
      Observation.of("E01020151", "asb-incidents", "2009-05", V21, 7));

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(ObservationCsvTest.class.getResource(name).toURI());
  }

  @Test
  void read_takesColumnsByHeaderNameInAnyOrder() throws Exception {
    assertEquals(REORDERED, ObservationCsv.read(resource("reordered.csv"), V21));
  }

  @Test
  void load_feedsTheColumnarStoreAndReportsProgress() throws Exception {
    List<Long> progress = new ArrayList<>();
    ColumnarObservations store = ObservationCsv.load(resource("reordered.csv"), V21, progress::add);
    assertEquals(3, store.size());
    assertEquals(List.of(3L), progress);
    assertEquals(List.of(REORDERED.get(0), REORDERED.get(2)), store.select("asb-incidents",
        Set.of(AreaCode.of("E01020150"), AreaCode.of("E01020151"))));
    assertEquals(List.of(REORDERED.get(1)), store.select("teenage-conceptions", Set.of(AreaCode.of("E01020150"))));
  }

  @Test
  void read_takesTheVintageColumnAndDefaultsBlankOnes() {
    List<Observation> obs = ObservationCsv.read(new StringReader(
        "areaCode,indicator,period,numerator,vintage\nE01020150,burglary,2009-04,4,lsoa-2011\nE01020150,burglary,2009-05,5,\n"),
        "t.csv", V21);
    assertEquals(BoundaryVintage.LSOA_2011, obs.get(0).vintage());
    assertEquals(V21, obs.get(1).vintage());
  }

  @Test
  void read_reportsABadNumberWithLineAndColumn() throws Exception {
    CsvImportException e = assertThrows(CsvImportException.class,
        () -> ObservationCsv.read(resource("bad-number.csv"), V21));
    assertEquals(3, e.line().getAsLong());
    assertEquals("numerator", e.column().orElseThrow());
    assertEquals("bad-number.csv", e.source());
    assertTrue(e.getMessage().endsWith("'twelve'"), e.getMessage());
  }

  @Test
  void read_reportsAMissingColumnNamingIt() {
    CsvImportException e = assertThrows(CsvImportException.class, () -> ObservationCsv.read(
        new StringReader("areaCode,indicator,numerator\nE01020150,burglary,4\n"), "t.csv", V21));
    assertEquals(1, e.line().getAsLong());
    assertEquals("period", e.column().orElseThrow());
  }

  @Test
  void read_reportsAShortRowWithTheHeadersOwnFieldCount() {
    CsvImportException e = assertThrows(CsvImportException.class, () -> ObservationCsv.read(
        new StringReader("areaCode,indicator,period,numerator\nE01020150,burglary,2009-04,4\nE01020150,burglary\n"),
        "t.csv", V21));
    assertEquals(3, e.line().getAsLong());
    assertTrue(e.getMessage().contains("must have the 4 fields of the header): 2 fields"), e.getMessage());
    assertTrue(e.getMessage().startsWith("Invalid observation CSV t.csv at line 3 "), e.getMessage());
  }

  @Test
  void read_rejectsAnEmptyFile() throws Exception {
    CsvImportException e = assertThrows(CsvImportException.class,
        () -> ObservationCsv.read(resource("empty.csv"), V21));
    assertEquals(1, e.line().getAsLong());
    assertTrue(e.getMessage().contains("empty input"), e.getMessage());
  }

  @Test
  void read_acceptsAHeaderWithoutRecords() {
    assertEquals(List.of(), ObservationCsv.read(new StringReader("areaCode,indicator,period,numerator\n"), "t.csv", V21));
  }

  @Test
  void read_reportsValuesC2RejectsWithLineAndColumn() {
    CsvImportException code = assertThrows(CsvImportException.class, () -> ObservationCsv.read(
        new StringReader("areaCode,indicator,period,numerator\nE01020150,burglary,2009-04,4\nX1,burglary,2009-04,4\n"),
        "t.csv", V21));
    assertEquals(3, code.line().getAsLong());
    assertEquals("areaCode", code.column().orElseThrow());
    CsvImportException period = assertThrows(CsvImportException.class, () -> ObservationCsv.read(
        new StringReader("area code,indicator,period,numerator\nE01020150,burglary,2009-13,4\n"), "t.csv", V21));
    assertEquals("period", period.column().orElseThrow());
    CsvImportException negative = assertThrows(CsvImportException.class, () -> ObservationCsv.read(
        new StringReader("areaCode,indicator,period,numerator\nE01020150,burglary,2009-04,-4\n"), "t.csv", V21));
    assertEquals("numerator", negative.column().orElseThrow());
  }

  @Test
  void readInto_reportsAValueTheStoreCannotHoldWithLineAndColumn() {
    String csv = "areaCode,indicator,period,numerator,denominator\nE01020150,burglary,2009-04,4.5,100\n";
    assertEquals(4.5, ObservationCsv.read(new StringReader(csv), "t.csv", V21).get(0).numerator());
    CsvImportException e = assertThrows(CsvImportException.class, () -> ObservationCsv.readInto(
        new StringReader(csv), "t.csv", V21, ColumnarObservations.builder()));
    assertEquals(2, e.line().getAsLong());
    assertEquals("numerator", e.column().orElseThrow());
  }

  @Test
  void load_reportsRepeatedRecords() throws Exception {
    Path file = java.nio.file.Files.createTempFile("dup", ".csv");
    try {
      java.nio.file.Files.writeString(file,
          "areaCode,indicator,period,numerator\nE01020150,burglary,2009-04,4\nE01020150,burglary,2009-04,5\n");
      CsvImportException e = assertThrows(CsvImportException.class, () -> ObservationCsv.load(file, V21, n -> { }));
      assertTrue(e.getMessage().contains("observations[1]"), e.getMessage());
    } finally {
      java.nio.file.Files.delete(file);
    }
  }

  private static final String HEADER = "areaCode,indicator,period,numerator,denominator\n";

  private static CsvImportException fails(String csv) {
    return assertThrows(CsvImportException.class, () -> ObservationCsv.read(new StringReader(csv), "t.csv", V21));
  }

  @Test
  void read_rejectsARowWithExtraFieldsInsteadOfShiftingValues() {
    // issue 14: "...,1,250,1000" loaded 1/250
    CsvImportException e = fails(HEADER + "E01020150,burglary,2009-04,4,100\nE01020150,burglary,2009-05,1,250,1000\n");
    assertEquals(3, e.line().getAsLong());
    assertEquals("field 6", e.column().orElseThrow());
    assertTrue(e.getMessage().startsWith("Invalid observation CSV t.csv at line 3, column field 6"), e::getMessage);
  }

  @Test
  void read_rejectsNumbersThatAreNotDecimalDigits() {
    // issue 14: 0x1p3, 7d, 7f and a trailing NUL were read as numbers
    for (String bad : List.of("0x1p3", "7d", "7f", "7\u0000", "1e2", "Infinity")) {
      CsvImportException num = fails(HEADER + "E01020150,burglary,2009-04,\"" + bad + "\",100\n");
      assertEquals("numerator", num.column().orElseThrow(), bad);
      assertEquals(2, num.line().getAsLong());
      CsvImportException den = fails(HEADER + "E01020150,burglary,2009-04,4,\"" + bad + "\"\n");
      assertEquals("denominator", den.column().orElseThrow(), bad);
    }
  }

  @Test
  void read_rejectsANaNDenominatorInsteadOfReadingNoDenominator() {
    // issue 14: "NaN" silently became "no denominator"
    CsvImportException e = fails(HEADER + "E01020150,burglary,2009-04,4,NaN\n");
    assertEquals("denominator", e.column().orElseThrow());
    assertEquals(2, e.line().getAsLong());
    assertTrue(ObservationCsv.read(new StringReader(HEADER + "E01020150,burglary,2009-04,4,\n"), "t.csv", V21)
        .get(0).denominator().isEmpty(), "an empty denominator is none");
  }

  @Test
  void readInto_isAllOrNothing() {
    // issue 14: after a failure readInto left the earlier rows in the caller's builder
    ColumnarObservations.Builder builder = ColumnarObservations.builder();
    ObservationCsv.readInto(new StringReader(HEADER + "E01020150,burglary,2009-04,4,100\n"), "a.csv", V21, builder);
    for (String bad : List.of("E01020150,burglary,2009-06,oops,100\n", "E01020150,burglary,2009-05,5,100\n")) {
      assertThrows(CsvImportException.class, () -> ObservationCsv.readInto(new StringReader(HEADER
          + "E01020151,burglary,2009-04,1,100\nE01020151,burglary,2009-05,2,100\n" + bad + bad), "b.csv", V21,
          builder));
    }
    ColumnarObservations store = builder.build();
    assertEquals(1, store.size(), "only the first file's record");
    assertEquals(List.of(Observation.of("E01020150", "burglary", "2009-04", V21, 4, 100)),
        store.select("burglary", Set.of(AreaCode.of("E01020150"), AreaCode.of("E01020151"))));
  }

  @Test
  void read_quotedNewlinesCrLfAndBomAreRfc4180() {
    List<Observation> obs = ObservationCsv.read(new StringReader("\uFEFF" + HEADER.replace("\n", "\r\n")
        + "\"E01020150\",\"burglary\",2009-04,4,100\r\n\r\nE01020150,burglary,2009-05,5,\"100\"\r\n"), "t.csv", V21);
    assertEquals(2, obs.size());
    CsvImportException e = fails(HEADER + "E01020150,\"bur\nglary\",2009-04,4,100\nE01020150,burglary,2009-05,x,100\n");
    assertEquals(4, e.line().getAsLong(), "the record after a quoted newline starts on line 4");
  }

  @Test
  void load_namesTheLineOfInvalidUtf8() throws Exception {
    Path file = java.nio.file.Files.createTempFile("utf8", ".csv");
    try {
      byte[] head = (HEADER + "E01020150,burglary,2009-04,4,100\nE01020150,burg").getBytes(java.nio.charset.StandardCharsets.UTF_8);
      byte[] tail = "lary,2009-05,4,100\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
      byte[] all = java.util.Arrays.copyOf(head, head.length + 1 + tail.length);
      all[head.length] = (byte) 0xFF;
      System.arraycopy(tail, 0, all, head.length + 1, tail.length);
      java.nio.file.Files.write(file, all);
      CsvImportException load = assertThrows(CsvImportException.class, () -> ObservationCsv.load(file, V21, n -> { }));
      assertEquals(3, load.line().getAsLong(), load::getMessage);
      CsvImportException read = assertThrows(CsvImportException.class, () -> ObservationCsv.read(file, V21));
      assertEquals(3, read.line().getAsLong(), read::getMessage);
    } finally {
      java.nio.file.Files.delete(file);
    }
  }
}
