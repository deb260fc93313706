package org.c2model.bench.network;

import java.util.concurrent.TimeUnit;
import org.c2model.metrics.graph.Betweenness;
import org.c2model.metrics.graph.CompactGraph;
import org.c2model.metrics.graph.Connectivity;
import org.c2model.metrics.graph.TieDistance;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Weak-connector analysis with c2: betweenness (Brandes, unweighted) and articulation points on
 * a generated 10,000-person / 50,000-tie network ({@link NetworkFixture}). Its peers are
 * {@link NetworkJGraphTBenchmark} in the same run, and igraph via {@code igraph/betweenness.py}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
public class NetworkBenchmark {

  /** The number of people; the network has five ties per person (mean degree 10). */
  @Param({"2000", "10000"})
  public int people;

  private CompactGraph graph;

  /** Builds the graph once; building it is not measured. */
  @Setup
  public void setUp() {
    graph = NetworkFixture.generate(people, 5 * people).compact();
  }

  /**
   * Betweenness and articulation points on every available processor.
   *
   * @param bh  the sink
   */
  @Benchmark
  public void c2AllProcessors(Blackhole bh) {
    bh.consume(Betweenness.raw(graph, TieDistance.HOPS));
    bh.consume(Connectivity.of(graph).articulationPoints());
  }

  /**
   * Betweenness and articulation points on one thread (comparable with single-threaded igraph).
   *
   * @param bh  the sink
   */
  @Benchmark
  public void c2OneThread(Blackhole bh) {
    bh.consume(Betweenness.raw(graph, TieDistance.HOPS, 1));
    bh.consume(Connectivity.of(graph).articulationPoints());
  }
}
