package org.c2model.metrics.graph;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * How a {@link CompactGraph} hangs together: connected components, articulation points (people
 * whose removal disconnects others), bridges (ties whose removal does), fragmentation, and how much
 * fragmentation each person's removal would add. These are the "weak points" of a network that
 * weak connectors are (<i>Positively Local</i> sec. 3; {@code docs/c2-model.md} section 3: "remove
 * them and the network fragments").
 * <p>
 * Everything comes from one depth-first search in {@code O(n + m)} time: the lowpoint algorithm of
 * Hopcroft and Tarjan (J. Hopcroft and R. Tarjan, "Algorithm 447: efficient algorithms for graph
 * manipulation", Communications of the ACM 16(6), 1973, pp. 372-378; R. Tarjan, "Depth-first search
 * and linear graph algorithms", SIAM Journal on Computing 1(2), 1972, pp. 146-160). The search is
 * <b>iterative</b>, with an explicit stack, so a 200,000-person chain does not overflow the thread
 * stack. While backtracking it also records the size of every depth-first subtree a node would cut
 * off, which gives the component sizes left after removing each node without searching again.
 * <p>
 * <b>Fragmentation</b> is Borgatti's F: the share of ordered pairs of distinct people who cannot
 * reach each other, {@code F = 1 - sum_k s_k (s_k - 1) / (n (n - 1))} over component sizes
 * {@code s_k} (S. P. Borgatti, "Identifying sets of key players in a social network", Computational
 * and Mathematical Organization Theory 12, 2006, pp. 21-34). It is 0 for a connected network and 1
 * when nobody is tied.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class Connectivity {

  private final int nodeCount;
  private final int[] component;
  private final int[] componentSize;
  private final boolean[] articulation;
  private final int[][] bridges;
  private final long reachablePairs;
  private final long[] pairsWithout;
  private final int[] splitOff;

  private Connectivity(int nodeCount, int[] component, int[] componentSize, boolean[] articulation,
      int[][] bridges, long reachablePairs, long[] pairsWithout, int[] splitOff) {
    this.nodeCount = nodeCount;
    this.component = component;
    this.componentSize = componentSize;
    this.articulation = articulation;
    this.bridges = bridges;
    this.reachablePairs = reachablePairs;
    this.pairsWithout = pairsWithout;
    this.splitOff = splitOff;
  }

  /**
   * Analyses a graph.
   *
   * @param graph  the graph, not null
   * @return the analysis, not null
   */
  public static Connectivity of(CompactGraph graph) {
    Objects.requireNonNull(graph, "graph");
    int n = graph.nodeCount();
    int[] offsets = graph.offsets();
    int[] targets = graph.targets();
    int[] disc = new int[n];
    int[] low = new int[n];
    int[] size = new int[n];
    int[] parent = new int[n];
    int[] next = new int[n];
    int[] stack = new int[n];
    int[] component = new int[n];
    // Per node: the pieces its removal cuts off below it in the depth-first tree.
    long[] cutSum = new long[n];
    long[] cutPairs = new long[n];
    int[] cutMax = new int[n];
    int[] cutCount = new int[n];
    int[] bridgeEnds = new int[16];
    int bridgeCount = 0;
    int[] roots = new int[Math.min(n, 16)];
    int components = 0;
    int timer = 0;
    for (int root = 0; root < n; root++) {
      if (disc[root] != 0) {
        continue;
      }
      if (components == roots.length) {
        roots = Arrays.copyOf(roots, roots.length * 2);
      }
      roots[components] = root;
      int sp = 0;
      stack[sp++] = root;
      disc[root] = low[root] = ++timer;
      size[root] = 1;
      parent[root] = -1;
      next[root] = offsets[root];
      component[root] = components;
      while (sp > 0) {
        int v = stack[sp - 1];
        if (next[v] < offsets[v + 1]) {
          int w = targets[next[v]++];
          if (disc[w] == 0) {
            disc[w] = low[w] = ++timer;
            size[w] = 1;
            parent[w] = v;
            next[w] = offsets[w];
            component[w] = components;
            stack[sp++] = w;
          } else if (w != parent[v] && disc[w] < low[v]) {
            low[v] = disc[w];
          }
        } else {
          sp--;
          int p = parent[v];
          if (p >= 0) {
            size[p] += size[v];
            if (low[v] < low[p]) {
              low[p] = low[v];
            }
            if (low[v] >= disc[p]) {
              long s = size[v];
              cutSum[p] += s;
              cutPairs[p] += s * (s - 1);
              cutMax[p] = Math.max(cutMax[p], size[v]);
              cutCount[p]++;
            }
            if (low[v] > disc[p]) {
              if (bridgeCount * 2 == bridgeEnds.length) {
                bridgeEnds = Arrays.copyOf(bridgeEnds, bridgeEnds.length * 2);
              }
              bridgeEnds[2 * bridgeCount] = Math.min(p, v);
              bridgeEnds[2 * bridgeCount + 1] = Math.max(p, v);
              bridgeCount++;
            }
          }
        }
      }
      components++;
    }
    int[] componentSize = new int[components];
    for (int v = 0; v < n; v++) {
      componentSize[component[v]]++;
    }
    long pairs = 0;
    for (int s : componentSize) {
      pairs += (long) s * (s - 1);
    }
    boolean[] articulation = new boolean[n];
    long[] pairsWithout = new long[n];
    int[] splitOff = new int[n];
    for (int v = 0; v < n; v++) {
      boolean isRoot = roots[component[v]] == v;
      articulation[v] = isRoot ? cutCount[v] >= 2 : cutCount[v] >= 1;
      long whole = componentSize[component[v]];
      long rest = whole - 1 - cutSum[v];
      pairsWithout[v] = pairs - whole * (whole - 1) + cutPairs[v] + rest * (rest - 1);
      long largest = Math.max(rest, cutMax[v]);
      splitOff[v] = (int) (whole - 1 - largest);
    }
    int[][] bridges = new int[bridgeCount][];
    for (int b = 0; b < bridgeCount; b++) {
      bridges[b] = new int[] {bridgeEnds[2 * b], bridgeEnds[2 * b + 1]};
    }
    Arrays.sort(bridges, (x, y) -> x[0] != y[0] ? Integer.compare(x[0], y[0]) : Integer.compare(x[1], y[1]));
    return new Connectivity(n, component, componentSize, articulation, bridges, pairs, pairsWithout, splitOff);
  }

  /**
   * Gets the number of nodes analysed.
   *
   * @return the node count, not negative
   */
  public int nodeCount() {
    return nodeCount;
  }

  /**
   * Gets the number of connected components; an isolated person is a component of one.
   *
   * @return the count, not negative
   */
  public int componentCount() {
    return componentSize.length;
  }

  /**
   * Gets the component of a node, numbered from 0 in order of each component's lowest node.
   *
   * @param node  the node, in {@code 0 .. nodeCount-1}
   * @return the component index
   */
  public int componentOf(int node) {
    return component[node];
  }

  /**
   * Gets the size of each component, indexed as {@link #componentOf(int)}.
   *
   * @return a new array of sizes, not null
   */
  public int[] componentSizes() {
    return componentSize.clone();
  }

  /**
   * Gets the size of the largest component.
   *
   * @return the size, 0 for an empty graph
   */
  public int largestComponentSize() {
    int max = 0;
    for (int s : componentSize) {
      max = Math.max(max, s);
    }
    return max;
  }

  /**
   * Checks if a node is an articulation point (a cut vertex): removing it leaves its component in
   * two or more pieces.
   *
   * @param node  the node, in {@code 0 .. nodeCount-1}
   * @return true for an articulation point
   */
  public boolean isArticulationPoint(int node) {
    return articulation[node];
  }

  /**
   * Gets the articulation points in ascending order.
   *
   * @return a new array of nodes, not null
   */
  public int[] articulationPoints() {
    int count = 0;
    for (boolean a : articulation) {
      count += a ? 1 : 0;
    }
    int[] out = new int[count];
    int i = 0;
    for (int v = 0; v < nodeCount; v++) {
      if (articulation[v]) {
        out[i++] = v;
      }
    }
    return out;
  }

  /**
   * Gets the bridges: ties whose removal disconnects their two ends. Each is {@code {u, v}} with
   * {@code u < v}, sorted by {@code u} then {@code v}.
   *
   * @return a new array of bridges, not null
   */
  public int[][] bridges() {
    int[][] copy = new int[bridges.length][];
    for (int b = 0; b < bridges.length; b++) {
      copy[b] = bridges[b].clone();
    }
    return copy;
  }

  /**
   * Gets the number of bridges.
   *
   * @return the count, not negative
   */
  public int bridgeCount() {
    return bridges.length;
  }

  /**
   * Gets Borgatti's fragmentation: the share of ordered pairs of distinct people who cannot reach
   * each other.
   *
   * @return the fragmentation in [0, 1], 0 for fewer than two people
   */
  public double fragmentation() {
    return fragmentation(reachablePairs, nodeCount);
  }

  /**
   * Gets the fragmentation of the network left when a node is removed, over the {@code n - 1}
   * people who remain.
   *
   * @param node  the node, in {@code 0 .. nodeCount-1}
   * @return the fragmentation in [0, 1]
   */
  public double fragmentationWithout(int node) {
    return fragmentation(pairsWithout[node], nodeCount - 1);
  }

  /**
   * Gets the number of nodes with at least one tie: the connected part of the network, where
   * {@link #removalImpact(int)} is measured.
   *
   * @return the count, not negative
   */
  public int connectedCount() {
    int connected = 0;
    for (int size : componentSize) {
      connected += size >= 2 ? size : 0;
    }
    return connected;
  }

  /**
   * Checks if a node has no tie: a component of one, reported apart from the connected part.
   *
   * @param node  the node, in {@code 0 .. nodeCount-1}
   * @return true for an isolated node
   */
  public boolean isIsolated(int node) {
    return componentSize[component[node]] < 2;
  }

  /**
   * Gets the removal impact of a node, measured on the connected part of the network (the
   * {@link #connectedCount()} people with at least one tie): how much the fragmentation of that part
   * rises when the node leaves, over the people who remain in it. It is positive for articulation
   * points, 0 for anyone else in a single connected part, and 0 for an isolated person, who is
   * reported apart: isolated people would otherwise give everyone the same spurious impact, since
   * any leaving shrinks the share of unreachable pairs they make up.
   *
   * @param node  the node, in {@code 0 .. nodeCount-1}
   * @return the change in fragmentation of the connected part, in [-1, 1]; 0 for an isolated node
   */
  public double removalImpact(int node) {
    if (isIsolated(node)) {
      return 0;
    }
    int connected = connectedCount();
    return fragmentation(pairsWithout[node], connected - 1L) - fragmentation(reachablePairs, connected);
  }

  /**
   * Gets how many people would be cut off from the largest remaining piece of a node's component
   * if the node left.
   *
   * @param node  the node, in {@code 0 .. nodeCount-1}
   * @return the number of people split off, 0 unless the node is an articulation point
   */
  public int splitOff(int node) {
    return splitOff[node];
  }

  private static double fragmentation(long pairs, long n) {
    return n < 2 ? 0 : 1 - pairs / ((double) n * (n - 1));
  }

  /**
   * Returns a summary such as
   * {@code Connectivity[nodes=34, components=1, articulationPoints=1, bridges=1, fragmentation=0.000]}.
   *
   * @return the summary, not null
   */
  @Override
  public String toString() {
    return String.format(Locale.ROOT,
        "Connectivity[nodes=%d, components=%d, articulationPoints=%d, bridges=%d, fragmentation=%.3f]",
        nodeCount, componentCount(), articulationPoints().length, bridges.length, fragmentation());
  }
}
