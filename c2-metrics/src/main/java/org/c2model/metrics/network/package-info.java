/**
 * Community network analysis: finding weak connectors (<i>Positively Local</i> sec. 3;
 * {@code docs/c2-model.md} section 3) and showing
 * that a neighbourhood's network has become less fragmented (section 5, intermediate outcome 2).
 * <p>
 * A {@link org.c2model.metrics.network.CommunityNetwork} holds people by id (residents and agency
 * staff) and their dated {@link org.c2model.metrics.network.Tie ties}, from a survey or projected
 * from shared {@link org.c2model.metrics.network.Gathering gatherings}.
 * {@link org.c2model.metrics.network.NetworkAnalysis} measures it as of a date,
 * {@link org.c2model.metrics.network.WeakConnectors} ranks the candidates and reports a finding
 * when the network depends on one person, and {@link org.c2model.metrics.network.NetworkChange}
 * compares two dates.
 * <p>
 * The measures run on a primitive {@link org.c2model.metrics.graph.CompactGraph} (compressed
 * sparse rows) through {@link org.c2model.metrics.graph.Betweenness},
 * {@link org.c2model.metrics.graph.Connectivity} and {@link org.c2model.metrics.graph.Brokerage},
 * which can also be used directly on graphs of int ids. No depth-first search is recursive.
 * <p>
 * Null policy: unless otherwise noted, passing null to any method of this package throws
 * {@link java.lang.NullPointerException}; optional values are returned as {@link java.util.Optional}
 * or one of its primitive forms ({@link java.util.OptionalDouble}, {@link java.util.OptionalInt}) and
 * absent collections as empty ones.
 */
@C2Style
package org.c2model.metrics.network;

import org.c2model.core.style.C2Style;
