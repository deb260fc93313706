package org.c2model.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.c2model.csv.crime.PoliceUkCrimeCsv;
import org.c2model.csv.crime.StreetCrimeCounts;
import org.c2model.metrics.indicator.BoundaryVintage;
import org.c2model.metrics.indicator.Observation;
import org.c2model.metrics.indicator.store.ColumnarObservations;

/**
 * Fuzz targets of every CSV reader (issue 14): any input either reads or fails with
 * {@link CsvImportException}; any other throwable (a NullPointerException, an
 * IndexOutOfBoundsException, an InvalidValueException escaping, an OutOfMemoryError) fails the test.
 * <p>
 * In the normal test run each target replays its seeds and every crash found so far, from
 * {@code src/test/resources/org/c2model/csv/CsvFuzzTestInputs/<target>/} (Jazzer's regression
 * mode, seconds). {@code JAZZER_FUZZ=1} fuzzes one target for its {@code maxDuration}; the command is
 * in {@code c2-csv/README.md}.
 */
class CsvFuzzTest {

  private static final BoundaryVintage V = BoundaryVintage.LSOA_2021;

  /** Observations, as text into a list, as bytes into the store, and appended to a builder. */
  @FuzzTest(maxDuration = "10m")
  void observations(byte[] data) {
    List<Observation> list = null;
    try {
      list = ObservationCsv.read(new InputStreamReader(new ByteArrayInputStream(data), StandardCharsets.UTF_8),
          "fuzz.csv", V);
    } catch (CsvImportException e) {
      checkMessage(e);
    }
    ColumnarObservations.Builder fresh = ColumnarObservations.builder();
    try {
      ObservationCsv.parseAll(new ByteArrayInputStream(data), "fuzz.csv", V, fresh);
      ObservationCsv.built(fresh, "fuzz.csv");
    } catch (CsvImportException e) {
      checkMessage(e);
    }
    ColumnarObservations.Builder caller = ColumnarObservations.builder()
        .append("E01020150", "fuzz-seed", "2009-04", V, 1);
    try {
      long n = ObservationCsv.readInto(new InputStreamReader(new ByteArrayInputStream(data), StandardCharsets.UTF_8),
          "fuzz.csv", V, caller);
      assertTrue(list != null && n == list.size(), "readInto appends what read returns");
    } catch (CsvImportException e) {
      checkMessage(e);
      assertEquals(1, caller.build().size(), "readInto leaves nothing in the caller's builder after a failure");
    }
  }

  /** police.uk street-level crime files. */
  @FuzzTest(maxDuration = "10m")
  void policeUkCrime(byte[] data) {
    try {
      StreetCrimeCounts counts = PoliceUkCrimeCsv.read(new ByteArrayInputStream(data), "fuzz.csv");
      assertEquals(counts.rowsRead() - counts.rowsWithoutLsoa(), counts.crimesCounted());
    } catch (CsvImportException e) {
      checkMessage(e);
    }
  }

  /** Unit-cost tables. */
  @FuzzTest(maxDuration = "10m")
  void unitCosts(byte[] data) {
    try {
      UnitCostCsv.read(new ByteArrayInputStream(data), "fuzz.csv").toString();
    } catch (CsvImportException e) {
      checkMessage(e);
    }
  }

  /** Deflator tables. */
  @FuzzTest(maxDuration = "10m")
  void deflators(byte[] data) {
    try {
      DeflatorCsv.read(new ByteArrayInputStream(data), "fuzz.csv").toString();
    } catch (CsvImportException e) {
      checkMessage(e);
    }
  }

  /** Every documented exception names the source and says what is wrong. */
  private static void checkMessage(CsvImportException e) {
    assertTrue(e.getMessage().contains("fuzz.csv"), e::getMessage);
    assertEquals("fuzz.csv", e.source());
  }
}
