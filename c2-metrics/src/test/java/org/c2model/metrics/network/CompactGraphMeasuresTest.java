package org.c2model.metrics.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.c2model.core.InvalidValueException;
import org.c2model.metrics.graph.Betweenness;
import org.c2model.metrics.graph.Brokerage;
import org.c2model.metrics.graph.CompactGraph;
import org.c2model.metrics.graph.Connectivity;
import org.c2model.metrics.graph.TieDistance;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.BiconnectivityInspector;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.generate.NamedGraphGenerator;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleGraph;
import org.jgrapht.util.SupplierUtil;
import org.junit.jupiter.api.Test;

/** The primitive measures on classic graphs with published or hand-derived answers. */
class CompactGraphMeasuresTest {

  private static final double EPS = 1e-9;

  // --- Large graphs: iterative depth-first search, default thread stack ---

  @Test
  void connectivity_pathOf200000_noStackOverflow() {
    int n = 200_000;
    Connectivity c = Connectivity.of(Graphs.path(n));
    assertEquals(1, c.componentCount());
    assertEquals(n - 2, c.articulationPoints().length);
    assertEquals(1, c.articulationPoints()[0]);
    assertEquals(n - 2, c.articulationPoints()[n - 3]);
    assertFalse(c.isArticulationPoint(0));
    assertFalse(c.isArticulationPoint(n - 1));
    assertEquals(n - 1, c.bridgeCount());
    assertArrayEquals(new int[] {n - 2, n - 1}, c.bridges()[n - 2]);
    assertEquals(0.0, c.fragmentation());
    // Removing the middle person leaves two halves of 99,999 and 100,000.
    assertEquals(99_999, c.splitOff(100_000));
    long pairs = 99_999L * 99_998 + 100_000L * 99_999;
    assertEquals(1 - pairs / (199_999.0 * 199_998), c.fragmentationWithout(100_000), EPS);
  }

  @Test
  void connectivity_starOf100000_noStackOverflow() {
    int leaves = 100_000;
    CompactGraph star = Graphs.star(leaves);
    Connectivity c = Connectivity.of(star);
    assertEquals(1, c.componentCount());
    assertArrayEquals(new int[] {0}, c.articulationPoints());
    assertEquals(leaves, c.bridgeCount());
    assertEquals(leaves - 1, c.splitOff(0));
    assertEquals(1.0, c.fragmentationWithout(0));
    assertEquals(1.0, c.removalImpact(0));
    assertEquals(0.0, c.removalImpact(1));
    double[] constraint = Brokerage.constraint(star);
    assertEquals(1.0 / leaves, constraint[0], EPS);
    assertEquals(1.0, constraint[leaves], EPS);
    assertEquals(leaves, Brokerage.effectiveSize(star)[0], EPS);
  }

  @Test
  void connectivity_manyComponents_countsAndFragmentation() {
    // 0-1-2, 3-4, 5 isolated.
    Connectivity c = Connectivity.of(Graphs.of(6, new int[][] {{0, 1}, {1, 2}, {3, 4}}));
    assertEquals(3, c.componentCount());
    assertArrayEquals(new int[] {3, 2, 1}, c.componentSizes());
    assertEquals(3, c.largestComponentSize());
    assertEquals(c.componentOf(0), c.componentOf(2));
    assertEquals(1 - (6.0 + 2.0) / 30, c.fragmentation(), EPS);
    // Removal impact is measured on the connected part (0-1-2, 3-4: fragmentation 1 - 8/20 = 0.6);
    // the isolated person is reported apart, with no impact.
    assertEquals(5, c.connectedCount());
    assertTrue(c.isIsolated(5));
    assertEquals(0.0, c.removalImpact(5));
    // Without 1: pieces {0}, {2}, {3, 4} among 4 people: 1 - 2/12.
    assertEquals(1 - 2.0 / 12 - 0.6, c.removalImpact(1), EPS);
  }

  // --- Zachary's karate club ---

  @Test
  void karate_sameGraphAsJGraphT() {
    Graph<Integer, DefaultEdge> jg = new SimpleGraph<>(SupplierUtil.createIntegerSupplier(), SupplierUtil.DEFAULT_EDGE_SUPPLIER, false);
    new NamedGraphGenerator<Integer, DefaultEdge>().generateZacharyKarateClubGraph(jg);
    CompactGraph karate = Graphs.karate();
    assertEquals(34, karate.nodeCount());
    assertEquals(78, karate.tieCount());
    assertEquals(jg.edgeSet().size(), karate.tieCount());
    List<Integer> ours = new ArrayList<>();
    List<Integer> theirs = new ArrayList<>();
    for (int v = 0; v < 34; v++) {
      ours.add(karate.degree(v));
    }
    jg.vertexSet().forEach(v -> theirs.add(jg.degreeOf(v)));
    Collections.sort(ours);
    Collections.sort(theirs);
    assertEquals(theirs, ours);
  }

