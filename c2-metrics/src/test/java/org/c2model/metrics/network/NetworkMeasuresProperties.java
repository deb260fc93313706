package org.c2model.metrics.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import org.c2model.metrics.graph.Betweenness;
import org.c2model.metrics.graph.Brokerage;
import org.c2model.metrics.graph.CompactGraph;
import org.c2model.metrics.graph.Connectivity;
import org.c2model.metrics.graph.TieDistance;
import org.jgrapht.alg.connectivity.BiconnectivityInspector;
import org.jgrapht.graph.DefaultWeightedEdge;

/** Properties of the network measures on random graphs (seeded, so every failure reproduces). */
class NetworkMeasuresProperties {

  private static final double EPS = 1e-9;

  @Property(tries = 200)
  void betweennessIsZeroForLeaves(@ForAll @IntRange(min = 2, max = 40) int n,
      @ForAll @DoubleRange(min = 0.02, max = 0.3) double p, @ForAll long seed) {
    int[][] ties = Graphs.randomTies(n, p, seed);
    for (CompactGraph g : List.of(Graphs.unweighted(n, ties), Graphs.weighted(n, ties))) {
      for (TieDistance d : TieDistance.values()) {
        double[] b = Betweenness.raw(g, d, 1);
        for (int v = 0; v < n; v++) {
          if (g.degree(v) <= 1) {
            assertEquals(0.0, b[v], "node " + v);
          }
        }
      }
    }
  }

  @Property(tries = 200)
  void removingAnArticulationPointIncreasesTheNumberOfComponents(@ForAll @IntRange(min = 2, max = 40) int n,
      @ForAll @DoubleRange(min = 0.02, max = 0.3) double p, @ForAll long seed) {
    CompactGraph g = Graphs.unweighted(n, Graphs.randomTies(n, p, seed));
    Connectivity c = Connectivity.of(g);
    for (int v = 0; v < n; v++) {
      Connectivity after = Connectivity.of(Graphs.without(g, v));
      if (c.isArticulationPoint(v)) {
        assertTrue(after.componentCount() > c.componentCount(), "node " + v);
      } else {
        assertTrue(after.componentCount() <= c.componentCount(), "node " + v);
      }
      // The removal impact computed in one pass agrees with measuring the smaller graph.
      assertEquals(after.fragmentation(), c.fragmentationWithout(v), EPS, "node " + v);
    }
  }

  @Property(tries = 200)
  void fragmentationIsZeroForAConnectedGraphAndRisesAsTiesAreRemoved(
      @ForAll @IntRange(min = 2, max = 40) int n, @ForAll @DoubleRange(min = 0, max = 0.2) double p,
      @ForAll long seed) {
    Random random = new Random(seed);
    List<int[]> ties = new ArrayList<>();
    for (int v = 1; v < n; v++) {
      ties.add(new int[] {random.nextInt(v), v});          // a random spanning tree
    }
    for (int[] t : Graphs.randomTies(n, p, seed)) {
      ties.add(new int[] {t[0], t[1]});
    }
    double previous = Connectivity.of(Graphs.of(n, ties.toArray(new int[0][]))).fragmentation();
    assertEquals(0.0, previous);
    Collections.shuffle(ties, random);
    while (!ties.isEmpty()) {
      ties.remove(ties.size() - 1);
      double now = Connectivity.of(Graphs.of(n, ties.toArray(new int[0][]))).fragmentation();
      assertTrue(now >= previous, "fragmentation fell from " + previous + " to " + now);
      previous = now;
    }
    assertEquals(1.0, previous);
  }

