package org.c2model.metrics.network;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;
import org.c2model.core.InvalidValueException;
import org.c2model.core.internal.Checks;
import org.c2model.metrics.graph.Betweenness;
import org.c2model.metrics.graph.CompactGraph;
import org.c2model.metrics.graph.Connectivity;
import org.c2model.metrics.graph.TieDistance;
import org.immutables.value.Value;

/**
 * The whole-network figures of a community network on a date: size, components, fragmentation,
 * density and mean distance. Two of them, compared by {@link NetworkChange}, are evidence for the
 * second intermediate outcome, "community organisation, networks and social capital"
 * (<i>Positively Local</i> sec. 5; {@code docs/c2-model.md} section 5).
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class NetworkSummary {

  NetworkSummary() {}

  /**
   * Gets the date the network is measured as of.
   *
   * @return the date, not null
   */
  public abstract LocalDate date();

  /**
   * Gets the number of people.
   *
   * @return the count, not negative
   */
  public abstract int people();

  /**
   * Gets the number of distinct ties observed by the date.
   *
   * @return the count, not negative
   */
  public abstract int ties();

  /**
   * Gets the number of connected components, an isolated person counting as one.
   *
   * @return the count, not negative
   */
  public abstract int components();

  /**
   * Gets the size of the largest component.
   *
   * @return the size, not negative
   */
  public abstract int largestComponent();

  /**
   * Gets the number of people with no ties.
   *
   * @return the count, not negative
   */
  public abstract int isolated();

  /**
   * Gets Borgatti's fragmentation, the share of pairs of people who cannot reach each other
   * (see {@link Connectivity#fragmentation()}).
   *
   * @return the fragmentation, in [0, 1]
   */
  public abstract double fragmentation();

  /**
   * Gets the density, the share of possible ties that exist.
   *
   * @return the density, in [0, 1]
   */
  public abstract double density();

  /**
   * Gets the mean number of steps between two people who can reach each other (the mean shortest
   * path length within components).
   *
   * @return the mean distance, empty when no two people are tied
   */
  public abstract OptionalDouble meanDistance();

  /**
   * Summarises a network as it stood on a date, using all available processors.
   *
   * @param network  the network, not null
   * @param date  the date, not null
   * @return the summary, not null
   */
  public static NetworkSummary of(CommunityNetwork network, LocalDate date) {
    return of(network, date, NetworkOptions.defaults());
  }

  /**
   * Summarises a network as it stood on a date.
   *
   * @param network  the network, not null
   * @param date  the date, not null
   * @param options  the options (only the parallelism matters: distances are in hops), not null
   * @return the summary, not null
   */
  public static NetworkSummary of(CommunityNetwork network, LocalDate date, NetworkOptions options) {
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(options, "options");
    CompactGraph graph = network.graph(date);
    return of(date, graph, Connectivity.of(graph), Betweenness.run(graph, TieDistance.HOPS, options.parallelism()));
  }

  static NetworkSummary of(LocalDate date, CompactGraph graph, Connectivity connectivity, Betweenness.Result hops) {
    int isolated = 0;
    for (int v = 0; v < graph.nodeCount(); v++) {
      isolated += graph.degree(v) == 0 ? 1 : 0;
    }
    return ImmutableNetworkSummary.builder().date(date).people(graph.nodeCount()).ties(graph.tieCount())
        .components(connectivity.componentCount()).largestComponent(connectivity.largestComponentSize())
        .isolated(isolated).fragmentation(connectivity.fragmentation()).density(graph.density())
        .meanDistance(hops.reachablePairs() > 0
            ? OptionalDouble.of((double) hops.hopSum() / hops.reachablePairs()) : OptionalDouble.empty())
        .build();
  }

  /**
   * Returns a one-line summary such as {@code 2010-06-01: 34 people, 78 ties, 1 component
   * (largest 34, 0 isolated), fragmentation 0.000, density 0.1390, mean distance 2.41}.
   *
   * @return the text, not null
   */
  /**
   * Returns a builder, for a summary stored earlier and read back (such as from JSON); to measure a
   * network, use {@link #of(CommunityNetwork, LocalDate)}.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder of {@link NetworkSummary}; {@code build()} checks every invariant. */
  public static final class Builder extends ImmutableNetworkSummary.Builder {
    Builder() {}
  }

  /**
   * Checks what no network can give (<i>Positively Local</i> sec. 3; {@code docs/c2-model.md}
   * section 3): negative counts, more people in
   * the largest component or isolated than in the network, components without people, and
   * fragmentation or density outside [0, 1].
   */
  @Value.Check
  void check() {
    Checks.notNegative(people(), "people");
    Checks.notNegative(ties(), "ties");
    Checks.notNegative(components(), "components");
    Checks.notNegative(largestComponent(), "largestComponent");
    Checks.notNegative(isolated(), "isolated");
    if (components() > people()) {
      throw InvalidValueException.of("components", "must not exceed people " + people(), components());
    }
    if (largestComponent() > people()) {
      throw InvalidValueException.of("largestComponent", "must not exceed people " + people(), largestComponent());
    }
    if (isolated() > people()) {
      throw InvalidValueException.of("isolated", "must not exceed people " + people(), isolated());
    }
    Checks.share(fragmentation(), "fragmentation");
    Checks.share(density(), "density");
    meanDistance().ifPresent(d -> Checks.notNegative(d, "meanDistance"));
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT,
        "%s: %d people, %d ties, %d component%s (largest %d, %d isolated), fragmentation %s, density %s, "
            + "mean distance %s",
        date(), people(), ties(), components(), components() == 1 ? "" : "s", largestComponent(), isolated(),
        NetworkText.fixed(fragmentation(), 3), NetworkText.fixed(density(), 4), NetworkText.fixed(meanDistance(), 2));
  }
}