  @Test
  void karate_betweenness_matchesNetworkXAndJGraphT() {
    CompactGraph karate = Graphs.karate();
    double[] normalised = Betweenness.normalised(karate, TieDistance.HOPS, 2);
    // Published by NetworkX, nx.betweenness_centrality(nx.karate_club_graph()).
    assertEquals(0.43763528138528146, normalised[0], EPS);
    assertEquals(0.30407497594997596, normalised[33], EPS);
    assertEquals(0.14524711399711399, normalised[32], EPS);
    assertEquals(0.14365680615680618, normalised[2], EPS);
    assertEquals(0.0, normalised[11], EPS);
    double[] oracle = Graphs.scores(new BetweennessCentrality<>(Graphs.jgrapht(karate), false).getScores(), 34);
    assertArrayEquals(oracle, Betweenness.raw(karate, TieDistance.HOPS, 1), EPS);
  }

  @Test
  void karate_articulationPointsAndBridges_node0AndTie0to11() {
    Connectivity c = Connectivity.of(Graphs.karate());
    assertArrayEquals(new int[] {0}, c.articulationPoints());
    assertEquals(1, c.bridgeCount());
    assertArrayEquals(new int[] {0, 11}, c.bridges()[0]);
    // Without member 0, member 11 and the group 4, 5, 6, 10, 16 are cut off from the rest.
    assertEquals(6, c.splitOff(0));
    BiconnectivityInspector<Integer, DefaultWeightedEdge> inspector =
        new BiconnectivityInspector<>(Graphs.jgrapht(Graphs.karate()));
    assertEquals(Set.of(0), inspector.getCutpoints());
    assertEquals(1, inspector.getBridges().size());
  }

  // --- Path, star, barbell: hand-derived ---

  @Test
  void betweenness_path_isIndexTimesRest() {
    int n = 7;
    double[] raw = Betweenness.raw(Graphs.path(n), TieDistance.HOPS, 1);
    double[] normalised = Betweenness.normalised(Graphs.path(n), TieDistance.HOPS, 1);
    for (int i = 0; i < n; i++) {
      assertEquals(i * (n - 1 - i), raw[i], EPS);
      assertEquals(i * (n - 1 - i) / ((n - 1) * (n - 2) / 2.0), normalised[i], EPS);
    }
  }

  @Test
  void betweenness_star_hubIsOnEveryPath() {
    double[] raw = Betweenness.raw(Graphs.star(5), TieDistance.HOPS, 2);
    assertEquals(10.0, raw[0], EPS);
    assertEquals(1.0, Betweenness.normalised(Graphs.star(5), TieDistance.HOPS, 2)[0], EPS);
    for (int leaf = 1; leaf <= 5; leaf++) {
      assertEquals(0.0, raw[leaf]);
    }
  }

  @Test
  void barbell_twoCutPointsOneBridge() {
    CompactGraph barbell = Graphs.barbell(4);
    double[] raw = Betweenness.raw(barbell, TieDistance.HOPS, 1);
    assertEquals(12.0, raw[3], EPS);
    assertEquals(12.0, raw[4], EPS);
    assertEquals(0.0, raw[0], EPS);
    Connectivity c = Connectivity.of(barbell);
    assertArrayEquals(new int[] {3, 4}, c.articulationPoints());
    assertEquals(1, c.bridgeCount());
    assertArrayEquals(new int[] {3, 4}, c.bridges()[0]);
    assertEquals(3, c.splitOff(3));
    assertEquals(4.0 / 7, c.fragmentationWithout(3), EPS);
    assertEquals(4.0 / 7, c.removalImpact(3), EPS);
  }

  // --- Weighted betweenness ---

  @Test
  void betweenness_weighted_strongTiesAreShortcuts() {
    // 0-1 strength 1 (length 1); 0-2 and 2-1 strength 4 (length 0.25): 0 to 1 goes through 2.
    CompactGraph g = CompactGraph.weighted(3, new int[] {0, 0, 2}, new int[] {1, 2, 1}, new double[] {1, 4, 4});
    assertArrayEquals(new double[] {0, 0, 1}, Betweenness.raw(g, TieDistance.INVERSE_STRENGTH, 1), EPS);
    assertArrayEquals(new double[] {0, 0, 0}, Betweenness.raw(g, TieDistance.HOPS, 1), EPS);
  }

