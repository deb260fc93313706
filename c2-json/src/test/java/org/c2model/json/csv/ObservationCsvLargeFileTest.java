package org.c2model.json.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.c2model.core.place.AreaCode;
import org.c2model.metrics.indicator.BoundaryVintage;
import org.c2model.metrics.indicator.store.ColumnarObservations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files large enough (over 8 MiB) for the loader to cut them into parts on a multi-core machine. */
class ObservationCsvLargeFileTest {

  private static final BoundaryVintage V21 = BoundaryVintage.LSOA_2021;
  private static final int AREAS = 2_000;
  private static final int MONTHS = 12;
  private static final int INDICATORS = 12;

  @TempDir
  Path dir;

  private Path write(String name, String badRecord, int badAt) throws IOException {
    Path file = dir.resolve(name);
    int n = 0;
    try (BufferedWriter w = Files.newBufferedWriter(file)) {
      w.write("areaCode,indicator,period,numerator,denominator,note\n");
      for (int a = 0; a < AREAS; a++) {
        for (int m = 1; m <= MONTHS; m++) {
          for (int i = 0; i < INDICATORS; i++, n++) {
            if (n == badAt) {
              w.write(badRecord);
            } else {
              w.write(String.format(Locale.ROOT, "E01%06d,indicator-%02d,2020-%02d,%d,%d,some padding text\n", a, i, m,
                  (a + i + m) % 40, 1000 + a));
            }
          }
        }
      }
    }
    return file;
  }

  @Test
  void load_givesTheStoreOnePassGivesAndReportsProgress() throws IOException {
    Path file = write("large.csv", null, -1);
    assertTrue(Files.size(file) > 8 << 20, "large enough to be cut into parts");
    List<Long> progress = new ArrayList<>();
    ColumnarObservations parallel = ObservationCsv.load(file, V21, progress::add);
    ColumnarObservations.Builder one = ColumnarObservations.builder();
    try (Reader in = Files.newBufferedReader(file)) {
      ObservationCsv.readInto(in, "large.csv", V21, one);
    }
    ColumnarObservations sequential = one.build();
    assertEquals(AREAS * MONTHS * INDICATORS, parallel.size());
    assertEquals(sequential.indicatorIds(), parallel.indicatorIds());
    Set<AreaCode> some = Set.of(AreaCode.of("E01000000"), AreaCode.of("E01001234"), AreaCode.of("E01001999"));
    for (String id : sequential.indicatorIds()) {
      assertEquals(sequential.select(id, some), parallel.select(id, some));
    }
    assertEquals(List.of((long) parallel.size()), progress.subList(progress.size() - 1, progress.size()));
    for (int k = 1; k < progress.size(); k++) {
      assertTrue(progress.get(k) > progress.get(k - 1), "increasing: " + progress);
    }
  }

  @Test
  void load_reportsTheFileLineOfAnErrorLateInTheFile() throws IOException {
    int badAt = AREAS * MONTHS * INDICATORS - 10;
    Path file = write("bad.csv", "E01000001,indicator-01,2020-01,lots,1000,x\n", badAt);
    CsvImportException e = assertThrows(CsvImportException.class, () -> ObservationCsv.load(file, V21, n -> { }));
    assertEquals(badAt + 2L, e.line().getAsLong(), "header is line 1, record 0 is line 2");
    assertEquals("numerator", e.column().orElseThrow());
  }

  @Test
  void load_readsAFileWithQuotedFieldsInOnePass() throws IOException {
    Path file = write("quoted.csv", "E01999999,indicator-01,2020-01,1,1000,\"a note\nover two lines\"\n", 100_000);
    ColumnarObservations store = ObservationCsv.load(file, V21, n -> { });
    assertEquals(AREAS * MONTHS * INDICATORS, store.size());
    assertEquals(1, store.select("indicator-01", Set.of(AreaCode.of("E01999999"))).size());
  }
}
