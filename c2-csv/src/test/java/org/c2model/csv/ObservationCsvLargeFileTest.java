package org.c2model.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
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
  void load_readsAFileWithQuotedFieldsOnceAndGivesTheStoreOnePassGives() throws IOException {
    Path file = write("quoted.csv", "E01999999,indicator-01,2020-01,1,1000,\"a note\nover two lines\"\n", 100_000);
    CountingStream in = new CountingStream(Files.newInputStream(file));
    List<Long> progress = new ArrayList<>();
    ColumnarObservations store;
    try (in) {
      store = ParallelLoad.load(in, Files.size(file), "quoted.csv", V21, progress::add, 1_000_000).build();
    }
    assertEquals(Files.size(file), in.bytes, "every byte read once, none again after the quote");
    assertEquals(AREAS * MONTHS * INDICATORS, store.size());
    assertEquals(1, store.select("indicator-01", Set.of(AreaCode.of("E01999999"))).size());
    assertEquals(List.of((long) store.size()), progress, "progress told once, at the file's count");
    assertSameAsOnePass(file, store);
    assertSameAsOnePass(file, ObservationCsv.load(file, V21, n -> { }));
  }

  @Test
  void load_readsAFileWithoutQuotesOnce() throws IOException {
    Path file = write("large.csv", null, -1);
    CountingStream in = new CountingStream(Files.newInputStream(file));
    try (in) {
      assertSameAsOnePass(file, ParallelLoad.load(in, Files.size(file), "large.csv", V21, n -> { }, 1_000_000).build());
    }
    assertEquals(Files.size(file), in.bytes);
  }

  @Test
  void load_reportsTheFileLineOfAnErrorAfterAQuote() throws IOException {
    int badAt = AREAS * MONTHS * INDICATORS - 10;
    Path file = write("bad-quoted.csv", "E01000001,indicator-01,2020-01,lots,1000,\"x\"\n", badAt);
    try (BufferedWriter w = Files.newBufferedWriter(file, java.nio.file.StandardOpenOption.APPEND)) {
      w.write("E01999999,indicator-01,2020-01,1,1000,\"a note\nover two lines\"\n");
    }
    CsvImportException e = assertThrows(CsvImportException.class, () -> ObservationCsv.load(file, V21, n -> { }));
    assertEquals(badAt + 2L, e.line().getAsLong());
    assertEquals("numerator", e.column().orElseThrow());
    Path early = write("quote-then-bad.csv", "E01000001,indicator-01,2020-01,1,1000,\"x\"\n", 1_000);
    Files.writeString(early, "E01000001,indicator-01,2020-02,lots,1000,x\n", java.nio.file.StandardOpenOption.APPEND);
    CsvImportException last = assertThrows(CsvImportException.class, () -> ObservationCsv.load(early, V21, n -> { }));
    assertEquals(AREAS * MONTHS * INDICATORS + 2L, last.line().getAsLong());
  }

  private static void assertSameAsOnePass(Path file, ColumnarObservations loaded) throws IOException {
    ColumnarObservations.Builder one = ColumnarObservations.builder();
    try (Reader in = Files.newBufferedReader(file)) {
      ObservationCsv.readInto(in, file.getFileName().toString(), V21, one);
    }
    ColumnarObservations sequential = one.build();
    assertEquals(sequential.size(), loaded.size());
    assertEquals(sequential.indicatorIds(), loaded.indicatorIds());
    assertEquals(sequential.periods(), loaded.periods());
    assertEquals(sequential.areaCount(), loaded.areaCount());
    Set<AreaCode> some = Set.of(AreaCode.of("E01000000"), AreaCode.of("E01000001"), AreaCode.of("E01001234"),
        AreaCode.of("E01001999"), AreaCode.of("E01999999"));
    for (String id : sequential.indicatorIds()) {
      assertEquals(sequential.select(id, some), loaded.select(id, some));
    }
  }

  /** Counts the bytes read through it. */
  private static final class CountingStream extends FilterInputStream {
    long bytes;

    CountingStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        bytes++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        bytes += n;
      }
      return n;
    }

    @Override
    public long skip(long n) {
      throw new AssertionError("the loader never skips");
    }
  }
}
