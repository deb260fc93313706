package org.c2model.bench.indicator;

import static org.c2model.bench.indicator.SyntheticIndicators.AREAS;
import static org.c2model.bench.indicator.SyntheticIndicators.INDICATORS;
import static org.c2model.bench.indicator.SyntheticIndicators.MONTHS;
import static org.c2model.bench.indicator.SyntheticIndicators.NEIGHBOURHOODS;

import java.util.Arrays;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.c2model.metrics.indicator.store.ScreeningQuery;
import org.c2model.metrics.indicator.store.ScreeningResult;
import org.c2model.spark.GeneratedObservations;
import org.c2model.spark.SparkScreening;
import org.c2model.spark.SparkScreeningResult;

/**
 * A plain timed comparison (issue 19): the screening of benchmark 1 (1,000 neighbourhoods of 35
 * LSOAs, 25 indicators, over the same 53.55 million observations) by c2-spark in Spark local mode
 * against the columnar store, both in one JVM, both on data already in memory (the store built, the
 * Spark table cached), with the answers checked equal. Run from the repository root (c2-bench/README.md):
 * {@code mvn -q -Pbench -pl c2-bench -am install -DskipTests -Dmaven.javadoc.skip && mvn -q -Pbench -pl c2-bench exec:exec@spark-comparison}.
 * Arguments: the master ({@code local[2]} unless given) and the shuffle partitions (4 unless given).
 */
public final class SparkComparison {

  private SparkComparison() {}

  /**
   * Runs the comparison and prints the times and their ratio.
   *
   * @param args  optionally the master and the shuffle partitions
   */
  public static void main(String[] args) {
    String master = args.length > 0 ? args[0] : "local[2]";
    String shuffle = args.length > 1 ? args[1] : "4";
    ScreeningBenchmark.C2Store c2 = new ScreeningBenchmark.C2Store();
    c2.setUp();
    ScreeningQuery query = c2.query;
    double[] columnar = new double[8];
    double[] columnarCpu = new double[columnar.length];
    ScreeningResult columnarResult = timed(() -> c2.store.screen(query), columnar, columnarCpu);

    SparkSession spark = SparkSession.builder().master(master).appName("c2 spark comparison")
        .config("spark.sql.shuffle.partitions", shuffle).config("spark.ui.enabled", "false").getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    long t0 = System.nanoTime();
    Dataset<Row> table = GeneratedObservations.table(spark, AREAS, MONTHS, INDICATORS, 16)
        .persist(StorageLevel.MEMORY_ONLY());
    long rows = table.count();
    double cacheSeconds = (System.nanoTime() - t0) / 1e9;
    double[] sparkMs = new double[4];
    double[] sparkCpu = new double[sparkMs.length];
    SparkScreeningResult sparkResult = timed(() -> SparkScreening.screen(table, query), sparkMs, sparkCpu);
    long mismatches = 0;
    for (int n = 0; n < NEIGHBOURHOODS; n++) {
      for (int i = 0; i < INDICATORS; i++) {
        var row = sparkResult.row(query.neighbourhoods().get(n).id(), query.indicatorIds().get(i)).totals();
        if (row.baseline().numerator() != columnarResult.numerator(n, i, ScreeningResult.Window.BASELINE)
            || row.followUp().numerator() != columnarResult.numerator(n, i, ScreeningResult.Window.FOLLOW_UP)) {
          mismatches++;
        }
      }
    }
    spark.stop();
    double c2Best = Arrays.stream(columnar, 3, columnar.length).min().orElseThrow();
    double sparkBest = Arrays.stream(sparkMs, 1, sparkMs.length).min().orElseThrow();
    System.out.printf(Locale.ROOT, "observations: columnar %,d, Spark %,d; rows differing: %d of %d%n",
        c2.store.size(), rows, mismatches, NEIGHBOURHOODS * INDICATORS);
    System.out.printf(Locale.ROOT, "columnar store screen, ms (3 warm-up, 5 timed): %s%n", Arrays.toString(columnar));
    System.out.printf(Locale.ROOT, "Spark %s, shuffle partitions %s, table cached in %.1f s; screen, ms (1 warm-up, 3 timed): %s%n",
        master, shuffle, cacheSeconds, Arrays.toString(sparkMs));
    System.out.printf(Locale.ROOT, "process CPU, ms: columnar %s; Spark %s%n", Arrays.toString(columnarCpu),
        Arrays.toString(sparkCpu));
    double c2CpuBest = Arrays.stream(columnarCpu, 3, columnarCpu.length).min().orElseThrow();
    double sparkCpuBest = Arrays.stream(sparkCpu, 1, sparkCpu.length).min().orElseThrow();
    System.out.printf(Locale.ROOT, "best wall clock: columnar %.0f ms, Spark %.0f ms; Spark / columnar = %.1fx the time%n",
        c2Best, sparkBest, sparkBest / c2Best);
    System.out.printf(Locale.ROOT, "best process CPU: columnar %.0f ms, Spark %.0f ms; Spark / columnar = %.1fx the CPU%n",
        c2CpuBest, sparkCpuBest, sparkCpuBest / c2CpuBest);
  }

  /** Runs the work once per element of {@code wall}, recording wall-clock and process CPU milliseconds; returns the last answer. */
  private static <T> T timed(java.util.function.Supplier<T> work, double[] wall, double[] cpu) {
    T last = null;
    for (int k = 0; k < wall.length; k++) {
      long t = System.nanoTime();
      long c = processCpuNanos();
      last = work.get();
      wall[k] = (System.nanoTime() - t) / 1e6;
      cpu[k] = (processCpuNanos() - c) / 1e6;
    }
    return last;
  }

  /** The CPU time of the whole JVM (every thread, GC and JIT included), which the machine's load does not inflate. */
  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
        .getOperatingSystemMXBean()).getProcessCpuTime();
  }
}
