package org.c2model.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import org.c2model.bench.json.JsonBenchmark;
import org.c2model.examples.townstal.TownstalData;
import org.c2model.metrics.evaluation.Evaluation;

/**
 * CPU time per operation, a companion to the JMH figures on a shared machine: when other work keeps
 * the load average far above the core count, wall-clock times measure the queue for the cores, while
 * the CPU time an operation takes moves much less. Batches of operations are timed with the thread's
 * (and, for the evaluation, the whole process's: betweenness used to start threads) CPU clock after a
 * warm-up; the minimum and median batch are printed.
 * <p>
 * {@code evaluation}: {@link Evaluation#run()} on the bundled Townstal data, as in
 * {@code EvaluationBenchmark}. The class uses only calls that commit ca062a1 had, so it can be run
 * against an older benchmarks jar put first on the class path. {@code json}: the four methods of
 * {@link JsonBenchmark}, batch by batch in turn, and the ratio of plain Jackson's time to c2's.
 *
 * <pre>{@code
 * java -cp c2-bench/target/benchmarks.jar org.c2model.bench.CpuTime evaluation 15
 * java -cp old/benchmarks.jar:c2-bench/target/classes org.c2model.bench.CpuTime evaluation 15
 * java -cp c2-bench/target/benchmarks.jar org.c2model.bench.CpuTime json 15
 * }</pre>
 */
public final class CpuTime {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  /** The argument that prints {@link #jsonInTurns}'s medians on one line after it, for {@link AllBenchmarks}. */
  static final String JSON_IN_TURNS = "json-in-turns";
  private static Object sink;

  private CpuTime() {}

  /**
   * Measures.
   *
   * @param args  {@code evaluation} or {@code json}, then the number of batches (15 by default)
   * @throws Exception if the JSON benchmark's setup fails
   */
  public static void main(String[] args) throws Exception {
    String what = args.length > 0 ? args[0] : "evaluation";
    int batches = args.length > 1 ? Integer.parseInt(args[1]) : 15;
    if (what.equals("json")) {
      json(batches);
    } else if (what.equals(JSON_IN_TURNS)) {
      double[] median = jsonInTurns(batches, true);
      System.out.printf(Locale.ROOT, "%s %.3f %.3f %.3f %.3f%n", JSON_IN_TURNS, median[0], median[1], median[2],
          median[3]);
    } else {
      evaluation(batches);
    }
    System.out.printf(Locale.ROOT, "load average at the end %.2f (%s)%n",
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), sink.getClass().getSimpleName());
  }

  private static void evaluation(int batches) {
    Evaluation evaluation = TownstalData.bundled();
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    int batch = 200;
    for (int i = 0; i < 3_000; i++) {
      sink = evaluation.run();
    }
    double[] process = new double[batches];
    double[] thread = new double[batches];
    for (int b = 0; b < batches; b++) {
      long p0 = os.getProcessCpuTime();
      long t0 = THREADS.getCurrentThreadCpuTime();
      for (int i = 0; i < batch; i++) {
        sink = evaluation.run();
      }
      process[b] = (os.getProcessCpuTime() - p0) / 1e6 / batch;
      thread[b] = (THREADS.getCurrentThreadCpuTime() - t0) / 1e6 / batch;
    }
    Arrays.sort(process);
    Arrays.sort(thread);
    System.out.printf(Locale.ROOT, "Evaluation.run(): process CPU ms/op min %.3f median %.3f;"
        + " thread CPU ms/op min %.3f median %.3f%n", process[0], process[batches / 2], thread[0], thread[batches / 2]);
  }

  private static void json(int batches) throws Exception {
    double[] median = jsonInTurns(batches, true);
    System.out.printf(Locale.ROOT, "ratio of throughputs, c2 over plain Jackson (medians): read + write %.2fx,"
        + " read %.2fx, write %.2fx%n", (median[2] + median[3]) / (median[0] + median[1]), median[2] / median[0],
        median[3] / median[1]);
  }

  /**
   * Times the four methods of {@link JsonBenchmark} in turns, a batch of 500 operations of each in
   * every round, after 20 rounds of warm-up: each method meets whatever the machine does during the
   * measurement as often as the others, where JMH's forks, one after another, can each meet a
   * different part of it.
   *
   * @param batches  the number of rounds measured
   * @param print  whether to print each method's minimum and median
   * @return the median thread CPU time per operation of each method, in microseconds: c2's read and
   *     write, then plain Jackson's read and write
   * @throws IOException if the benchmark's set-up fails
   */
  static double[] jsonInTurns(int batches, boolean print) throws IOException {
    JsonBenchmark b = new JsonBenchmark();
    b.setUp();
    String[] names = {"c2Read", "c2Write", "jacksonRead", "jacksonWrite"};
    Supplier<?>[] ops = {b::c2Read, b::c2Write, unchecked(b::jacksonRead), unchecked(b::jacksonWrite)};
    int batch = 500;
    for (int w = 0; w < 20; w++) {
      for (Supplier<?> op : ops) {
        for (int i = 0; i < batch; i++) {
          sink = op.get();
        }
      }
    }
    double[][] times = new double[ops.length][batches];
    for (int k = 0; k < batches; k++) {
      for (int j = 0; j < ops.length; j++) {
        long t0 = THREADS.getCurrentThreadCpuTime();
        for (int i = 0; i < batch; i++) {
          sink = ops[j].get();
        }
        times[j][k] = (THREADS.getCurrentThreadCpuTime() - t0) / 1e3 / batch;
      }
    }
    double[] median = new double[ops.length];
    for (int j = 0; j < ops.length; j++) {
      Arrays.sort(times[j]);
      median[j] = times[j][batches / 2];
      if (print) {
        System.out.printf(Locale.ROOT, "%-13s thread CPU us/op min %.1f median %.1f%n", names[j], times[j][0], median[j]);
      }
    }
    return median;
  }

  /** A benchmark method that declares a checked exception, as a supplier. */
  private static Supplier<Object> unchecked(java.util.concurrent.Callable<?> call) {
    return () -> {
      try {
        return call.call();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    };
  }
}
