package org.c2model.json.internal;

import static org.c2model.json.internal.C2JsonNames.AFFILIATION;
import static org.c2model.json.internal.C2JsonNames.AFTER;
import static org.c2model.json.internal.C2JsonNames.AGENCY_STAFF;
import static org.c2model.json.internal.C2JsonNames.ARTICULATION_POINT;
import static org.c2model.json.internal.C2JsonNames.BEFORE;
import static org.c2model.json.internal.C2JsonNames.BETWEENNESS;
import static org.c2model.json.internal.C2JsonNames.CANDIDATES_PER_AFFILIATION;
import static org.c2model.json.internal.C2JsonNames.COMPONENTS;
import static org.c2model.json.internal.C2JsonNames.COMPONENTS_CHANGE;
import static org.c2model.json.internal.C2JsonNames.CONSTRAINT;
import static org.c2model.json.internal.C2JsonNames.DATE;
import static org.c2model.json.internal.C2JsonNames.DEGREE;
import static org.c2model.json.internal.C2JsonNames.DENSITY;
import static org.c2model.json.internal.C2JsonNames.DENSITY_CHANGE;
import static org.c2model.json.internal.C2JsonNames.EFFECTIVE_SIZE;
import static org.c2model.json.internal.C2JsonNames.EXPLANATION;
import static org.c2model.json.internal.C2JsonNames.FINDINGS;
import static org.c2model.json.internal.C2JsonNames.FRAGMENTATION;
import static org.c2model.json.internal.C2JsonNames.FRAGMENTATION_CHANGE;
import static org.c2model.json.internal.C2JsonNames.ISOLATED;
import static org.c2model.json.internal.C2JsonNames.LARGEST_COMPONENT;
import static org.c2model.json.internal.C2JsonNames.LESS_FRAGMENTED;
import static org.c2model.json.internal.C2JsonNames.MEAN_DISTANCE;
import static org.c2model.json.internal.C2JsonNames.MEAN_DISTANCE_CHANGE;
import static org.c2model.json.internal.C2JsonNames.MEASURES;
import static org.c2model.json.internal.C2JsonNames.NORMALISED_BETWEENNESS;
import static org.c2model.json.internal.C2JsonNames.PEOPLE;
import static org.c2model.json.internal.C2JsonNames.PERSON_ID;
import static org.c2model.json.internal.C2JsonNames.RANK;
import static org.c2model.json.internal.C2JsonNames.REASONS;
import static org.c2model.json.internal.C2JsonNames.REMOVAL_IMPACT;
import static org.c2model.json.internal.C2JsonNames.RESIDENTS;
import static org.c2model.json.internal.C2JsonNames.BETWEENNESS_MEDIAN_MULTIPLE;
import static org.c2model.json.internal.C2JsonNames.BETWEENNESS_QUANTILE;
import static org.c2model.json.internal.C2JsonNames.SINGLE_PERSON_SHARE;
import static org.c2model.json.internal.C2JsonNames.SPLIT_OFF;
import static org.c2model.json.internal.C2JsonNames.STRENGTH;
import static org.c2model.json.internal.C2JsonNames.SUMMARY;
import static org.c2model.json.internal.C2JsonNames.THRESHOLDS;
import static org.c2model.json.internal.C2JsonNames.TIES;

import java.util.Optional;
import org.c2model.metrics.network.Affiliation;
import org.c2model.metrics.network.CandidateReason;
import org.c2model.metrics.network.NetworkChange;
import org.c2model.metrics.network.NetworkSummary;
import org.c2model.metrics.network.PersonMeasures;
import org.c2model.metrics.network.WeakConnectorCandidate;
import org.c2model.metrics.network.WeakConnectorThresholds;
import org.c2model.metrics.network.WeakConnectors;

/**
 * The codecs of c2-metrics' {@code org.c2model.metrics.network}: the {@code weak_connectors}
 * document, and the network change of an evaluation report.
 * <p>
 * Network results are computed from the journey; a stored {@code weak_connectors} document is read
 * back through the public builders, which check every invariant (candidates ranked from 1 within
 * their affiliation, the summary of the same date), and so is the network change of an evaluation
 * report, whose derived changes must agree with its two summaries. People appear by id only.
 * <p>
 * Codes are lower_snake_case like every code of the format. For an affiliation that is c2-metrics'
 * own code ({@code "resident"}, {@code "agency_staff"}); for a candidate's reason it is
 * {@link CandidateReason#code()} ({@code "high_betweenness"}, {@code "articulation_point"},
 * {@code "single_person_dependency"}).
 */
public final class NetworkCodecs {

  private NetworkCodecs() {}

