package org.c2model.metrics.graph;

/**
 * How long a tie is when measuring shortest paths, for betweenness and distances.
 * <p>
 * Tie weights in c2 are <em>strengths</em>: the number of gatherings two people shared, or how
 * well a survey respondent knows someone. A strong tie is a short path, so
 * {@link #INVERSE_STRENGTH} turns a weight {@code w} into the distance {@code 1 / w}. This is what
 * NetworkX and igraph users do by hand: both read the {@code weight} argument as a distance, so
 * the same numbers come out of {@code nx.betweenness_centrality(G, weight="distance")} with
 * {@code distance = 1 / strength} on every edge.
 */
public enum TieDistance {
  /** Every tie is one step long; weights are ignored (NetworkX {@code weight=None}). */
  HOPS,
  /** A tie of strength {@code w} is {@code 1 / w} long; an unweighted graph's ties are all 1. */
  INVERSE_STRENGTH;
}
