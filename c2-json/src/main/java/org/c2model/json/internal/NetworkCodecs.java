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
  public static final Codec<Affiliation> AFFILIATION_CODE =
      Scalars.codes(Affiliation.class, "Which side of the partnership a person is on.");
  /** A reason a candidate is listed, as its code, such as {@code "articulation_point"}. */
  public static final Codec<CandidateReason> CANDIDATE_REASON_CODE =
      Scalars.codes(CandidateReason.class,
          "Why a person is listed: among the highest betweenness of their side; an articulation point; "
          + "their leaving would cut off more than the threshold's share of people.");

  /** The thresholds of a weak-connector report; absent fields take c2-metrics' defaults. */
  public static final ObjectCodec<WeakConnectorThresholds, WeakConnectorThresholds.Builder> WEAK_CONNECTOR_THRESHOLDS =
      ObjectCodec.of(WeakConnectorThresholds.class, WeakConnectorThresholds::builder, b -> b.build())
          .describedAs("The thresholds of the report.")
          .field("singlePersonShare", Scalars.REAL, WeakConnectorThresholds::singlePersonShare,
              (b, v) -> b.singlePersonShare(v))
          .doc("The share of all people whose cutting off by one person's leaving raises a finding; 0.1 by "
              + "default.")
          .constrain("minimum", 0)
          .constrain("maximum", 1)
          .field("candidatesPerAffiliation", Scalars.INTEGER, WeakConnectorThresholds::candidatesPerAffiliation,
              (b, v) -> b.candidatesPerAffiliation(v))
          .doc("At most how many residents, and how many agency staff, are listed for standing out by "
              + "betweenness; 10 by default.")
          .constrain("minimum", 0)
          .optional("betweennessQuantile", Scalars.REAL, t -> Optional.of(t.betweennessQuantile()),
              (b, v) -> b.betweennessQuantile(v))
          .doc("A person stands out only if no more than 1 - betweennessQuantile of all people have "
              + "betweenness as high (or they alone do); 0.9, the top decile, by default.")
          .constrain("minimum", 0)
          .constrain("maximum", 1)
          .optional("betweennessMedianMultiple", Scalars.REAL, t -> Optional.of(t.betweennessMedianMultiple()),
              (b, v) -> b.betweennessMedianMultiple(v))
          .doc("How many times the network's median betweenness a person's must exceed to stand out; 2 by "
              + "default.")
          .constrain("minimum", 0)
          .build();

  /** The whole-network figures on a date. */
  public static final ObjectCodec<NetworkSummary, NetworkSummary.Builder> NETWORK_SUMMARY =
      ObjectCodec.of(NetworkSummary.class, NetworkSummary::builder, NetworkSummary.Builder::build)
          .describedAs("The whole-network figures of a community network on a date.")
          .field("date", Scalars.DATE, NetworkSummary::date, NetworkSummary.Builder::date)
          .doc("The date the network is measured as of.")
          .field("people", Scalars.INTEGER, NetworkSummary::people, NetworkSummary.Builder::people)
          .constrain("minimum", 0)
          .field("ties", Scalars.INTEGER, NetworkSummary::ties, NetworkSummary.Builder::ties)
          .doc("The distinct ties observed by the date.")
          .constrain("minimum", 0)
          .field("components", Scalars.INTEGER, NetworkSummary::components, NetworkSummary.Builder::components)
          .doc("Connected components, an isolated person counting as one.")
          .constrain("minimum", 0)
          .field("largestComponent", Scalars.INTEGER, NetworkSummary::largestComponent,
              NetworkSummary.Builder::largestComponent)
          .constrain("minimum", 0)
          .field("isolated", Scalars.INTEGER, NetworkSummary::isolated, NetworkSummary.Builder::isolated)
          .doc("People with no ties.")
          .constrain("minimum", 0)
          .field("fragmentation", Scalars.REAL, NetworkSummary::fragmentation, NetworkSummary.Builder::fragmentation)
          .doc("Borgatti's fragmentation: the share of pairs of people who cannot reach each other.")
          .constrain("minimum", 0)
          .constrain("maximum", 1)
          .field("density", Scalars.REAL, NetworkSummary::density, NetworkSummary.Builder::density)
          .doc("The share of possible ties that exist.")
          .constrain("minimum", 0)
          .constrain("maximum", 1)
          .optional("meanDistance", Scalars.REAL, s -> Scalars.boxed(s.meanDistance()),
              (b, v) -> b.meanDistance(v.doubleValue()))
          .doc("The mean number of steps between two people who can reach each other; absent when no two "
              + "people are tied.")
          .build();

  /**
   * How a network changed between two dates. The changes, which c2-metrics derives from the two
   * summaries, are written too, for readers that want only them, and on reading must be the ones
   * derived.
   */
  public static final ObjectCodec<NetworkChange, Derived<Values>> NETWORK_CHANGE =
      ObjectCodec.of(NetworkChange.class, () -> new Derived<>(new Values()), NetworkCodecs::networkChange)
          .describedAs("How the network of the journey's people changed: evidence of intermediate outcome 2.")
          .field("before", NETWORK_SUMMARY, NetworkChange::before, (d, v) -> d.builder.put("before", v))
          .doc("The network at the earlier date.")
          .field("after", NETWORK_SUMMARY, NetworkChange::after, (d, v) -> d.builder.put("after", v))
          .doc("The network at the later date.")
          .field("componentsChange", Scalars.INTEGER, NetworkChange::componentsChange,
              (d, v) -> d.put("componentsChange", v))
          .doc("After minus before; negative when groups have joined up.")
          .field("fragmentationChange", Scalars.REAL, NetworkChange::fragmentationChange,
              (d, v) -> d.put("fragmentationChange", v))
          .doc("After minus before; negative when more people can reach each other.")
          .field("densityChange", Scalars.REAL, NetworkChange::densityChange, (d, v) -> d.put("densityChange", v))
          .doc("After minus before.")
          .optional("meanDistanceChange", Scalars.REAL, c -> Scalars.boxed(c.meanDistanceChange()),
              (d, v) -> d.put("meanDistanceChange", v))
          .doc("After minus before; absent when either is undefined.")
          .field("lessFragmented", Scalars.BOOLEAN, NetworkChange::isLessFragmented,
              (d, v) -> d.put("lessFragmented", v))
          .doc("Whether fragmentation fell.")
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
          .describedAs("The network measures of one person.")
          .field("personId", Scalars.ID, PersonMeasures::personId, PersonMeasures.Builder::personId)
          .doc("The person's id; people appear by id only.")
          .field("affiliation", AFFILIATION_CODE, PersonMeasures::affiliation, PersonMeasures.Builder::affiliation)
          .field("degree", Scalars.INTEGER, PersonMeasures::degree, PersonMeasures.Builder::degree)
          .doc("How many people this person is tied to.")
          .constrain("minimum", 0)
          .field("strength", Scalars.REAL, PersonMeasures::strength, PersonMeasures.Builder::strength)
          .doc("The sum of the strengths of the person's ties.")
          .field("betweenness", Scalars.REAL, PersonMeasures::betweenness, PersonMeasures.Builder::betweenness)
          .doc("Raw betweenness (Brandes): shortest paths between other pairs through this person.")
          .field("normalisedBetweenness", Scalars.REAL, PersonMeasures::normalisedBetweenness,
              PersonMeasures.Builder::normalisedBetweenness)
          .doc("Betweenness divided by the pairs of other people, (n-1)(n-2)/2.")
          .field("articulationPoint", Scalars.BOOLEAN, PersonMeasures::articulationPoint,
              PersonMeasures.Builder::articulationPoint)
          .doc("Whether removing the person would split their part of the network.")
          .field("splitOff", Scalars.INTEGER, PersonMeasures::splitOff, PersonMeasures.Builder::splitOff)
          .doc("How many people would be cut off from the largest remaining piece if the person left.")
          .constrain("minimum", 0)
          .field("removalImpact", Scalars.REAL, PersonMeasures::removalImpact, PersonMeasures.Builder::removalImpact)
          .doc("How much fragmentation would rise if the person left.")
          .optional("constraint", Scalars.REAL, m -> Scalars.boxed(m.constraint()), (b, v) -> b.constraint(v.doubleValue()))
          .doc("Burt's constraint; absent for a person with no ties.")
          .optional("effectiveSize", Scalars.REAL, m -> Scalars.boxed(m.effectiveSize()),
              (b, v) -> b.effectiveSize(v.doubleValue()))
          .doc("Burt's effective size; absent for a person with no ties.")
          .build();

  /** A weak-connector candidate: rank, measures, reasons in the order of {@link CandidateReason}, explanation. */
  public static final ObjectCodec<WeakConnectorCandidate, WeakConnectorCandidate.Builder> WEAK_CONNECTOR_CANDIDATE =
      ObjectCodec.of(WeakConnectorCandidate.class, WeakConnectorCandidate::builder, WeakConnectorCandidate.Builder::build)
          .describedAs("A person listed as a possible weak connector.")
          .field("rank", Scalars.INTEGER, WeakConnectorCandidate::rank, WeakConnectorCandidate.Builder::rank)
          .doc("The rank among the candidates of the same side, from 1.")
          .constrain("minimum", 1)
          .field("measures", PERSON_MEASURES, WeakConnectorCandidate::measures, WeakConnectorCandidate.Builder::measures)
          .set("reasons", CANDIDATE_REASON_CODE, c -> c.reasons().stream().sorted().toList(),
              WeakConnectorCandidate.Builder::reasons)
          .doc("Why the person is listed, in the order of the enum.")
          .constrain("minItems", 1)
          .field("explanation", Scalars.TEXT, WeakConnectorCandidate::explanation,
              WeakConnectorCandidate.Builder::explanation)
          .doc("The reasons in words, with the numbers behind them.")
          .build();

  /** The weak connectors of a network; also the {@code weak_connectors} document. */
  public static final ObjectCodec<WeakConnectors, WeakConnectors.Builder> WEAK_CONNECTORS =
      ObjectCodec.of(WeakConnectors.class, WeakConnectors::builder, WeakConnectors.Builder::build)
          .describedAs("The weak connectors of a community network as of a date (docs/c2-model.md section 3): "
              + "residents and agency staff ranked by betweenness and removal impact, with the reasons each is "
              + "listed, and a finding for each person the network depends on. Computed by c2 from a journey; "
              + "stored and read back, checked (candidates ranked from 1 within their affiliation, the summary "
              + "of the same date). Findings are described by findings.schema.json, which a validator must be "
              + "given alongside this schema.")
          .field("date", Scalars.DATE, WeakConnectors::date, WeakConnectors.Builder::date)
          .doc("The date the network is measured as of.")
          .field("thresholds", WEAK_CONNECTOR_THRESHOLDS, WeakConnectors::thresholds, WeakConnectors.Builder::thresholds)
          .field("summary", NETWORK_SUMMARY, WeakConnectors::summary, WeakConnectors.Builder::summary)
          .list("residents", WEAK_CONNECTOR_CANDIDATE, WeakConnectors::residents, WeakConnectors.Builder::residents)
          .doc("The candidates among residents, best first.")
          .list("agencyStaff", WEAK_CONNECTOR_CANDIDATE, WeakConnectors::agencyStaff, WeakConnectors.Builder::agencyStaff)
          .doc("The candidates among agency staff, best first.")
          .list("findings", RuleCodecs.FINDING, WeakConnectors::findings, WeakConnectors.Builder::findings)
          .doc("A Network:SinglePersonDependency warning for each person the network depends on, most people "
              + "cut off first.")
          .build();
}