  /** An affiliation as its code, such as {@code "agency_staff"}. */
  public static final Codec<Affiliation> AFFILIATION_CODE = Scalars.codes(Affiliation.class, Affiliation::code);
  /** A reason a candidate is listed, as its code, such as {@code "articulation_point"}. */
  public static final Codec<CandidateReason> CANDIDATE_REASON_CODE =
      Scalars.codes(CandidateReason.class, CandidateReason::code);

  /** The thresholds of a weak-connector report; absent fields take c2-metrics' defaults. */
  public static final ObjectCodec<WeakConnectorThresholds, WeakConnectorThresholds.Builder> WEAK_CONNECTOR_THRESHOLDS =
      ObjectCodec.of(WeakConnectorThresholds.class, WeakConnectorThresholds::builder, b -> b.build())
          .field(SINGLE_PERSON_SHARE, Scalars.REAL, WeakConnectorThresholds::singlePersonShare,
              (b, v) -> b.singlePersonShare(v))
          .field(CANDIDATES_PER_AFFILIATION, Scalars.INTEGER, WeakConnectorThresholds::candidatesPerAffiliation,
              (b, v) -> b.candidatesPerAffiliation(v))
          .optional(BETWEENNESS_QUANTILE, Scalars.REAL, t -> Optional.of(t.betweennessQuantile()),
              (b, v) -> b.betweennessQuantile(v))
          .optional(BETWEENNESS_MEDIAN_MULTIPLE, Scalars.REAL, t -> Optional.of(t.betweennessMedianMultiple()),
              (b, v) -> b.betweennessMedianMultiple(v))
          .build();

  /** The whole-network figures on a date. */
  public static final ObjectCodec<NetworkSummary, NetworkSummary.Builder> NETWORK_SUMMARY =
      ObjectCodec.of(NetworkSummary.class, NetworkSummary::builder, NetworkSummary.Builder::build)
          .field(DATE, Scalars.DATE, NetworkSummary::date, NetworkSummary.Builder::date)
          .field(PEOPLE, Scalars.INTEGER, NetworkSummary::people, NetworkSummary.Builder::people)
          .field(TIES, Scalars.INTEGER, NetworkSummary::ties, NetworkSummary.Builder::ties)
          .field(COMPONENTS, Scalars.INTEGER, NetworkSummary::components, NetworkSummary.Builder::components)
          .field(LARGEST_COMPONENT, Scalars.INTEGER, NetworkSummary::largestComponent,
              NetworkSummary.Builder::largestComponent)
          .field(ISOLATED, Scalars.INTEGER, NetworkSummary::isolated, NetworkSummary.Builder::isolated)
          .field(FRAGMENTATION, Scalars.REAL, NetworkSummary::fragmentation, NetworkSummary.Builder::fragmentation)
          .field(DENSITY, Scalars.REAL, NetworkSummary::density, NetworkSummary.Builder::density)
          .optional(MEAN_DISTANCE, Scalars.REAL, s -> Scalars.boxed(s.meanDistance()),
              (b, v) -> b.meanDistance(v.doubleValue()))
          .build();

  /**
   * How a network changed between two dates. The changes, which c2-metrics derives from the two
   * summaries, are written too, for readers that want only them, and on reading must be the ones
   * derived.
   */
  public static final ObjectCodec<NetworkChange, Derived<Values>> NETWORK_CHANGE =
      ObjectCodec.of(NetworkChange.class, () -> new Derived<>(new Values()), NetworkCodecs::networkChange)
          .field(BEFORE, NETWORK_SUMMARY, NetworkChange::before, (d, v) -> d.builder.put(BEFORE, v))
          .field(AFTER, NETWORK_SUMMARY, NetworkChange::after, (d, v) -> d.builder.put(AFTER, v))
          .field(COMPONENTS_CHANGE, Scalars.INTEGER, NetworkChange::componentsChange,
              (d, v) -> d.put(COMPONENTS_CHANGE, v))
          .field(FRAGMENTATION_CHANGE, Scalars.REAL, NetworkChange::fragmentationChange,
              (d, v) -> d.put(FRAGMENTATION_CHANGE, v))
          .field(DENSITY_CHANGE, Scalars.REAL, NetworkChange::densityChange, (d, v) -> d.put(DENSITY_CHANGE, v))
          .optional(MEAN_DISTANCE_CHANGE, Scalars.REAL, c -> Scalars.boxed(c.meanDistanceChange()),
              (d, v) -> d.put(MEAN_DISTANCE_CHANGE, v))
          .field(LESS_FRAGMENTED, Scalars.BOOLEAN, NetworkChange::isLessFragmented,
              (d, v) -> d.put(LESS_FRAGMENTED, v))
          .build();

