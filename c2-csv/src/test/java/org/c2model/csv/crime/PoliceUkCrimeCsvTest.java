package org.c2model.csv.crime;

import org.c2model.csv.CsvImportException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.time.YearMonth;
import java.util.List;
import org.c2model.core.place.AreaCode;
import org.junit.jupiter.api.Test;

/** Reading police.uk street-level crime files: counts, rows without an LSOA, and errors with line and column. */
class PoliceUkCrimeCsvTest {

  private static final String HEADER = "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,"
      + "LSOA name,Crime type,Last outcome category,Context\n";
  private static final AreaCode A = AreaCode.of("E01020136");
  private static final AreaCode B = AreaCode.of("E01020137");
  private static final YearMonth JAN = YearMonth.of(2024, 1);
  private static final YearMonth FEB = YearMonth.of(2024, 2);

  private static java.nio.file.Path sample(String name) throws URISyntaxException {
    return Paths.get(PoliceUkCrimeCsvTest.class.getResource(name).toURI());
  }

  private static StreetCrimeCounts read(String csv) {
    return PoliceUkCrimeCsv.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "test.csv");
  }

  @Test
  void read_countsByLsoaMonthAndTypeAndReportsRowsWithoutAnLsoa() throws Exception {
    StreetCrimeCounts counts = PoliceUkCrimeCsv.read(List.of(sample("2024-01-sample-street.csv")));
    assertEquals(List.of(
        CrimeCount.of(A, JAN, "Anti-social behaviour", 2),
        CrimeCount.of(A, JAN, "Violence and sexual offences", 1),
        CrimeCount.of(B, JAN, "Shoplifting", 1)), counts.counts());
    assertEquals(6, counts.rowsRead());
    assertEquals(2, counts.rowsWithoutLsoa());
    assertEquals(4, counts.crimesCounted());
    assertEquals("6 rows: 4 crimes in 3 LSOA-month-type cells, 2 rows without an LSOA", counts.toString());
  }

  @Test
  void read_severalFilesAddUp() throws Exception {
    StreetCrimeCounts counts = PoliceUkCrimeCsv.read(
        List.of(sample("2024-02-sample-street.csv"), sample("2024-01-sample-street.csv")));
    assertEquals(5, counts.counts().size());
    assertEquals(CrimeCount.of(A, FEB, "Anti-social behaviour", 1), counts.counts().get(2));
    assertEquals(8, counts.rowsRead());
    assertEquals(2, counts.rowsWithoutLsoa());
  }

  @Test
  void read_usesTheHeaderNotThePositionsAndToleratesAByteOrderMark() {
    StreetCrimeCounts counts = read("\uFEFFCrime type,LSOA code,Month\nBurglary,E01020136,2024-01\nBurglary,E01020136,2024-01\n");
    assertEquals(List.of(CrimeCount.of(A, JAN, "Burglary", 2)), counts.counts());
  }

  @Test
  void read_missingColumnFailsNamingIt() {
    CsvImportException e = assertThrows(CsvImportException.class, () -> read("Crime ID,Month,Crime type\nx,2024-01,Burglary\n"));
    assertEquals("LSOA code", e.column().orElseThrow());
    assertEquals(1, e.line().orElseThrow());
  }

  @Test
  void read_badValuesFailWithLineAndColumn() {
    CsvImportException month = assertThrows(CsvImportException.class, () -> read(HEADER
        + ",2024-01,P,P,,,L,E01020136,N,Burglary,,\n,2024/01,P,P,,,L,E01020136,N,Burglary,,\n"));
    assertEquals(3, month.line().orElseThrow());
    assertEquals("Month", month.column().orElseThrow());
    assertTrue(month.getMessage().contains("'2024/01'"), month.getMessage());
    CsvImportException lsoa = assertThrows(CsvImportException.class, () -> read(HEADER + ",2024-01,P,P,,,L,E0102013,N,Burglary,,\n"));
    assertEquals(2, lsoa.line().orElseThrow());
    assertEquals("LSOA code", lsoa.column().orElseThrow());
    assertTrue(lsoa.getMessage().contains("'E0102013'"), lsoa.getMessage());
    CsvImportException type = assertThrows(CsvImportException.class, () -> read(HEADER + ",2024-01,P,P,,,L,E01020136,N,,,\n"));
    assertEquals("Crime type", type.column().orElseThrow());
  }

  @Test
  void read_shortRowAndBrokenQuotingFailWithTheLine() {
    CsvImportException shortRow = assertThrows(CsvImportException.class, () -> read(HEADER + ",2024-01,P\n"));
    assertEquals(2, shortRow.line().orElseThrow());
    CsvImportException quote = assertThrows(CsvImportException.class,
        () -> read(HEADER + ",2024-01,P,P,,,L,E01020136,N,Burglary,,\n,2024-01,P,P,,,\"On or near,E01020136,N,Burglary,,\n"));
    assertEquals(3, quote.line().orElseThrow(), "the line the unclosed quote's record starts on");
    assertEquals(1, assertThrows(CsvImportException.class, () -> read("")).line().orElseThrow());
  }

  @Test
  void read_rowWithExtraFieldsFailsWithLineAndColumn() {
    CsvImportException extra = assertThrows(CsvImportException.class,
        () -> read(HEADER + ",2024-01,P,P,,,L,E01020136,N,Burglary,,,surplus\n"));
    assertEquals(2, extra.line().orElseThrow());
    assertEquals("field 13", extra.column().orElseThrow());
  }

  @Test
  void read_doesNotCloseTheCallersStream() throws Exception {
    boolean[] closed = {false};
    InputStream in = new ByteArrayInputStream((HEADER + ",2024-01,P,P,,,L,E01020136,N,Burglary,,\n").getBytes(StandardCharsets.UTF_8)) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    PoliceUkCrimeCsv.read(in, "stream");
    assertEquals(false, closed[0]);
  }

  @Test
  void toObservations_mapsCrimeTypesToCatalogueIndicatorsAndKeepsOtherCategories() {
    StreetCrimeCounts counts = read("Month,LSOA code,Crime type\n2024-01,E01020136,Anti-social behaviour\n"
        + "2024-01,E01020136,Anti-social behaviour\n2024-01,E01020136,Criminal damage and arson\n"
        + "2024-01,E01020136,Robbery\n2024-01,E01020136,Violence and sexual offences\n2024-01,,Burglary\n");
    List<org.c2model.metrics.indicator.Observation> obs = counts.toObservations(
        org.c2model.core.outcome.IndicatorCatalogue.standard(), org.c2model.metrics.indicator.BoundaryVintage.LSOA_2011);
    assertEquals(List.of("asb-incidents 2", "criminal-damage 1", "robbery 1", "violent-crime 1"),
        obs.stream().map(o -> o.indicatorId() + " " + (long) o.numerator()).toList());
    obs.forEach(o -> {
      assertEquals("2024-01", o.period().toString());
      assertEquals("E01020136", o.areaCode().toString());
      assertTrue(o.denominator().isEmpty());
    });
    assertEquals(1, counts.rowsWithoutLsoa());
  }

  @Test
  void category_ofKnownAndNewCrimeTypes() {
    assertEquals("anti-social-behaviour", StreetCrimeCounts.category("Anti-social behaviour"));
    assertEquals("violent-crime", StreetCrimeCounts.category("Violence and sexual offences"));
    assertEquals("fly-tipping-reports", StreetCrimeCounts.category(" Fly-tipping reports "));
  }
}