  @Test
  void betweenness_weighted_matchesJGraphT() {
    int n = 60;
    CompactGraph g = Graphs.weighted(n, Graphs.randomTies(n, 0.08, 42));
    double[] oracle = Graphs.scores(new BetweennessCentrality<>(Graphs.jgrapht(g), false).getScores(), n);
    assertArrayEquals(oracle, Betweenness.raw(g, TieDistance.INVERSE_STRENGTH, 2), 1e-7);
  }

  // --- Burt's brokerage ---

  @Test
  void brokerage_triangle_handDerived() {
    CompactGraph triangle = Graphs.of(3, new int[][] {{0, 1}, {1, 2}, {0, 2}});
    assertEquals(1.125, Brokerage.constraint(triangle)[0], EPS);
    assertEquals(1.0, Brokerage.effectiveSize(triangle)[0], EPS);
  }

  @Test
  void brokerage_weightedTriangle_handDerived() {
    // Strengths a-b 1, b-c 2, a-c 1: c(a) = 2 * (1/2 + 1/2 * 2/3)^2 = 50/36; e(a) = 1/2 + 1/2.
    CompactGraph g = CompactGraph.weighted(3, new int[] {0, 1, 0}, new int[] {1, 2, 2}, new double[] {1, 2, 1});
    assertEquals(50.0 / 36, Brokerage.constraint(g)[0], EPS);
    assertEquals(1.0, Brokerage.effectiveSize(g)[0], EPS);
    // b: p(b,a) = 1/3, p(b,c) = 2/3; via the other: p(b,c) p(c,a) = 2/3 * 1/3, p(b,a) p(a,c) = 1/3 * 1/2.
    double expected = Math.pow(1.0 / 3 + 2.0 / 9, 2) + Math.pow(2.0 / 3 + 1.0 / 6, 2);
    assertEquals(expected, Brokerage.constraint(g)[1], EPS);
  }

  @Test
  void brokerage_karate_effectiveSizeIsBorgattiFormula() {
    CompactGraph karate = Graphs.karate();
    double[] effective = Brokerage.effectiveSize(karate);
    for (int u = 0; u < 34; u++) {
      int[] nu = karate.neighbours(u);
      int t = 0;
      for (int a : nu) {
        for (int b : nu) {
          t += a < b && karate.weight(a, b) > 0 ? 1 : 0;
        }
      }
      assertEquals(nu.length - 2.0 * t / nu.length, effective[u], EPS, "node " + u);
    }
  }

  @Test
  void brokerage_isolatedNode_isNaN() {
    CompactGraph g = Graphs.of(3, new int[][] {{0, 1}});
    assertTrue(Double.isNaN(Brokerage.constraint(g)[2]));
    assertTrue(Double.isNaN(Brokerage.effectiveSize(g)[2]));
  }

  // --- Invalid input ---

  @Test
  void of_selfTie_throwsNamingField() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> CompactGraph.of(3, new int[] {0, 2}, new int[] {1, 2}));
    assertEquals("to[1]", e.field().orElseThrow());
    assertEquals("2", e.invalidValue().orElseThrow());
  }

  @Test
  void of_nodeOutOfRange_throwsNamingField() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> CompactGraph.of(3, new int[] {0}, new int[] {3}));
    assertEquals("to[0]", e.field().orElseThrow());
    assertTrue(e.getMessage().contains("0..2"));
  }

  @Test
  void weighted_nonPositiveWeight_throwsNamingField() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> CompactGraph.weighted(2, new int[] {0}, new int[] {1}, new double[] {0}));
    assertEquals("weight[0]", e.field().orElseThrow());
  }

  @Test
  void raw_parallelismZero_throwsNamingField() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Betweenness.raw(Graphs.path(3), TieDistance.HOPS, 0));
    assertEquals("parallelism", e.field().orElseThrow());
  }

  @Test
  void of_duplicateTie_keptOnceWithLargestWeight() {
    CompactGraph g = CompactGraph.weighted(2, new int[] {0, 1}, new int[] {1, 0}, new double[] {2, 5});
    assertEquals(1, g.tieCount());
    assertEquals(5.0, g.weight(0, 1));
    assertEquals("CompactGraph[nodes=2, ties=1, weighted]", g.toString());
  }
}
