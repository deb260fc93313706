package org.c2model.json.internal;


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
  public static final Codec<Affiliation> AFFILIATION_CODE = Scalars.codes(Affiliation.class);
  /** A reason a candidate is listed, as its code, such as {@code "articulation_point"}. */
  public static final Codec<CandidateReason> CANDIDATE_REASON_CODE =
      Scalars.codes(CandidateReason.class);

  /** The thresholds of a weak-connector report; absent fields take c2-metrics' defaults. */
  public static final ObjectCodec<WeakConnectorThresholds, WeakConnectorThresholds.Builder> WEAK_CONNECTOR_THRESHOLDS =
      ObjectCodec.of(WeakConnectorThresholds.class, WeakConnectorThresholds::builder, b -> b.build())
          .field("singlePersonShare", Scalars.REAL, WeakConnectorThresholds::singlePersonShare,
              (b, v) -> b.singlePersonShare(v))
          .field("candidatesPerAffiliation", Scalars.INTEGER, WeakConnectorThresholds::candidatesPerAffiliation,
              (b, v) -> b.candidatesPerAffiliation(v))
          .optional("betweennessQuantile", Scalars.REAL, t -> Optional.of(t.betweennessQuantile()),
              (b, v) -> b.betweennessQuantile(v))
          .optional("betweennessMedianMultiple", Scalars.REAL, t -> Optional.of(t.betweennessMedianMultiple()),
              (b, v) -> b.betweennessMedianMultiple(v))
          .build();

  /** The whole-network figures on a date. */
  public static final ObjectCodec<NetworkSummary, NetworkSummary.Builder> NETWORK_SUMMARY =
      ObjectCodec.of(NetworkSummary.class, NetworkSummary::builder, NetworkSummary.Builder::build)
          .field("date", Scalars.DATE, NetworkSummary::date, NetworkSummary.Builder::date)
          .field("people", Scalars.INTEGER, NetworkSummary::people, NetworkSummary.Builder::people)
          .field("ties", Scalars.INTEGER, NetworkSummary::ties, NetworkSummary.Builder::ties)
          .field("components", Scalars.INTEGER, NetworkSummary::components, NetworkSummary.Builder::components)
          .field("largestComponent", Scalars.INTEGER, NetworkSummary::largestComponent,
              NetworkSummary.Builder::largestComponent)
          .field("isolated", Scalars.INTEGER, NetworkSummary::isolated, NetworkSummary.Builder::isolated)
          .field("fragmentation", Scalars.REAL, NetworkSummary::fragmentation, NetworkSummary.Builder::fragmentation)
          .field("density", Scalars.REAL, NetworkSummary::density, NetworkSummary.Builder::density)
          .optional("meanDistance", Scalars.REAL, s -> Scalars.boxed(s.meanDistance()),
              (b, v) -> b.meanDistance(v.doubleValue()))
          .build();

  /**
   * How a network changed between two dates. The changes, which c2-metrics derives from the two
   * summaries, are written too, for readers that want only them, and on reading must be the ones
   * derived.
   */
  public static final ObjectCodec<NetworkChange, Derived<Values>> NETWORK_CHANGE =
      ObjectCodec.of(NetworkChange.class, () -> new Derived<>(new Values()), NetworkCodecs::networkChange)
          .field("before", NETWORK_SUMMARY, NetworkChange::before, (d, v) -> d.builder.put("before", v))
          .field("after", NETWORK_SUMMARY, NetworkChange::after, (d, v) -> d.builder.put("after", v))
          .field("componentsChange", Scalars.INTEGER, NetworkChange::componentsChange,
              (d, v) -> d.put("componentsChange", v))
          .field("fragmentationChange", Scalars.REAL, NetworkChange::fragmentationChange,
              (d, v) -> d.put("fragmentationChange", v))
          .field("densityChange", Scalars.REAL, NetworkChange::densityChange, (d, v) -> d.put("densityChange", v))
          .optional("meanDistanceChange", Scalars.REAL, c -> Scalars.boxed(c.meanDistanceChange()),
              (d, v) -> d.put("meanDistanceChange", v))
          .field("lessFragmented", Scalars.BOOLEAN, NetworkChange::isLessFragmented,
              (d, v) -> d.put("lessFragmented", v))
          .build();

  private static NetworkChange networkChange(Derived<Values> d) {
    NetworkChange c = NetworkChange.of(d.builder.get("before"), d.builder.get("after"));
    d.check(c, "componentsChange", NetworkChange::componentsChange);
    d.check(c, "fragmentationChange", NetworkChange::fragmentationChange);
    d.check(c, "densityChange", NetworkChange::densityChange);
    d.checkOptional(c, "meanDistanceChange", x -> Scalars.boxed(x.meanDistanceChange()));
    return d.check(c, "lessFragmented", NetworkChange::isLessFragmented);
  }

  /** The network measures of one person, by id. */
  public static final ObjectCodec<PersonMeasures, PersonMeasures.Builder> PERSON_MEASURES =
      ObjectCodec.of(PersonMeasures.class, PersonMeasures::builder, PersonMeasures.Builder::build)
          .field("personId", Scalars.TEXT, PersonMeasures::personId, PersonMeasures.Builder::personId)
          .field("affiliation", AFFILIATION_CODE, PersonMeasures::affiliation, PersonMeasures.Builder::affiliation)
          .field("degree", Scalars.INTEGER, PersonMeasures::degree, PersonMeasures.Builder::degree)
          .field("strength", Scalars.REAL, PersonMeasures::strength, PersonMeasures.Builder::strength)
          .field("betweenness", Scalars.REAL, PersonMeasures::betweenness, PersonMeasures.Builder::betweenness)
          .field("normalisedBetweenness", Scalars.REAL, PersonMeasures::normalisedBetweenness,
              PersonMeasures.Builder::normalisedBetweenness)
          .field("articulationPoint", Scalars.BOOLEAN, PersonMeasures::articulationPoint,
              PersonMeasures.Builder::articulationPoint)
          .field("splitOff", Scalars.INTEGER, PersonMeasures::splitOff, PersonMeasures.Builder::splitOff)
          .field("removalImpact", Scalars.REAL, PersonMeasures::removalImpact, PersonMeasures.Builder::removalImpact)
          .optional("constraint", Scalars.REAL, m -> Scalars.boxed(m.constraint()), (b, v) -> b.constraint(v.doubleValue()))
          .optional("effectiveSize", Scalars.REAL, m -> Scalars.boxed(m.effectiveSize()),
              (b, v) -> b.effectiveSize(v.doubleValue()))
          .build();

  /** A weak-connector candidate: rank, measures, reasons in the order of {@link CandidateReason}, explanation. */
  public static final ObjectCodec<WeakConnectorCandidate, WeakConnectorCandidate.Builder> WEAK_CONNECTOR_CANDIDATE =
      ObjectCodec.of(WeakConnectorCandidate.class, WeakConnectorCandidate::builder, WeakConnectorCandidate.Builder::build)
          .field("rank", Scalars.INTEGER, WeakConnectorCandidate::rank, WeakConnectorCandidate.Builder::rank)
          .field("measures", PERSON_MEASURES, WeakConnectorCandidate::measures, WeakConnectorCandidate.Builder::measures)
          .set("reasons", CANDIDATE_REASON_CODE, c -> c.reasons().stream().sorted().toList(),
              WeakConnectorCandidate.Builder::reasons)
          .field("explanation", Scalars.TEXT, WeakConnectorCandidate::explanation,
              WeakConnectorCandidate.Builder::explanation)
          .build();

  /** The weak connectors of a network; also the {@code weak_connectors} document. */
  public static final ObjectCodec<WeakConnectors, WeakConnectors.Builder> WEAK_CONNECTORS =
      ObjectCodec.of(WeakConnectors.class, WeakConnectors::builder, WeakConnectors.Builder::build)
          .field("date", Scalars.DATE, WeakConnectors::date, WeakConnectors.Builder::date)
          .field("thresholds", WEAK_CONNECTOR_THRESHOLDS, WeakConnectors::thresholds, WeakConnectors.Builder::thresholds)
          .field("summary", NETWORK_SUMMARY, WeakConnectors::summary, WeakConnectors.Builder::summary)
          .list("residents", WEAK_CONNECTOR_CANDIDATE, WeakConnectors::residents, WeakConnectors.Builder::residents)
          .list("agencyStaff", WEAK_CONNECTOR_CANDIDATE, WeakConnectors::agencyStaff, WeakConnectors.Builder::agencyStaff)
          .list("findings", RuleCodecs.FINDING, WeakConnectors::findings, WeakConnectors.Builder::findings)
          .build();
}
