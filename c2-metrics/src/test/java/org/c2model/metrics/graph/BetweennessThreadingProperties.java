package org.c2model.metrics.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/**
 * Small graphs are searched in the caller's thread (one workspace shared by every chunk) and large
 * ones on several threads (a workspace per chunk): both must give bit-identical betweenness and the
 * same hop totals, unweighted and weighted, for any number of threads.
 */
class BetweennessThreadingProperties {

  @Property(tries = 100)
  void theSharedWorkspaceGivesExactlyWhatThreadsGive(@ForAll @IntRange(min = 1, max = 150) int n,
      @ForAll @DoubleRange(min = 0, max = 0.4) double p, @ForAll @IntRange(min = 2, max = 4) int threads,
      @ForAll long seed) {
    CompactGraph graph = random(n, p, seed);
    for (TieDistance d : TieDistance.values()) {
      Betweenness.Result alone = Betweenness.run(graph, d, 1);
      Betweenness.Result small = Betweenness.run(graph, d, threads);
      Betweenness.Result threaded = Betweenness.run(graph, d, threads, 0);
      assertArrayEquals(alone.betweenness(), threaded.betweenness(), 0.0, d.name());
      assertArrayEquals(alone.betweenness(), small.betweenness(), 0.0, d.name());
      assertEquals(alone.hopSum(), threaded.hopSum(), d.name());
      assertEquals(alone.reachablePairs(), threaded.reachablePairs(), d.name());
    }
  }

  @Example
  void aPartnershipSizedNetworkIsBelowTheThresholdAndTheBenchmarkNetworksAboveIt() {
    // About 150 people with 500 ties, as in the bundled Townstal journey.
    assertTrue(Betweenness.work(random(150, 500.0 / (150 * 149 / 2), 1)) < Betweenness.SEQUENTIAL_BELOW);
    // 2,000 people with about 10 ties each, the smallest network benchmark.
    assertTrue(Betweenness.work(random(2_000, 10.0 / 1_999, 1)) >= Betweenness.SEQUENTIAL_BELOW);
  }

  private static CompactGraph random(int n, double p, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<int[]> ties = new ArrayList<>();
    for (int a = 0; a < n; a++) {
      for (int b = a + 1; b < n; b++) {
        if (random.nextDouble() < p) {
          ties.add(new int[] {a, b, 1 + random.nextInt(4)});
        }
      }
    }
    int[] from = new int[ties.size()];
    int[] to = new int[ties.size()];
    double[] weight = new double[ties.size()];
    for (int i = 0; i < ties.size(); i++) {
      from[i] = ties.get(i)[0];
      to[i] = ties.get(i)[1];
      weight[i] = ties.get(i)[2];
    }
    return CompactGraph.weighted(n, from, to, weight);
  }
}
