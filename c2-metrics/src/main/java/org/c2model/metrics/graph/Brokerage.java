package org.c2model.metrics.graph;

import java.util.Arrays;
import java.util.Objects;

/**
 * Burt's structural-hole measures of brokerage for every node of a {@link CompactGraph}: constraint
 * (low for a broker whose contacts are not tied to each other) and effective size (the
 * non-redundant part of a person's contacts). A weak connector (<i>Positively Local</i> sec. 3;
 * {@code docs/c2-model.md} section 3)
 * ties otherwise separate groups: low constraint, effective size close to degree.
 * <p>
 * Formulas (R. S. Burt, <i>Structural Holes: The Social Structure of Competition</i>, Harvard
 * University Press, 1992, chapter 2), as implemented by NetworkX's {@code constraint} and
 * {@code effective_size} for undirected graphs, against which they are tested. With {@code w(u,v)}
 * the tie strength (1 in an unweighted graph), {@code N(u)} the neighbours of {@code u},
 * {@code p(u,v) = w(u,v) / sum_{x in N(u)} w(u,x)} (the share of {@code u}'s ties invested in
 * {@code v}) and {@code m(v,w) = w(v,w) / max_{x in N(v)} w(v,x)}:
 * <ul>
 *   <li>constraint {@code c(u) = sum_{v in N(u)} (p(u,v) + sum_{w in N(u)} p(u,w) p(w,v))^2};</li>
 *   <li>effective size {@code e(u) = sum_{v in N(u)} (1 - sum_{w in N(u)} p(u,w) m(v,w))}, which for an
 *       unweighted graph equals Borgatti's {@code n - 2t/n} ({@code n} contacts, {@code t} ties
 *       among them).</li>
 * </ul>
 * Both are undefined (NaN) for an isolated node, as in NetworkX. A weighted graph's strengths are
 * used; build an unweighted graph to ignore them. Each node costs the sum over its ties of the
 * smaller end's degree (times a binary search), so a 100,000-leaf star is cheap.
 *
 * @implSpec This class is stateless and thread-safe.
 */
public final class Brokerage {

  private Brokerage() {}

  /**
   * Computes Burt's constraint of every node.
   *
   * @param graph  the graph, not null
   * @return the constraint of each node, NaN for an isolated node, not null
   */
  public static double[] constraint(CompactGraph graph) {
    return compute(graph, true);
  }

  /**
   * Computes Burt's effective size of every node.
   *
   * @param graph  the graph, not null
   * @return the effective size of each node, NaN for an isolated node, not null
   */
  public static double[] effectiveSize(CompactGraph graph) {
    return compute(graph, false);
  }

  private static double[] compute(CompactGraph graph, boolean constraint) {
    Objects.requireNonNull(graph, "graph");
    int n = graph.nodeCount();
    int[] offsets = graph.offsets();
    int[] targets = graph.targets();
    double[] strength = new double[n];
    double[] strongest = new double[n];
    for (int v = 0; v < n; v++) {
      for (int a = offsets[v]; a < offsets[v + 1]; a++) {
        double w = graph.weightOf(a);
        strength[v] += w;
        strongest[v] = Math.max(strongest[v], w);
      }
    }
    double[] share = new double[n];
    int[] mark = new int[n];
    Arrays.fill(mark, -1);
    double[] out = new double[n];
    for (int u = 0; u < n; u++) {
      if (graph.degree(u) == 0) {
        out[u] = Double.NaN;
        continue;
      }
      for (int a = offsets[u]; a < offsets[u + 1]; a++) {
        share[targets[a]] = graph.weightOf(a) / strength[u];
        mark[targets[a]] = u;
      }
      double total = 0;
      for (int a = offsets[u]; a < offsets[u + 1]; a++) {
        int v = targets[a];
        // sum over w in N(u) and N(v) of p(u,w) * w(v,w) / (strength[w] or strongest[v])
        double indirect = 0;
        if (graph.degree(v) <= graph.degree(u)) {
          for (int b = offsets[v]; b < offsets[v + 1]; b++) {
            int w = targets[b];
            if (mark[w] == u) {
              indirect += share[w] * graph.weightOf(b) / (constraint ? strength[w] : strongest[v]);
            }
          }
        } else {
          for (int b = offsets[u]; b < offsets[u + 1]; b++) {
            int w = targets[b];
            int vw = w == v ? -1 : graph.arc(v, w);
            if (vw >= 0) {
              indirect += share[w] * graph.weightOf(vw) / (constraint ? strength[w] : strongest[v]);
            }
          }
        }
        if (constraint) {
          double local = share[v] + indirect;
          total += local * local;
        } else {
          total += 1 - indirect;
        }
      }
      out[u] = total;
    }
    return out;
  }
}
