package org.c2model.bench.indicator;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.c2model.csv.ObservationCsv;
import org.c2model.metrics.indicator.BoundaryVintage;
import org.c2model.metrics.indicator.store.ColumnarObservations;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Benchmark 2 of issue 8: ingest a CSV file of 5 million indicator observations (4,000 LSOAs x 50
 * months x 25 indicators, with denominators; about 200 MB), written deterministically to a temporary
 * file in the setup. Peers in the same run:
 * <ul>
 *   <li>{@code c2Loader}: {@link ObservationCsv#load} into a {@link ColumnarObservations} store;</li>
 *   <li>{@code duckDbReadCsv}: {@code CREATE TABLE ... AS SELECT * FROM read_csv(...)} on in-memory
 *       DuckDB with the column types given;</li>
 *   <li>{@code fastCsvParse} and {@code jacksonCsvParse}: parsing alone, one thread each, every
 *       record's fields as FastCSV and jackson-dataformat-csv (the parser under c2-csv's record
 *       reader) give them, with the two numbers parsed: which parser a loader should stand on.</li>
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class CsvIngestBenchmark {

  static final int AREAS = 4_000;
  static final int MONTHS = 50;
  static final long OBSERVATIONS = (long) AREAS * MONTHS * SyntheticIndicators.INDICATORS;

  Path file;
  Connection duckDb;

  /**
   * Writes the CSV file.
   *
   * @throws IOException if the temporary file cannot be written
   * @throws SQLException if DuckDB cannot start
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException, SQLException {
    file = Files.createTempFile("c2-bench-observations", ".csv");
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("areaCode,indicator,period,numerator,denominator\n");
      for (int a = 0; a < AREAS; a++) {
        String area = SyntheticIndicators.areaCode(a);
        String den = Integer.toString(SyntheticIndicators.denominator(a));
        for (int m = 0; m < MONTHS; m++) {
          String period = SyntheticIndicators.period(m);
          for (int i = 0; i < SyntheticIndicators.INDICATORS; i++) {
            w.write(area);
            w.write(',');
            w.write(SyntheticIndicators.indicatorId(i));
            w.write(',');
            w.write(period);
            w.write(',');
            w.write(Integer.toString(SyntheticIndicators.numerator(a, i, m)));
            w.write(',');
            w.write(den);
            w.write('\n');
          }
        }
      }
    }
    System.out.printf(java.util.Locale.ROOT, "%nCSV: %,d observations, %,d bytes%n", OBSERVATIONS, Files.size(file));
    duckDb = DriverManager.getConnection("jdbc:duckdb:");
    // the same data through every peer: sums of numerators and denominators
    ColumnarObservations store = c2Loader();
    java.util.Set<org.c2model.core.place.AreaCode> areas = new java.util.HashSet<>();
    for (int a = 0; a < AREAS; a++) {
      areas.add(org.c2model.core.place.AreaCode.of(SyntheticIndicators.areaCode(a)));
    }
    long numerators = 0;
    long denominators = 0;
    for (String id : store.indicatorIds()) {
      for (org.c2model.metrics.indicator.Observation o : store.select(id, areas)) {
        numerators += (long) o.numerator();
        denominators += (long) o.denominator().orElse(0);
      }
    }
    System.out.printf(java.util.Locale.ROOT, "c2 checksum: numerators %d, denominators %d%n", numerators,
        denominators);
    duckDbReadCsv();
    try (Statement s = duckDb.createStatement();
        ResultSet rs = s.executeQuery("SELECT sum(numerator), sum(denominator) FROM obs")) {
      rs.next();
      System.out.printf(java.util.Locale.ROOT, "DuckDB checksum: numerators %d, denominators %d%n", rs.getLong(1),
          rs.getLong(2));
    }
    System.out.printf(java.util.Locale.ROOT, "FastCSV checksum %d, Jackson CSV checksum %d%n", fastCsvParse(),
        jacksonCsvParse());
  }

  /**
   * Deletes the file and closes DuckDB.
   *
   * @throws IOException if the file cannot be deleted
   * @throws SQLException if DuckDB cannot close
   */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException, SQLException {
    duckDb.close();
    Files.deleteIfExists(file);
  }

  /**
   * c2: the streaming CSV loader into the columnar store.
   *
   * @return the store
   */
  @Benchmark
  public ColumnarObservations c2Loader() {
    ColumnarObservations store = ObservationCsv.load(file, BoundaryVintage.LSOA_2021, n -> { });
    if (store.size() != OBSERVATIONS) {
      throw new IllegalStateException("loaded " + store.size());
    }
    return store;
  }

  /**
   * FastCSV alone: every record's five fields, numerator and denominator parsed, one thread.
   *
   * @return the sum of numerators and denominators
   * @throws IOException if the file cannot be read
   */
  @Benchmark
  public long fastCsvParse() throws IOException {
    long sum = 0;
    long records = 0;
    try (CsvReader<CsvRecord> r = CsvReader.builder().ofCsvRecord(file)) {
      for (CsvRecord rec : r) {
        if (records++ > 0) {
          sum += Integer.parseInt(rec.getField(3)) + Integer.parseInt(rec.getField(4)) + rec.getField(0).length()
              + rec.getField(1).length() + rec.getField(2).length();
        }
      }
    }
    return check(records - 1, sum);
  }

  /**
   * jackson-dataformat-csv alone, streaming: every record's five fields, numerator and denominator
   * parsed, one thread.
   *
   * @return the sum of numerators and denominators
   * @throws IOException if the file cannot be read
   */
  @Benchmark
  public long jacksonCsvParse() throws IOException {
    long sum = 0;
    long records = 0;
    CsvMapper mapper = new CsvMapper();
    try (MappingIterator<String[]> it = mapper.readerFor(String[].class).with(CsvParser.Feature.WRAP_AS_ARRAY)
        .readValues(file.toFile())) {
      while (it.hasNext()) {
        String[] f = it.next();
        if (records++ > 0) {
          sum += Integer.parseInt(f[3]) + Integer.parseInt(f[4]) + f[0].length() + f[1].length() + f[2].length();
        }
      }
    }
    return check(records - 1, sum);
  }

  private static long check(long records, long sum) {
    if (records != OBSERVATIONS) {
      throw new IllegalStateException("parsed " + records);
    }
    return sum;
  }

  /**
   * DuckDB: {@code read_csv} into an in-memory table.
   *
   * @return the rows loaded
   * @throws SQLException never, on this file
   */
  @Benchmark
  public long duckDbReadCsv() throws SQLException {
    try (Statement s = duckDb.createStatement()) {
      s.execute("CREATE OR REPLACE TABLE obs AS SELECT * FROM read_csv('" + file + "', header = true, columns = {"
          + "'areaCode': 'VARCHAR', 'indicator': 'VARCHAR', 'period': 'VARCHAR', 'numerator': 'INTEGER', "
          + "'denominator': 'INTEGER'})");
      try (ResultSet rs = s.executeQuery("SELECT count(*) FROM obs")) {
        rs.next();
        long n = rs.getLong(1);
        if (n != OBSERVATIONS) {
          throw new IllegalStateException("loaded " + n);
        }
        return n;
      }
    }
  }
}
