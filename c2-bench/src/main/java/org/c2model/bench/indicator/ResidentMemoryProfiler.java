package org.c2model.bench.indicator;

import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * A JMH profiler reporting the resident bytes per observation of the data set a benchmark's setup
 * built, as the secondary result {@code resident.bytesPerObservation}:
 * {@code java -jar benchmarks.jar Screening -prof org.c2model.bench.indicator.ResidentMemoryProfiler}.
 */
public final class ResidentMemoryProfiler implements InternalProfiler {

  /** The secondary result's label. */
  public static final String LABEL = "resident.bytesPerObservation";

  /** Creates the profiler; JMH calls this. */
  public ResidentMemoryProfiler() {}

  @Override
  public String getDescription() {
    return "Resident heap bytes per observation of the benchmark's data set";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
    // nothing to do: the figure is measured once, in the benchmark's setup
  }

  // JMH's InternalProfiler declares the raw type Result in this signature; the override must match.
  @SuppressWarnings("rawtypes")
  @Override
  public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
      IterationResult result) {
    double b = Resident.bytesPerObservation;
    return Double.isNaN(b) ? List.of() : List.of(new ScalarResult(LABEL, b, "B/obs", AggregationPolicy.AVG));
  }
}
