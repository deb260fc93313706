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
}