  @Property(tries = 100)
  void resultsAreInvariantUnderRelabellingOfNodeIds(@ForAll @IntRange(min = 2, max = 40) int n,
      @ForAll @DoubleRange(min = 0.02, max = 0.3) double p, @ForAll long seed) {
    int[][] ties = Graphs.randomTies(n, p, seed);
    List<Integer> order = new ArrayList<>();
    for (int v = 0; v < n; v++) {
      order.add(v);
    }
    Collections.shuffle(order, new Random(seed ^ 0x5DEECE66DL));
    int[] label = order.stream().mapToInt(Integer::intValue).toArray();
    int[][] relabelled = new int[ties.length][];
    for (int i = 0; i < ties.length; i++) {
      relabelled[i] = new int[] {label[ties[i][0]], label[ties[i][1]], ties[i][2]};
    }
    CompactGraph g = Graphs.weighted(n, ties);
    CompactGraph h = Graphs.weighted(n, relabelled);
    for (TieDistance d : TieDistance.values()) {
      double[] bg = Betweenness.raw(g, d, 1);
      double[] bh = Betweenness.raw(h, d, 1);
      for (int v = 0; v < n; v++) {
        assertEquals(bg[v], bh[label[v]], EPS, "node " + v);
      }
    }
    Connectivity cg = Connectivity.of(g);
    Connectivity ch = Connectivity.of(h);
    double[] kg = Brokerage.constraint(g);
    double[] kh = Brokerage.constraint(h);
    double[] eg = Brokerage.effectiveSize(g);
    double[] eh = Brokerage.effectiveSize(h);
    assertEquals(cg.componentCount(), ch.componentCount());
    assertEquals(cg.fragmentation(), ch.fragmentation(), EPS);
    assertEquals(cg.bridgeCount(), ch.bridgeCount());
    for (int v = 0; v < n; v++) {
      int w = label[v];
      assertEquals(cg.isArticulationPoint(v), ch.isArticulationPoint(w));
      assertEquals(cg.splitOff(v), ch.splitOff(w));
      assertEquals(cg.removalImpact(v), ch.removalImpact(w), EPS);
      assertEquals(kg[v], kh[w], EPS);
      assertEquals(eg[v], eh[w], EPS);
    }
    Set<String> bridgesG = new TreeSet<>();
    for (int[] b : cg.bridges()) {
      bridgesG.add(Math.min(label[b[0]], label[b[1]]) + "-" + Math.max(label[b[0]], label[b[1]]));
    }
    Set<String> bridgesH = new TreeSet<>();
    for (int[] b : ch.bridges()) {
      bridgesH.add(b[0] + "-" + b[1]);
    }
    assertEquals(bridgesG, bridgesH);
  }

  @Property(tries = 30)
  void parallelAndSequentialBetweennessAreIdentical(@ForAll @IntRange(min = 2, max = 300) int n,
      @ForAll @DoubleRange(min = 0.005, max = 0.05) @Scale(3) double p, @ForAll long seed,
      @ForAll @IntRange(min = 2, max = 4) int threads) {
    CompactGraph g = Graphs.weighted(n, Graphs.randomTies(n, p, seed));
    for (TieDistance d : TieDistance.values()) {
      // Bit-identical, not just close.
      assertArrayEquals(Betweenness.raw(g, d, 1), Betweenness.raw(g, d, threads));
    }
  }

  @Property(tries = 100)
  void articulationPointsAndBridgesAgreeWithJGraphT(@ForAll @IntRange(min = 2, max = 40) int n,
      @ForAll @DoubleRange(min = 0.02, max = 0.3) double p, @ForAll long seed) {
    CompactGraph g = Graphs.unweighted(n, Graphs.randomTies(n, p, seed));
    Connectivity c = Connectivity.of(g);
    BiconnectivityInspector<Integer, DefaultWeightedEdge> oracle = new BiconnectivityInspector<>(Graphs.jgrapht(g));
    assertEquals(new TreeSet<>(oracle.getCutpoints()),
        new TreeSet<>(Arrays.stream(c.articulationPoints()).boxed().toList()));
    assertEquals(oracle.getBridges().size(), c.bridgeCount());
  }

