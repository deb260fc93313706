package org.c2model.metrics.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.c2model.metrics.graph.CompactGraph;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/** Test graphs: classic networks with published answers, generators, and a JGraphT bridge. */
final class Graphs {

  private Graphs() {}

  /**
   * Zachary's karate club (W. W. Zachary, "An information flow model for conflict and fission in
   * small groups", Journal of Anthropological Research 33(4), 1977), 34 members and 78 ties, in
   * NetworkX's 0-based labelling ({@code nx.karate_club_graph()}).
   */
  static final int[][] KARATE = {
      {0, 1}, {0, 2}, {0, 3}, {0, 4}, {0, 5}, {0, 6}, {0, 7}, {0, 8}, {0, 10}, {0, 11}, {0, 12}, {0, 13},
      {0, 17}, {0, 19}, {0, 21}, {0, 31},
      {1, 2}, {1, 3}, {1, 7}, {1, 13}, {1, 17}, {1, 19}, {1, 21}, {1, 30},
      {2, 3}, {2, 7}, {2, 8}, {2, 9}, {2, 13}, {2, 27}, {2, 28}, {2, 32},
      {3, 7}, {3, 12}, {3, 13},
      {4, 6}, {4, 10},
      {5, 6}, {5, 10}, {5, 16},
      {6, 16},
      {8, 30}, {8, 32}, {8, 33},
      {9, 33},
      {13, 33},
      {14, 32}, {14, 33},
      {15, 32}, {15, 33},
      {18, 32}, {18, 33},
      {19, 33},
      {20, 32}, {20, 33},
      {22, 32}, {22, 33},
      {23, 25}, {23, 27}, {23, 29}, {23, 32}, {23, 33},
      {24, 25}, {24, 27}, {24, 31},
      {25, 31},
      {26, 29}, {26, 33},
      {27, 33},
      {28, 31}, {28, 33},
      {29, 32}, {29, 33},
      {30, 32}, {30, 33},
      {31, 32}, {31, 33},
      {32, 33}};

  static CompactGraph of(int n, int[][] ties) {
    int[] from = new int[ties.length];
    int[] to = new int[ties.length];
    for (int i = 0; i < ties.length; i++) {
      from[i] = ties[i][0];
      to[i] = ties[i][1];
    }
    return CompactGraph.of(n, from, to);
  }

  static CompactGraph karate() {
    return of(34, KARATE);
  }

  static CompactGraph path(int n) {
    int[] from = new int[Math.max(0, n - 1)];
    int[] to = new int[from.length];
    for (int i = 0; i < from.length; i++) {
      from[i] = i;
      to[i] = i + 1;
    }
    return CompactGraph.of(n, from, to);
  }

  /** A star: hub 0 and leaves 1..leaves. */
  static CompactGraph star(int leaves) {
    int[] from = new int[leaves];
    int[] to = new int[leaves];
    for (int i = 0; i < leaves; i++) {
      to[i] = i + 1;
    }
    return CompactGraph.of(leaves + 1, from, to);
  }

  /** NetworkX's barbell_graph(m, 0): two complete graphs 0..m-1 and m..2m-1, joined by m-1 - m. */
  static CompactGraph barbell(int m) {
    List<int[]> ties = new ArrayList<>();
    for (int base : new int[] {0, m}) {
      for (int i = 0; i < m; i++) {
        for (int j = i + 1; j < m; j++) {
          ties.add(new int[] {base + i, base + j});
        }
      }
    }
    ties.add(new int[] {m - 1, m});
    return of(2 * m, ties.toArray(new int[0][]));
  }

  /** A random graph with each pair tied with probability p, strengths drawn from {1, 2, 4}. */
  static int[][] randomTies(int n, double p, long seed) {
    Random random = new Random(seed);
    List<int[]> ties = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (random.nextDouble() < p) {
          ties.add(new int[] {i, j, 1 << random.nextInt(3)});
        }
      }
    }
    return ties.toArray(new int[0][]);
  }

  static CompactGraph unweighted(int n, int[][] ties) {
    return of(n, ties);
  }

  static CompactGraph weighted(int n, int[][] ties) {
    int[] from = new int[ties.length];
    int[] to = new int[ties.length];
    double[] w = new double[ties.length];
    for (int i = 0; i < ties.length; i++) {
      from[i] = ties[i][0];
      to[i] = ties[i][1];
      w[i] = ties[i][2];
    }
    return CompactGraph.weighted(n, from, to, w);
  }

  /** The graph with one node removed; nodes above it move down by one. */
  static CompactGraph without(CompactGraph g, int removed) {
    List<int[]> ties = new ArrayList<>();
    for (int v = 0; v < g.nodeCount(); v++) {
      for (int w : g.neighbours(v)) {
        if (v < w && v != removed && w != removed) {
          ties.add(new int[] {v > removed ? v - 1 : v, w > removed ? w - 1 : w});
        }
      }
    }
    return of(g.nodeCount() - 1, ties.toArray(new int[0][]));
  }

  /** The ties of a graph as {u, v} with u < v, in order. */
  static int[][] ties(CompactGraph g) {
    List<int[]> ties = new ArrayList<>();
    for (int v = 0; v < g.nodeCount(); v++) {
      for (int w : g.neighbours(v)) {
        if (v < w) {
          ties.add(new int[] {v, w});
        }
      }
    }
    return ties.toArray(new int[0][]);
  }

  /** The same graph in JGraphT, with edge weight = path length = 1 / strength (1 if unweighted). */
  static Graph<Integer, DefaultWeightedEdge> jgrapht(CompactGraph g) {
    Graph<Integer, DefaultWeightedEdge> out = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
    for (int v = 0; v < g.nodeCount(); v++) {
      out.addVertex(v);
    }
    for (int[] t : ties(g)) {
      DefaultWeightedEdge e = out.addEdge(t[0], t[1]);
      out.setEdgeWeight(e, 1.0 / g.weight(t[0], t[1]));
    }
    return out;
  }

  static double[] scores(java.util.Map<Integer, Double> map, int n) {
    double[] out = new double[n];
    Arrays.setAll(out, v -> map.get(v));
    return out;
  }
}
