/**
 * Generic graph algorithms on a compact, immutable graph of int nodes, with no knowledge of the C2
 * model: {@link org.c2model.metrics.graph.CompactGraph} (compressed sparse rows),
 * {@link org.c2model.metrics.graph.Betweenness} (Brandes), {@link org.c2model.metrics.graph.Connectivity}
 * (Hopcroft-Tarjan components, articulation points, bridges and Borgatti's fragmentation) and
 * {@link org.c2model.metrics.graph.Brokerage} (Burt's constraint and effective size). The community
 * network of a neighbourhood, its people and weak connectors, live in
 * {@code org.c2model.metrics.network}, which builds on this package.
 */
package org.c2model.metrics.graph;
