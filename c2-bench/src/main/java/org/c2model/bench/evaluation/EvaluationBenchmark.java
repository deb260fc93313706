package org.c2model.bench.evaluation;

import java.util.concurrent.TimeUnit;
import org.c2model.examples.townstal.TownstalData;
import org.c2model.metrics.evaluation.Evaluation;
import org.c2model.metrics.evaluation.EvaluationReport;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link Evaluation#run()} of the main job on the bundled Townstal data (journey, illustrative
 * observations, comparator, unit costs and investments exactly as {@link TownstalData#bundled()}
 * states them; the Monte Carlo of the appraisal included). Run with {@code -prof gc} for the bytes
 * allocated per evaluation ({@code gc.alloc.rate.norm}); issue 11 holds time and allocation within
 * 10% of the figures before the windows, horizons and appraisal were reworked.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Threads(1)
public class EvaluationBenchmark {

  private Evaluation evaluation;

  /** Reads the bundled data once; only the run is measured. */
  @Setup(Level.Trial)
  public void setUp() {
    evaluation = TownstalData.bundled();
  }

  /**
   * Evaluates Townstal.
   *
   * @return the report, for JMH to consume
   */
  @Benchmark
  public EvaluationReport run() {
    return evaluation.run();
  }
}
