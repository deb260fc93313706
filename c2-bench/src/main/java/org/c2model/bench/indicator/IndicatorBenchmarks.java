package org.c2model.bench.indicator;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the indicator benchmarks of issue 8 (screening and CSV ingest) with the GC profiler and the
 * resident-memory profiler, then prints each c2 result as a ratio to its peers and to the targets:
 * {@code java -cp c2-bench/target/benchmarks.jar org.c2model.bench.indicator.IndicatorBenchmarks}.
 * Further arguments are JMH options, such as {@code -f 1 -wi 2 -i 3}.
 */
public final class IndicatorBenchmarks {

  private IndicatorBenchmarks() {}

  /**
   * Runs the benchmarks and prints the summary.
   *
   * @param args  JMH command-line options, not null
   * @throws RunnerException if JMH fails
   * @throws CommandLineOptionException if an option is malformed
   */
  public static void main(String[] args) throws RunnerException, CommandLineOptionException {
    OptionsBuilder options = new OptionsBuilder();
    options.parent(new CommandLineOptions(args));
    options.include(ScreeningBenchmark.class.getName()).include(CsvIngestBenchmark.class.getName())
        .addProfiler("gc").addProfiler(ResidentMemoryProfiler.class);
    Collection<RunResult> results = new Runner(options.build()).run();
    Map<String, Double> ms = new HashMap<>();
    Map<String, Double> resident = new HashMap<>();
    for (RunResult r : results) {
      String name = r.getParams().getBenchmark();
      name = name.substring(name.lastIndexOf('.') + 1);
      ms.put(name, r.getPrimaryResult().getScore());
      Result<?> mem = r.getSecondaryResults().get(ResidentMemoryProfiler.LABEL);
      if (mem != null) {
        resident.put(name, mem.getScore());
      }
    }
    System.out.println();
    System.out.println("Summary (ratios of throughput, higher is better for c2)");
    double c2 = ms.getOrDefault("c2ColumnarStore", Double.NaN);
    line("screening: c2 columnar store", c2, ScreeningBenchmark.OBSERVATIONS, resident.get("c2ColumnarStore"));
    line("screening: DuckDB (JDBC)", ms.getOrDefault("duckDb", Double.NaN), ScreeningBenchmark.OBSERVATIONS,
        resident.get("duckDb"));
    line("screening: hand loop, 15-byte rows", ms.getOrDefault("handLoop", Double.NaN), ScreeningBenchmark.OBSERVATIONS,
        resident.get("handLoop"));
    System.out.printf(Locale.ROOT, "  c2 / DuckDB     %.2fx  (target >= 3x)%n", ms.getOrDefault("duckDb", Double.NaN) / c2);
    System.out.printf(Locale.ROOT, "  c2 / hand loop  %.2fx  (target >= 0.5x)%n", ms.getOrDefault("handLoop", Double.NaN) / c2);
    System.out.printf(Locale.ROOT, "  c2 resident     %.2f bytes per observation (target <= 20)%n",
        resident.getOrDefault("c2ColumnarStore", Double.NaN));
    double load = ms.getOrDefault("c2Loader", Double.NaN);
    line("CSV ingest: c2 loader into the store", load, CsvIngestBenchmark.OBSERVATIONS, null);
    line("CSV ingest: DuckDB read_csv", ms.getOrDefault("duckDbReadCsv", Double.NaN), CsvIngestBenchmark.OBSERVATIONS,
        null);
    System.out.printf(Locale.ROOT, "  c2 / DuckDB     %.2fx  (target >= 0.5x)%n",
        ms.getOrDefault("duckDbReadCsv", Double.NaN) / load);
  }

  private static void line(String what, double millis, long observations, Double bytes) {
    System.out.printf(Locale.ROOT, "  %-40s %9.1f ms  %7.1f M obs/s%s%n", what, millis, observations / millis / 1000,
        bytes == null ? "" : String.format(Locale.ROOT, "  %6.2f B/obs resident", bytes));
  }
}
