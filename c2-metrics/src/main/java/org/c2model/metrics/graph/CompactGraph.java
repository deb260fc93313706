package org.c2model.metrics.graph;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import org.c2model.core.InvalidValueException;
import org.c2model.core.internal.Checks;

/**
 * An undirected graph of the nodes {@code 0 .. n-1}, held as compressed sparse rows: one array of
 * row offsets, one of neighbours (sorted within each row) and, for a weighted graph, one of tie
 * strengths. It is built once and never changes, so the measures in {@link Betweenness},
 * {@link Connectivity} and {@link Brokerage} can share it across threads.
 * <p>
 * This is the primitive layer under {@code org.c2model.metrics.network.CommunityNetwork}: people become int ids in the order
 * the network lists them. Use it directly for large generated graphs (benchmarks, simulations).
 * <p>
 * Every undirected tie {@code u-v} is stored twice, as the arcs {@code u->v} and {@code v->u}.
 * A tie given more than once is kept once with its largest weight; a self-tie is rejected.
 *
 * <pre>{@code
 * CompactGraph path = CompactGraph.of(3, new int[] {0, 1}, new int[] {1, 2});
 * double[] b = Betweenness.raw(path, TieDistance.HOPS, 1);   // [0.0, 1.0, 0.0]
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class CompactGraph {

  private final int nodeCount;
  private final int[] offsets;
  private final int[] neighbours;
  private final double[] weights;

  private CompactGraph(int nodeCount, int[] offsets, int[] neighbours, double[] weights) {
    this.nodeCount = nodeCount;
    this.offsets = offsets;
    this.neighbours = neighbours;
    this.weights = weights;
  }

  /**
   * Obtains an unweighted graph from parallel arrays of tie ends.
   *
   * @param nodeCount  the number of nodes, not negative
   * @param from  the first end of each tie, each in {@code 0 .. nodeCount-1}, not null
   * @param to  the second end of each tie, as long as {@code from}, not null
   * @return the graph, not null
   * @throws InvalidValueException if an end is out of range, a tie joins a node to itself, or the
   *     arrays differ in length
   */
  public static CompactGraph of(int nodeCount, int[] from, int[] to) {
    return build(nodeCount, from, to, null);
  }

  /**
   * Obtains a weighted graph from parallel arrays of tie ends and tie strengths.
   *
   * @param nodeCount  the number of nodes, not negative
   * @param from  the first end of each tie, each in {@code 0 .. nodeCount-1}, not null
   * @param to  the second end of each tie, as long as {@code from}, not null
   * @param weight  the strength of each tie, finite and positive, as long as {@code from}, not null
   * @return the graph, not null
   * @throws InvalidValueException if an end is out of range, a tie joins a node to itself, a
   *     weight is not finite and positive, or the arrays differ in length
   */
  public static CompactGraph weighted(int nodeCount, int[] from, int[] to, double[] weight) {
    return build(nodeCount, from, to, Objects.requireNonNull(weight, "weight"));
  }

  private static CompactGraph build(int n, int[] from, int[] to, double[] weight) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Checks.notNegative(n, "nodeCount");
    if (to.length != from.length) {
      throw InvalidValueException.of("to.length", "must equal from.length " + from.length, to.length);
    }
    if (weight != null && weight.length != from.length) {
      throw InvalidValueException.of("weight.length", "must equal from.length " + from.length, weight.length);
    }
    int[] degree = new int[n + 1];
    for (int i = 0; i < from.length; i++) {
      checkNode(from[i], n, "from", i);
      checkNode(to[i], n, "to", i);
      if (from[i] == to[i]) {
        throw InvalidValueException.of("to[" + i + "]", "must differ from from[" + i + "]", to[i]);
      }
      if (weight != null && !(weight[i] > 0 && Double.isFinite(weight[i]))) {
        throw InvalidValueException.of("weight[" + i + "]", "must be finite and positive", weight[i]);
      }
      degree[from[i]]++;
      degree[to[i]]++;
    }
    int[] start = new int[n + 1];
    for (int v = 0; v < n; v++) {
      start[v + 1] = start[v] + degree[v];
    }
    int[] fill = Arrays.copyOf(start, n);
    long[] arcs = new long[start[n]];
    for (int i = 0; i < from.length; i++) {
      // Each arc is (neighbour << 32 | tie index), so sorting a row orders it by neighbour.
      arcs[fill[from[i]]++] = ((long) to[i] << 32) | i;
      arcs[fill[to[i]]++] = ((long) from[i] << 32) | i;
    }
    int[] offsets = new int[n + 1];
    int[] neighbours = new int[arcs.length];
    double[] weights = weight == null ? null : new double[arcs.length];
    int out = 0;
    for (int v = 0; v < n; v++) {
      Arrays.sort(arcs, start[v], start[v + 1]);
      offsets[v] = out;
      int previous = -1;
      for (int a = start[v]; a < start[v + 1]; a++) {
        int w = (int) (arcs[a] >>> 32);
        int tie = (int) arcs[a];
        if (w == previous) {
          if (weights != null) {
            weights[out - 1] = Math.max(weights[out - 1], weight[tie]);
          }
          continue;
        }
        neighbours[out] = w;
        if (weights != null) {
          weights[out] = weight[tie];
        }
        out++;
        previous = w;
      }
    }
    offsets[n] = out;
    return new CompactGraph(n, offsets, Arrays.copyOf(neighbours, out),
        weights == null ? null : Arrays.copyOf(weights, out));
  }

  private static void checkNode(int node, int n, String field, int index) {
    if (node < 0 || node >= n) {
      throw InvalidValueException.of(field + "[" + index + "]", "must be in 0.." + (n - 1), node);
    }
  }

  /**
   * Gets the number of nodes.
   *
   * @return the node count, not negative
   */
  public int nodeCount() {
    return nodeCount;
  }

  /**
   * Gets the number of distinct undirected ties.
   *
   * @return the tie count, not negative
   */
  public int tieCount() {
    return neighbours.length / 2;
  }

  /**
   * Checks if the graph carries tie strengths.
   *
   * @return true if built by {@link #weighted}
   */
  public boolean isWeighted() {
    return weights != null;
  }

  /**
   * Gets the degree of a node: the number of distinct people it is tied to.
   *
   * @param node  the node, in {@code 0 .. nodeCount-1}
   * @return the degree, not negative
   */
  public int degree(int node) {
    return offsets[node + 1] - offsets[node];
  }

  /**
   * Gets the neighbours of a node, in ascending order.
   *
   * @param node  the node, in {@code 0 .. nodeCount-1}
   * @return a new array of the neighbours, not null
   */
  public int[] neighbours(int node) {
    return Arrays.copyOfRange(neighbours, offsets[node], offsets[node + 1]);
  }

  /**
   * Gets the strength of the tie between two nodes.
   *
   * @param node  one node, in {@code 0 .. nodeCount-1}
   * @param other  the other node, in {@code 0 .. nodeCount-1}
   * @return the weight, 1 for a tie of an unweighted graph, 0 when the two are not tied
   */
  public double weight(int node, int other) {
    int arc = arc(node, other);
    return arc < 0 ? 0 : weightOf(arc);
  }

  /**
   * Density: the share of possible ties that exist, {@code 2m / (n (n-1))}.
   *
   * @return the density in [0, 1], 0 for fewer than two nodes
   */
  public double density() {
    return nodeCount < 2 ? 0 : (2.0 * tieCount()) / ((double) nodeCount * (nodeCount - 1));
  }

  /**
   * Gets the strength of a node: the sum of the weights of its ties (its degree when unweighted).
   *
   * @param node  the node, in {@code 0 .. nodeCount-1}
   * @return the strength, not negative
   */
  public double strength(int node) {
    double strength = 0;
    for (int a = offsets[node]; a < offsets[node + 1]; a++) {
      strength += weightOf(a);
    }
    return strength;
  }

  // Package-private access for the measures, which must not copy.

  int[] offsets() {
    return offsets;
  }

  int[] targets() {
    return neighbours;
  }

  double weightOf(int arc) {
    return weights == null ? 1.0 : weights[arc];
  }

  /** Finds the arc from node to other by binary search, or -1. */
  int arc(int node, int other) {
    int i = Arrays.binarySearch(neighbours, offsets[node], offsets[node + 1], other);
    return i < 0 ? -1 : i;
  }

  /**
   * Returns a summary such as {@code CompactGraph[nodes=34, ties=78, unweighted]}.
   *
   * @return the summary, not null
   */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "CompactGraph[nodes=%d, ties=%d, %s]",
        nodeCount, tieCount(), isWeighted() ? "weighted" : "unweighted");
  }
}
