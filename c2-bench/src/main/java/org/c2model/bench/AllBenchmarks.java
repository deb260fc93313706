package org.c2model.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.c2model.bench.indicator.CsvIngestBenchmark;
import org.c2model.bench.indicator.ResidentMemoryProfiler;
import org.c2model.bench.indicator.ScreeningBenchmark;
import org.c2model.bench.json.JsonBenchmark;
import org.c2model.bench.network.NetworkBenchmark;
import org.c2model.bench.network.NetworkJGraphTBenchmark;
import org.c2model.bench.rules.RulesBenchmark;
import org.c2model.bench.rules.SyntheticJourneys;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs every benchmark of issue 8 in one go, each side by side with its peers, and prints one
 * summary table of ratios to the peers and targets (Markdown, ready for {@code c2-bench/README.md}):
 * <pre>
 * java -cp c2-bench/target/benchmarks.jar org.c2model.bench.AllBenchmarks
 * </pre>
 * from the repository root (for the igraph peer's script). It runs, with the settings their
 * annotations state: the indicator screening (c2, DuckDB, hand loop) and CSV ingest (c2, DuckDB; and
 * parsing alone with FastCSV and jackson-dataformat-csv);
 * the weak-connector network analysis (c2 on 1 and all threads at 2,000 and 10,000 people, JGraphT
 * at 2,000, and igraph at 10,000 through {@code igraph/betweenness.py} when Debian's
 * {@code python3-igraph} is installed); the JSON journey document read and written by c2-json and by
 * plain Jackson; and the rules and step assessment of 10,000 journeys on one thread. All with JMH's
 * GC profiler (allocation per operation) and the resident-memory profiler. The JSON methods are then
 * timed once more in turns ({@link CpuTime#jsonInTurns}), for rows that a slow spell of the shared
 * machine during one fork and not its peer's cannot tip.
 * About 8 minutes on 2 cores. Further arguments are JMH options for every benchmark, such as
 * {@code -f 1}, or a benchmark regex to run only some.
 */
public final class AllBenchmarks {

  private static final List<Class<?>> BENCHMARKS = List.of(ScreeningBenchmark.class, CsvIngestBenchmark.class,
      NetworkBenchmark.class, NetworkJGraphTBenchmark.class, JsonBenchmark.class, RulesBenchmark.class);
  private static final int NETWORK_PEOPLE = 10_000;
  private static final int JGRAPHT_PEOPLE = 2_000;
  private static final String ALLOCATION = "gc.alloc.rate.norm";

  /** The rounds of {@link CpuTime#jsonInTurns}: about 20 s. */
  private static final int JSON_ROUNDS = 15;

  private final Map<String, RunResult> results = new HashMap<>();
  /** The JSON methods' thread CPU microseconds per operation, timed in turns; null if not run. */
  private double[] jsonInTurns;
  private final List<String[]> rows = new ArrayList<>();

  private AllBenchmarks(Collection<RunResult> runs) {
    for (RunResult r : runs) {
      results.put(key(r), r);
    }
  }

  /**
   * Runs the benchmarks and prints the summary.
   *
   * @param args  JMH command-line options, not null
   * @throws RunnerException if JMH fails
   * @throws CommandLineOptionException if an option is malformed
   * @throws IOException if the igraph peer cannot be run
   * @throws InterruptedException if interrupted while waiting for the igraph peer
   */
  public static void main(String[] args)
      throws RunnerException, CommandLineOptionException, IOException, InterruptedException {
    Instant start = Instant.now();
    LoadSampler load = new LoadSampler();
    CommandLineOptions command = new CommandLineOptions(args);
    OptionsBuilder options = new OptionsBuilder();
    options.parent(command);
    if (command.getIncludes().isEmpty()) {
      BENCHMARKS.forEach(b -> options.include("^" + Pattern.quote(b.getName()) + "\\."));
    }
    options.addProfiler("gc").addProfiler(ResidentMemoryProfiler.class);
    AllBenchmarks all = new AllBenchmarks(new Runner(options.build()).run());
    if (all.results.containsKey("JsonBenchmark.c2Read")) {
      System.out.println();
      System.out.printf(Locale.ROOT, "JSON journey document, the four methods in turns (%d rounds of 500 each):%n",
          JSON_ROUNDS);
      all.jsonInTurns = jsonInTurns();
    }
    System.out.println();
    System.out.printf(Locale.ROOT, "igraph peer, %,d people:%n", NETWORK_PEOPLE);
    IgraphPeer igraph = IgraphPeer.find();
    OptionalDouble igraphMs = igraph == null ? OptionalDouble.empty() : igraph.time(NETWORK_PEOPLE);
    load.stop();
    all.summarise(igraphMs);
    all.print(start, load);
  }

  /**
   * Runs {@link CpuTime#jsonInTurns} in a new JVM with the JSON benchmark's heap, as JMH runs a fork:
   * in this one, which has run JMH, plain Jackson's read measured a fifth slower than in a fresh JVM.
   *
   * @return the four medians, or null (with a message) if the run fails
   */
  private static double[] jsonInTurns() throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process run = new ProcessBuilder(java.toString(), "-Xms1g", "-Xmx1g", "-cp", System.getProperty("java.class.path"),
        CpuTime.class.getName(), CpuTime.JSON_IN_TURNS, String.valueOf(JSON_ROUNDS)).redirectErrorStream(true).start();
    double[] medians = null;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(run.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        if (line.startsWith(CpuTime.JSON_IN_TURNS + " ")) {
          medians = Arrays.stream(line.substring(CpuTime.JSON_IN_TURNS.length() + 1).split(" "))
              .mapToDouble(Double::parseDouble).toArray();
        } else {
          System.out.println(line);
        }
      }
    }
    if (run.waitFor() != 0 || medians == null) {
      System.out.println("the JSON methods in turns failed (exit " + run.exitValue() + "); their rows are left out");
      return null;
    }
    return medians;
  }

  private void summarise(OptionalDouble igraphMs) {
    double c2 = ms("ScreeningBenchmark.c2ColumnarStore");
    double duck = ms("ScreeningBenchmark.duckDb");
    double hand = ms("ScreeningBenchmark.handLoop");
    String screening = "1. screening 53.55M observations, 2 threads";
    peer(screening, "ScreeningBenchmark.c2ColumnarStore", "DuckDB (JDBC)", duck, ">= 3x");
    // issue 17: at least the hand loop's speed while holding at most 8 bytes per observation
    peer(screening, "ScreeningBenchmark.c2ColumnarStore", "hand loop, 15-byte rows", hand, ">= 1.0x");
    double resident = secondary("ScreeningBenchmark.c2ColumnarStore", ResidentMemoryProfiler.LABEL);
    if (!Double.isNaN(c2)) {
      rows.add(new String[] {"1. resident memory", String.format(Locale.ROOT, "%.2f B/obs", resident),
          String.format(Locale.ROOT, "DuckDB %.2f, hand loop %.2f B/obs",
              secondary("ScreeningBenchmark.duckDb", ResidentMemoryProfiler.LABEL),
              secondary("ScreeningBenchmark.handLoop", ResidentMemoryProfiler.LABEL)),
          "", "<= 8 B/obs", met(resident <= 8), ""});
    }
    peer("2. CSV ingest 5M observations", "CsvIngestBenchmark.c2Loader", "DuckDB read_csv",
        ms("CsvIngestBenchmark.duckDbReadCsv"), ">= 1.5x");
    peer("2. CSV parsing alone, 5M records, 1 thread: FastCSV", "CsvIngestBenchmark.fastCsvParse",
        "jackson-dataformat-csv", ms("CsvIngestBenchmark.jacksonCsvParse"), "(peer)");
    String network = String.format(Locale.ROOT, "3. network %,d people, 1 thread", NETWORK_PEOPLE);
    peer(network, "NetworkBenchmark.c2OneThread[people=" + NETWORK_PEOPLE + "]", "igraph (C), 1 thread",
        igraphMs.orElse(Double.NaN), ">= 1x");
    peer(String.format(Locale.ROOT, "3. network %,d people, 2 threads", NETWORK_PEOPLE),
        "NetworkBenchmark.c2AllProcessors[people=" + NETWORK_PEOPLE + "]", "igraph (C), 1 thread",
        igraphMs.orElse(Double.NaN), ">= 1x");
    peer(String.format(Locale.ROOT, "3. network %,d people, 1 thread", JGRAPHT_PEOPLE),
        "NetworkBenchmark.c2OneThread[people=" + JGRAPHT_PEOPLE + "]", "JGraphT 1.5.2",
        ms("NetworkJGraphTBenchmark.jgrapht[people=" + JGRAPHT_PEOPLE + "]"), "(peer)");
    String json = "4. JSON journey document, 200 activities, 1 thread";
    // issue 17: ahead of plain Jackson on reading and writing together, and on reading alone
    row(json + ": read + write", ms("JsonBenchmark.c2Read") + ms("JsonBenchmark.c2Write"),
        secondary("JsonBenchmark.c2Read", ALLOCATION) + secondary("JsonBenchmark.c2Write", ALLOCATION),
        "Jackson databind, records", ms("JsonBenchmark.jacksonRead") + ms("JsonBenchmark.jacksonWrite"), ">= 1.0x");
    peer(json + ": read", "JsonBenchmark.c2Read", "Jackson databind, records", ms("JsonBenchmark.jacksonRead"),
        ">= 1.0x");
    peer(json + ": write", "JsonBenchmark.c2Write", "Jackson databind, records", ms("JsonBenchmark.jacksonWrite"),
        "(part)");
    if (jsonInTurns != null) {
      // the same four methods timed in turns (thread CPU, medians): a JMH fork can meet a slower
      // spell of the shared machine than the fork of its peer, a minute apart; taking turns, each
      // meets the spells as often as the others
      String turns = json + ", in turns (thread CPU)";
      row(turns + ": read + write", (jsonInTurns[0] + jsonInTurns[1]) / 1000, Double.NaN, "Jackson databind, records",
          (jsonInTurns[2] + jsonInTurns[3]) / 1000, ">= 1.0x");
      row(turns + ": read", jsonInTurns[0] / 1000, Double.NaN, "Jackson databind, records", jsonInTurns[2] / 1000,
          ">= 1.0x");
      row(turns + ": write", jsonInTurns[1] / 1000, Double.NaN, "Jackson databind, records", jsonInTurns[3] / 1000,
          "(part)");
    }
    String rules = "5. rules + steps, 10,000 journeys, 1 thread";
    // issue 17: assessing a journey costs at most half of reading it from JSON (the same journeys, the
    // same run), so reading's time over assessing's is at least 2; and at most 20 KB per journey
    peer(rules, "RulesBenchmark.assess10000Journeys", "c2-json reading the same journeys",
        ms("RulesBenchmark.read10000Journeys"), ">= 2.0x (assessing <= 0.5x reading)");
    double perJourney = secondary("RulesBenchmark.assess10000Journeys", ALLOCATION) / SyntheticJourneys.JOURNEYS;
    if (!Double.isNaN(perJourney)) {
      rows.add(new String[] {rules + ": allocation per journey", "", "", "", "<= 20 KB per journey",
          met(perJourney <= 20 * 1024), bytes(perJourney)});
    }
  }

  /** A row: c2's time and allocation, the peer's time, and the ratio of throughputs (c2 over the peer). */
  private void peer(String what, String c2Key, String peerName, double peerMs, String target) {
    row(what, ms(c2Key), secondary(c2Key, ALLOCATION), peerName, peerMs, target);
  }

  private void row(String what, double c2, double alloc, String peerName, double peerMs, String target) {
    if (Double.isNaN(c2)) {
      return;
    }
    double ratio = peerMs / c2;
    double bar = target.startsWith(">=") || target.startsWith("> ")
        ? Double.parseDouble(target.replaceAll("^>=? *([0-9.]+)x.*", "$1")) : Double.NaN;
    String verdict = Double.isNaN(bar) || Double.isNaN(ratio) ? ""
        : met(target.startsWith(">=") ? ratio >= bar : ratio > bar);
    rows.add(new String[] {what, millis(c2), peerName + (Double.isNaN(peerMs) ? ": not run" : " " + millis(peerMs)),
        Double.isNaN(ratio) ? "" : String.format(Locale.ROOT, "%.2fx", ratio), target, verdict,
        Double.isNaN(alloc) ? "" : bytes(alloc)});
  }

  private void print(Instant start, LoadSampler load) {
    Duration took = Duration.between(start, Instant.now());
    System.out.println();
    System.out.printf(Locale.ROOT, "Summary: ratios of throughput, c2 over the peer (higher is better for c2). "
            + "%d cores, %s %s, %s; run took %d min %02d s; load average %.1f to %.1f (mean %.1f)%n",
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
        System.getProperty("java.runtime.version"), LocalDate.now(ZoneOffset.UTC), took.toMinutes(),
        took.toSecondsPart(), load.min(), load.max(), load.mean());
    System.out.println();
    String[] header = {"benchmark", "c2", "peer", "ratio", "target", "met", "c2 allocation per op"};
    System.out.println(markdown(header));
    System.out.println("|---|---:|---|---:|---|---|---:|");
    rows.forEach(r -> System.out.println(markdown(r)));
  }

  private static String markdown(String[] cells) {
    return "| " + String.join(" | ", cells) + " |";
  }

  private static String millis(double ms) {
    return ms < 10 ? String.format(Locale.ROOT, "%,.3f ms", ms) : String.format(Locale.ROOT, "%,.1f ms", ms);
  }

  private static String met(boolean met) {
    return met ? "yes" : "**no**";
  }

  private static String bytes(double b) {
    return b >= 1 << 20 ? String.format(Locale.ROOT, "%,.1f MB", b / (1 << 20))
        : String.format(Locale.ROOT, "%,.1f KB", b / 1024);
  }

  /** A benchmark's time per operation in milliseconds, whatever its unit (ms/op or us/op). */
  private double ms(String key) {
    RunResult r = results.get(key);
    if (r == null) {
      return Double.NaN;
    }
    double score = r.getPrimaryResult().getScore();
    String unit = r.getPrimaryResult().getScoreUnit();
    return unit.startsWith("us") ? score / 1_000 : unit.startsWith("ns") ? score / 1_000_000 : score;
  }

  private double secondary(String key, String label) {
    RunResult r = results.get(key);
    Result<?> s = r == null ? null : r.getSecondaryResults().get(label);
    return s == null ? Double.NaN : s.getScore();
  }

  /** {@code Class.method}, with {@code [name=value,...]} when the benchmark has parameters. */
  private static String key(RunResult r) {
    String name = r.getParams().getBenchmark();
    int method = name.lastIndexOf('.');
    StringBuilder key = new StringBuilder(name.substring(name.lastIndexOf('.', method - 1) + 1));
    Collection<String> params = r.getParams().getParamsKeys();
    if (!params.isEmpty()) {
      List<String> pairs = new ArrayList<>();
      params.forEach(p -> pairs.add(p + "=" + r.getParams().getParam(p)));
      key.append(pairs);
    }
    return key.toString().replace(", ", ",");
  }

  /** Samples the one-minute load average every 15 s while the benchmarks run. */
  private static final class LoadSampler {
    private final OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    private final List<Double> samples = new ArrayList<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "load-sampler");
      t.setDaemon(true);
      return t;
    });

    LoadSampler() {
      timer.scheduleAtFixedRate(this::sample, 0, 15, TimeUnit.SECONDS);
    }

    private synchronized void sample() {
      double load = os.getSystemLoadAverage();
      if (load >= 0) {
        samples.add(load);
      }
    }

    void stop() {
      timer.shutdownNow();
      sample();
    }

    synchronized double min() {
      return samples.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    synchronized double max() {
      return samples.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    synchronized double mean() {
      return samples.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }
  }
}