  @Property(tries = 200)
  void highBetweennessFlagsOnlyPeopleInTheTopDecileAndWellAboveTheMedian(@ForAll @IntRange(min = 2, max = 40) int n,
      @ForAll @DoubleRange(min = 0.02, max = 0.3) double p, @ForAll long seed) {
    CommunityNetwork.Builder b = CommunityNetwork.builder();
    for (int v = 0; v < n; v++) {
      if (v % 3 == 0) {
        b.agencyStaff("P" + v);
      } else {
        b.resident("P" + v);
      }
    }
    for (int[] t : Graphs.randomTies(n, p, seed)) {
      b.tie("P" + t[0], "P" + t[1], LocalDate.of(2010, 1, 1));
    }
    LocalDate day = LocalDate.of(2010, 6, 1);
    NetworkAnalysis analysis = NetworkAnalysis.of(b.build(), day);
    double[] sorted = analysis.people().stream().mapToDouble(PersonMeasures::normalisedBetweenness).sorted().toArray();
    double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    WeakConnectors found = WeakConnectors.of(analysis, WeakConnectorThresholds.defaults());
    List<WeakConnectorCandidate> all = new java.util.ArrayList<>(found.residents());
    all.addAll(found.agencyStaff());
    for (WeakConnectorCandidate c : all) {
      boolean standsOut = standsOut(c.measures().normalisedBetweenness(), sorted, median);
      assertEquals(standsOut, c.reasons().contains(CandidateReason.HIGH_BETWEENNESS), c::toString);
    }
    // Everyone who stands out is flagged, up to the cap of each affiliation.
    for (Affiliation a : Affiliation.values()) {
      long standOut = analysis.people().stream()
          .filter(m -> m.affiliation() == a && standsOut(m.normalisedBetweenness(), sorted, median)).count();
      long flagged = found.candidates(a).stream().filter(c -> c.reasons().contains(CandidateReason.HIGH_BETWEENNESS))
          .count();
      assertEquals(Math.min(standOut, WeakConnectorThresholds.defaults().candidatesPerAffiliation()), flagged);
    }
  }

  /** Above 0, more than twice the median, and no more than a tenth of the people as high (or alone). */
  private static boolean standsOut(double x, double[] sorted, double median) {
    long asHigh = Arrays.stream(sorted).filter(v -> v >= x).count();
    return x > 0 && x > 2 * median && (asHigh == 1 || asHigh <= 0.1 * sorted.length);
  }

  @Property(tries = 200)
  void removalImpactIsMeasuredOnTheConnectedPartWithIsolatesApart(@ForAll @IntRange(min = 2, max = 40) int n,
      @ForAll @DoubleRange(min = 0.02, max = 0.3) double p, @ForAll long seed) {
    CompactGraph g = Graphs.unweighted(n, Graphs.randomTies(n, p, seed));
    Connectivity c = Connectivity.of(g);
    int connected = 0;
    for (int v = 0; v < n; v++) {
      connected += g.degree(v) > 0 ? 1 : 0;
    }
    assertEquals(connected, c.connectedCount());
    for (int v = 0; v < n; v++) {
      if (g.degree(v) == 0) {
        assertTrue(c.isIsolated(v));
        assertEquals(0.0, c.removalImpact(v), "isolated node " + v);
      } else if (c.componentCount() - (n - connected) == 1 && !c.isArticulationPoint(v)) {
        // One connected part: only a cut point raises its fragmentation.
        assertEquals(0.0, c.removalImpact(v), EPS, "node " + v);
      }
    }
  }

  @Property(tries = 100)
  void theNetworkAtADateHoldsExactlyTheTiesSeenByThen(@ForAll @IntRange(min = 2, max = 30) int n,
      @ForAll @DoubleRange(min = 0.02, max = 0.4) double p, @ForAll long seed, @ForAll @IntRange(min = 0, max = 400) int day) {
    CommunityNetwork.Builder b = CommunityNetwork.builder();
    for (int v = 0; v < n; v++) {
      b.resident("P" + v);
    }
    java.util.Random random = new java.util.Random(seed);
    LocalDate start = LocalDate.of(2009, 1, 1);
    int[][] ties = Graphs.randomTies(n, p, seed);
    for (int[] t : ties) {
      b.tie("P" + t[0], "P" + t[1], start.plusDays(random.nextInt(365)));
    }
    CommunityNetwork network = b.build();
    LocalDate date = start.plusDays(day);
    long seen = network.ties().stream().filter(t -> !t.firstObserved().isAfter(date)).count();
    assertEquals(seen, network.asOf(date).ties().size());
    assertEquals(seen, NetworkSummary.of(network, date).ties());
    // Ties only accumulate: the network never shrinks over time.
    assertTrue(NetworkSummary.of(network, date.plusDays(30)).ties() >= seen);
  }
}
