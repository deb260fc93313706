package org.c2model.metrics.network;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;
import org.c2model.core.InvalidValueException;
import org.c2model.metrics.graph.Betweenness;
import org.c2model.metrics.graph.Brokerage;
import org.c2model.metrics.graph.CompactGraph;
import org.c2model.metrics.graph.Connectivity;
import org.c2model.metrics.graph.TieDistance;
import org.immutables.value.Value;

/**
 * The measures of a community network as of a date: the whole-network {@link #summary()}, each
 * person's {@link PersonMeasures} (degree, betweenness, articulation point, removal impact, Burt's
 * constraint and effective size) and the bridges. {@link WeakConnectors} ranks people from it.
 *
 * <pre>{@code
 * NetworkAnalysis analysis = NetworkAnalysis.of(network, LocalDate.of(2010, 6, 1));
 * System.out.println(analysis);                       // summary and the people by betweenness
 * analysis.person("A1").normalisedBetweenness();
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class NetworkAnalysis {

  /** How many people {@link #toString()} lists. */
  private static final int SHOWN = 15;

  NetworkAnalysis() {}

  /**
   * Gets the date the network is measured as of.
   *
   * @return the date, not null
   */
  public LocalDate date() {
    return summary().date();
  }

  /**
   * Gets the options the measures were computed with.
   *
   * @return the options, not null
   */
  public abstract NetworkOptions options();

  /**
   * Gets the whole-network figures.
   *
   * @return the summary, not null
   */
  public abstract NetworkSummary summary();

  /**
   * Gets each person's measures, in the network's order of people.
   *
   * @return the measures, not null
   */
  public abstract List<PersonMeasures> people();

  /**
   * Gets the bridges: ties whose loss would disconnect their two ends, in the network's order of
   * people.
   *
   * @return the bridges, not null
   */
  public abstract List<Tie> bridges();

  /**
   * Gets one person's measures.
   *
   * @param personId  the id, not null
   * @return the measures, not null
   * @throws InvalidValueException if the person is not in the network
   */
  public PersonMeasures person(String personId) {
    Objects.requireNonNull(personId, "personId");
    return people().stream().filter(p -> p.personId().equals(personId)).findFirst()
        .orElseThrow(() -> InvalidValueException.of("personId", "must be a person in the network", "'" + personId + "'"));
  }

  /**
   * Gets the ids of the articulation points, in the network's order of people.
   *
   * @return the ids, not null
   */
  public List<String> articulationPoints() {
    return people().stream().filter(PersonMeasures::articulationPoint).map(PersonMeasures::personId)
        .collect(Collectors.toList());
  }

  /**
   * Measures a network as it stood on a date, counting hops and using all available processors.
   *
   * @param network  the network, not null
   * @param date  the date, not null
   * @return the analysis, not null
   */
  public static NetworkAnalysis of(CommunityNetwork network, LocalDate date) {
    return of(network, date, NetworkOptions.defaults());
  }

  /**
   * Measures a network as it stood on a date.
   *
   * @param network  the network, not null
   * @param date  the date, not null
   * @param options  how to measure, not null
   * @return the analysis, not null
   */
  public static NetworkAnalysis of(CommunityNetwork network, LocalDate date, NetworkOptions options) {
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(options, "options");
    CompactGraph graph = network.graph(date);
    Connectivity connectivity = Connectivity.of(graph);
    Betweenness.Result hops = Betweenness.run(graph, TieDistance.HOPS, options.parallelism());
    double[] betweenness = options.tieDistance() == TieDistance.HOPS ? hops.betweenness()
        : Betweenness.raw(graph, options.tieDistance(), options.parallelism());
    double[] constraint = Brokerage.constraint(graph);
    double[] effectiveSize = Brokerage.effectiveSize(graph);
    double scale = Betweenness.scale(graph.nodeCount());
    List<String> ids = network.ids();
    List<PersonMeasures> people = new ArrayList<>(ids.size());
    for (int v = 0; v < ids.size(); v++) {
      double strength = graph.strength(v);
      people.add(PersonMeasures.builder().personId(ids.get(v)).affiliation(network.people().get(ids.get(v)))
          .degree(graph.degree(v)).strength(strength)
          .betweenness(betweenness[v]).normalisedBetweenness(betweenness[v] * scale)
          .articulationPoint(connectivity.isArticulationPoint(v)).splitOff(connectivity.splitOff(v))
          .removalImpact(connectivity.removalImpact(v))
          .constraint(optional(constraint[v])).effectiveSize(optional(effectiveSize[v]))
          .build());
    }
    List<Tie> bridges = new ArrayList<>();
    List<Tie> ties = network.distinctTies(date);
    Set<String> bridgeKeys = new HashSet<>();
    for (int[] b : connectivity.bridges()) {
      bridgeKeys.add(ids.get(b[0]) + '\u0000' + ids.get(b[1]));
    }
    for (Tie t : ties) {
      if (bridgeKeys.contains(t.first() + '\u0000' + t.second())) {
        bridges.add(t);
      }
    }
    return ImmutableNetworkAnalysis.builder().options(options)
        .summary(NetworkSummary.of(date, graph, connectivity, hops))
        .people(people).bridges(bridges).build();
  }

  private static OptionalDouble optional(double value) {
    return Double.isNaN(value) ? OptionalDouble.empty() : OptionalDouble.of(value);
  }

  /**
   * Returns the summary, then a table of the people with the highest betweenness, such as
   * <pre>
   * 2010-06-01: 34 people, 78 ties, 1 component (largest 34, 0 isolated), fragmentation 0.000, ...
   * person  affiliation   degree  betweenness  normalised  cut  split off  removal impact  constraint  eff. size
   * A1      agency-staff      16       231.07      0.4376  yes          1         +0.0018       0.155      14.38
   * ...
   * 1 bridge, 1 articulation point
   * </pre>
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(summary().toString()).append('\n');
    List<PersonMeasures> top = people().stream()
        .sorted(Comparator.comparingDouble(PersonMeasures::betweenness).reversed()
            .thenComparing(PersonMeasures::personId))
        .limit(SHOWN).collect(Collectors.toList());
    sb.append(PersonTable.render(top, null));
    if (people().size() > SHOWN) {
      sb.append(String.format(Locale.ROOT, "... and %d more people%n", people().size() - SHOWN));
    }
    int cuts = articulationPoints().size();
    sb.append(String.format(Locale.ROOT, "%d bridge%s, %d articulation point%s",
        bridges().size(), bridges().size() == 1 ? "" : "s", cuts, cuts == 1 ? "" : "s"));
    return sb.toString();
  }
}
