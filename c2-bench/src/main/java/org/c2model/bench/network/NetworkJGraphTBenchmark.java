package org.c2model.bench.network;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.BiconnectivityInspector;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultEdge;
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
 * The JGraphT 1.5.2 peer of {@link NetworkBenchmark}: {@code BetweennessCentrality} and
 * {@code BiconnectivityInspector.getCutpoints()} on the same graph.
 * <p>
 * One measured shot, no warm-up. By default it runs on the 2,000-person network, which
 * {@link NetworkBenchmark} also measures, so the run stays short; on the 10,000-person network
 * ({@code -p people=10000}) one shot takes several minutes. JGraphT's biconnectivity search is
 * recursive and overflows the default thread stack on this graph, so it runs in a thread with a
 * 1 GiB stack (the thread's start-up is part of the measured time, and negligible).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(1)
public class NetworkJGraphTBenchmark {

  /** The number of people; the network has five ties per person (mean degree 10). */
  @Param("2000")
  public int people;

  private Graph<Integer, DefaultEdge> graph;

  /** Builds the graph once; building it is not measured. */
  @Setup
  public void setUp() {
    graph = NetworkFixture.generate(people, 5 * people).jgrapht();
  }

  /**
   * Betweenness and articulation points with JGraphT.
   *
   * @param bh  the sink
   * @throws InterruptedException if interrupted while waiting for the search thread
   */
  @Benchmark
  public void jgrapht(Blackhole bh) throws InterruptedException {
    Map<Integer, Double> scores = new BetweennessCentrality<>(graph, false).getScores();
    AtomicReference<Set<Integer>> cutpoints = new AtomicReference<>();
    Thread search = new Thread(null, () -> cutpoints.set(new BiconnectivityInspector<>(graph).getCutpoints()),
        "jgrapht-biconnectivity", 1L << 30);
    search.start();
    search.join();
    bh.consume(scores);
    bh.consume(cutpoints.get());
  }
}