  private static NetworkChange networkChange(Derived<Values> d) {
    NetworkChange c = NetworkChange.of(d.builder.get(BEFORE), d.builder.get(AFTER));
    d.check(c, COMPONENTS_CHANGE, NetworkChange::componentsChange);
    d.check(c, FRAGMENTATION_CHANGE, NetworkChange::fragmentationChange);
    d.check(c, DENSITY_CHANGE, NetworkChange::densityChange);
    d.checkOptional(c, MEAN_DISTANCE_CHANGE, x -> Scalars.boxed(x.meanDistanceChange()));
    return d.check(c, LESS_FRAGMENTED, NetworkChange::isLessFragmented);
  }

  /** The network measures of one person, by id. */
  public static final ObjectCodec<PersonMeasures, PersonMeasures.Builder> PERSON_MEASURES =
      ObjectCodec.of(PersonMeasures.class, PersonMeasures::builder, PersonMeasures.Builder::build)
          .field(PERSON_ID, Scalars.TEXT, PersonMeasures::personId, PersonMeasures.Builder::personId)
          .field(AFFILIATION, AFFILIATION_CODE, PersonMeasures::affiliation, PersonMeasures.Builder::affiliation)
          .field(DEGREE, Scalars.INTEGER, PersonMeasures::degree, PersonMeasures.Builder::degree)
          .field(STRENGTH, Scalars.REAL, PersonMeasures::strength, PersonMeasures.Builder::strength)
          .field(BETWEENNESS, Scalars.REAL, PersonMeasures::betweenness, PersonMeasures.Builder::betweenness)
          .field(NORMALISED_BETWEENNESS, Scalars.REAL, PersonMeasures::normalisedBetweenness,
              PersonMeasures.Builder::normalisedBetweenness)
          .field(ARTICULATION_POINT, Scalars.BOOLEAN, PersonMeasures::articulationPoint,
              PersonMeasures.Builder::articulationPoint)
          .field(SPLIT_OFF, Scalars.INTEGER, PersonMeasures::splitOff, PersonMeasures.Builder::splitOff)
          .field(REMOVAL_IMPACT, Scalars.REAL, PersonMeasures::removalImpact, PersonMeasures.Builder::removalImpact)
          .optional(CONSTRAINT, Scalars.REAL, m -> Scalars.boxed(m.constraint()), (b, v) -> b.constraint(v.doubleValue()))
          .optional(EFFECTIVE_SIZE, Scalars.REAL, m -> Scalars.boxed(m.effectiveSize()),
              (b, v) -> b.effectiveSize(v.doubleValue()))
          .build();

  /** A weak-connector candidate: rank, measures, reasons in the order of {@link CandidateReason}, explanation. */
  public static final ObjectCodec<WeakConnectorCandidate, WeakConnectorCandidate.Builder> WEAK_CONNECTOR_CANDIDATE =
      ObjectCodec.of(WeakConnectorCandidate.class, WeakConnectorCandidate::builder, WeakConnectorCandidate.Builder::build)
          .field(RANK, Scalars.INTEGER, WeakConnectorCandidate::rank, WeakConnectorCandidate.Builder::rank)
          .field(MEASURES, PERSON_MEASURES, WeakConnectorCandidate::measures, WeakConnectorCandidate.Builder::measures)
          .set(REASONS, CANDIDATE_REASON_CODE, c -> c.reasons().stream().sorted().toList(),
              WeakConnectorCandidate.Builder::reasons)
          .field(EXPLANATION, Scalars.TEXT, WeakConnectorCandidate::explanation,
              WeakConnectorCandidate.Builder::explanation)
          .build();

  /** The weak connectors of a network; also the {@code weak_connectors} document. */
  public static final ObjectCodec<WeakConnectors, WeakConnectors.Builder> WEAK_CONNECTORS =
      ObjectCodec.of(WeakConnectors.class, WeakConnectors::builder, WeakConnectors.Builder::build)
          .field(DATE, Scalars.DATE, WeakConnectors::date, WeakConnectors.Builder::date)
          .field(THRESHOLDS, WEAK_CONNECTOR_THRESHOLDS, WeakConnectors::thresholds, WeakConnectors.Builder::thresholds)
          .field(SUMMARY, NETWORK_SUMMARY, WeakConnectors::summary, WeakConnectors.Builder::summary)
          .list(RESIDENTS, WEAK_CONNECTOR_CANDIDATE, WeakConnectors::residents, WeakConnectors.Builder::residents)
          .list(AGENCY_STAFF, WEAK_CONNECTOR_CANDIDATE, WeakConnectors::agencyStaff, WeakConnectors.Builder::agencyStaff)
          .list(FINDINGS, RuleCodecs.FINDING, WeakConnectors::findings, WeakConnectors.Builder::findings)
          .build();
}
