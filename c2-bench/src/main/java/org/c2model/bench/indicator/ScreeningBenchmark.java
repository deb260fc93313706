package org.c2model.bench.indicator;

import static org.c2model.bench.indicator.SyntheticIndicators.AREAS;
import static org.c2model.bench.indicator.SyntheticIndicators.AREAS_PER_NEIGHBOURHOOD;
import static org.c2model.bench.indicator.SyntheticIndicators.BASELINE_END;
import static org.c2model.bench.indicator.SyntheticIndicators.DENOMINATOR_SQL;
import static org.c2model.bench.indicator.SyntheticIndicators.FOLLOW_UP_START;
import static org.c2model.bench.indicator.SyntheticIndicators.INDICATORS;
import static org.c2model.bench.indicator.SyntheticIndicators.MONTHS;
import static org.c2model.bench.indicator.SyntheticIndicators.NEIGHBOURHOODS;
import static org.c2model.bench.indicator.SyntheticIndicators.NUMERATOR_SQL;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.c2model.metrics.indicator.store.ColumnarObservations;
import org.c2model.metrics.indicator.store.ScreeningQuery;
import org.c2model.metrics.indicator.store.ScreeningResult;
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
 * Benchmark 1 of issue 8: screen 1,000 neighbourhoods of 35 LSOAs over 53.55 million synthetic
 * observations (35,700 LSOAs x 60 months x 25 indicators): baseline (months 0-23) and follow-up
 * (months 36-59) sums per neighbourhood and indicator, and crude rates with Byar's intervals. Three
 * peers in the same run, each with its own data set built in its own fork:
 * <ul>
 *   <li>{@code c2ColumnarStore}: {@link ColumnarObservations#screen};</li>
 *   <li>{@code duckDb}: the same query in SQL on an in-memory DuckDB table, through JDBC;</li>
 *   <li>{@code handLoop}: a hand-written loop over 15-byte rows in one byte array, the practical
 *       bound.</li>
 * </ul>
 * All use both cores and compute the rates and limits the same way.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class ScreeningBenchmark {

  static final long OBSERVATIONS = (long) AREAS * MONTHS * INDICATORS;

  /** The c2 columnar store of the 53.55M observations. */
  @State(Scope.Benchmark)
  public static class C2Store {
    ColumnarObservations store;
    ScreeningQuery query;

    /** Builds the store through its streaming builder, measuring its resident heap. */
    @Setup(Level.Trial)
    public void setUp() {
      query = SyntheticIndicators.query();
      long before = Resident.usedAfterGc();
      store = SyntheticIndicators.store(MONTHS, INDICATORS);
      Resident.record(before, Resident.usedAfterGc(), store.size(), "c2 columnar store");
      ScreeningResult r = store.screen(query);
      long baseline = 0;
      long followUp = 0;
      for (int n = 0; n < NEIGHBOURHOODS; n++) {
        for (int i = 0; i < INDICATORS; i++) {
          baseline += r.numerator(n, i, ScreeningResult.Window.BASELINE);
          followUp += r.numerator(n, i, ScreeningResult.Window.FOLLOW_UP);
        }
      }
      System.out.printf("c2 checksum: baseline %d, follow-up %d%n", baseline, followUp);
    }
  }

  /** An in-memory DuckDB database holding the same observations. */
  @State(Scope.Benchmark)
  public static class DuckDb {
    Connection connection;
    final long[] numerator = new long[NEIGHBOURHOODS * INDICATORS * 2];
    final long[] denominator = new long[numerator.length];
    final double[] rate = new double[numerator.length];
    final double[] lower = new double[numerator.length];
    final double[] upper = new double[numerator.length];

    /** Generates the table inside DuckDB from the same formulas, and reports its memory. */
    @Setup(Level.Trial)
    public void setUp() throws SQLException {
      connection = DriverManager.getConnection("jdbc:duckdb:");
      try (Statement s = connection.createStatement()) {
        s.execute("CREATE TABLE obs AS SELECT a::INTEGER AS area, i::SMALLINT AS ind, m::SMALLINT AS month, ("
            + NUMERATOR_SQL + ")::INTEGER AS num, (" + DENOMINATOR_SQL + ")::INTEGER AS den "
            + "FROM range(" + AREAS + ") t(a), range(" + MONTHS + ") u(m), range(" + INDICATORS + ") v(i) "
            + "ORDER BY a, m, i");
        s.execute("CREATE TABLE nb AS SELECT a::INTEGER AS area, (a // " + AREAS_PER_NEIGHBOURHOOD + ")::INTEGER AS nb "
            + "FROM range(" + NEIGHBOURHOODS * AREAS_PER_NEIGHBOURHOOD + ") t(a)");
        try (ResultSet rs = s.executeQuery("SELECT sum(memory_usage_bytes) FROM duckdb_memory()")) {
          rs.next();
          long bytes = rs.getLong(1);
          System.out.printf(java.util.Locale.ROOT, "%nDuckDB: %,d bytes in its buffer manager for %,d observations = "
              + "%.2f bytes each%n", bytes, OBSERVATIONS, bytes / (double) OBSERVATIONS);
          Resident.bytesPerObservation = bytes / (double) OBSERVATIONS;
        }
      }
      query();
      long baseline = 0;
      long followUp = 0;
      for (int c = 0; c < numerator.length; c += 2) {
        baseline += numerator[c];
        followUp += numerator[c + 1];
      }
      System.out.printf("DuckDB checksum: baseline %d, follow-up %d%n", baseline, followUp);
    }

    double query() throws SQLException {
      try (Statement s = connection.createStatement();
           ResultSet rs = s.executeQuery("SELECT nb.nb, o.ind, "
               + "sum(o.num) FILTER (WHERE o.month < " + BASELINE_END + "), "
               + "sum(o.den) FILTER (WHERE o.month < " + BASELINE_END + "), "
               + "sum(o.num) FILTER (WHERE o.month >= " + FOLLOW_UP_START + "), "
               + "sum(o.den) FILTER (WHERE o.month >= " + FOLLOW_UP_START + ") "
               + "FROM obs o JOIN nb ON o.area = nb.area GROUP BY nb.nb, o.ind")) {
        while (rs.next()) {
          int cell = (rs.getInt(1) * INDICATORS + rs.getInt(2)) * 2;
          numerator[cell] = rs.getLong(3);
          denominator[cell] = rs.getLong(4);
          numerator[cell + 1] = rs.getLong(5);
          denominator[cell + 1] = rs.getLong(6);
        }
      }
      return SyntheticIndicators.rates(numerator, denominator, rate, lower, upper);
    }

    /** Closes the database. */
    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
      connection.close();
    }
  }

  /** The observations as 15-byte rows in one byte array: area int, indicator byte, month short, numerator int, denominator int. */
  @State(Scope.Benchmark)
  public static class HandLoop {
    static final int ROW = 15;
    static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    byte[] rows;
    int[] areaBase;
    int[] monthWindow;

    /** Fills the rows, measuring their resident heap. */
    @Setup(Level.Trial)
    public void setUp() {
      long before = Resident.usedAfterGc();
      rows = new byte[(int) (OBSERVATIONS * ROW)];
      int r = 0;
      for (int a = 0; a < AREAS; a++) {
        int den = SyntheticIndicators.denominator(a);
        for (int m = 0; m < MONTHS; m++) {
          for (int i = 0; i < INDICATORS; i++, r += ROW) {
            INT.set(rows, r, a);
            rows[r + 4] = (byte) i;
            SHORT.set(rows, r + 5, (short) m);
            INT.set(rows, r + 7, SyntheticIndicators.numerator(a, i, m));
            INT.set(rows, r + 11, den);
          }
        }
      }
      Resident.record(before, Resident.usedAfterGc(), OBSERVATIONS, "hand loop rows");
      areaBase = new int[AREAS];
      for (int a = 0; a < AREAS; a++) {
        int n = a / AREAS_PER_NEIGHBOURHOOD;
        areaBase[a] = n < NEIGHBOURHOODS ? n * INDICATORS * 2 : -1;
      }
      monthWindow = new int[MONTHS];
      for (int m = 0; m < MONTHS; m++) {
        monthWindow[m] = m < BASELINE_END ? 0 : m >= FOLLOW_UP_START ? 1 : -1;
      }
    }

    double run() {
      int parts = Runtime.getRuntime().availableProcessors();
      int rowsTotal = rows.length / ROW;
      long[][] sums = IntStream.range(0, parts).parallel()
          .mapToObj(p -> scan((int) ((long) rowsTotal * p / parts), (int) ((long) rowsTotal * (p + 1) / parts)))
          .reduce((x, y) -> {
            for (int c = 0; c < x[0].length; c++) {
              x[0][c] += y[0][c];
              x[1][c] += y[1][c];
            }
            return x;
          }).orElseThrow();
      int cells = sums[0].length;
      return SyntheticIndicators.rates(sums[0], sums[1], new double[cells], new double[cells], new double[cells]);
    }

    private long[][] scan(int from, int to) {
      long[] num = new long[NEIGHBOURHOODS * INDICATORS * 2];
      long[] den = new long[num.length];
      byte[] rows = this.rows;
      for (int r = from * ROW, end = to * ROW; r < end; r += ROW) {
        int base = areaBase[(int) INT.get(rows, r)];
        int window = monthWindow[(short) SHORT.get(rows, r + 5)];
        if ((base | window) < 0) {
          continue;
        }
        int cell = base + rows[r + 4] * 2 + window;
        num[cell] += (int) INT.get(rows, r + 7);
        den[cell] += (int) INT.get(rows, r + 11);
      }
      return new long[][] {num, den};
    }
  }

  /**
   * c2: the columnar store's one-pass screening, with rates and Byar's limits.
   *
   * @param s  the store
   * @return the result
   */
  @Benchmark
  public ScreeningResult c2ColumnarStore(C2Store s) {
    return s.store.screen(s.query);
  }

  /**
   * DuckDB: the same query in SQL through JDBC, then the same rates and limits.
   *
   * @param d  the database
   * @return a checksum
   * @throws SQLException never, on this data
   */
  @Benchmark
  public double duckDb(DuckDb d) throws SQLException {
    return d.query();
  }

  /**
   * The practical bound: a primitive loop over 15-byte rows, then the same rates and limits.
   *
   * @param h  the rows
   * @return a checksum
   */
  @Benchmark
  public double handLoop(HandLoop h) {
    return h.run();
  }
}
