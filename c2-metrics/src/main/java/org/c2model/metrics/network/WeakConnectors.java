package org.c2model.metrics.network;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.c2model.core.InvalidValueException;
import org.c2model.core.rule.Finding;
import org.c2model.core.rule.Path;
import org.c2model.core.rule.RuleId;
import org.c2model.core.rule.Severity;
import org.immutables.value.Value;

/**
 * The weak-connector candidates of a community network, residents and agency staff reported
 * separately, and a finding for each person the network depends on.
 * <p>
 * A <em>weak connector</em> (<i>Positively Local</i> sec. 3; {@code docs/c2-model.md} section 3) is
 * a resident or agency worker with
 * many ties across otherwise separate groups: they hold the network together and are its weak
 * points ("remove them and the network fragments"). Facilitators want to find them early and
 * support them. The candidates of each affiliation are
 * <ol>
 *   <li>the people who stand out by betweenness ({@link CandidateReason#HIGH_BETWEENNESS}): at most
 *       a tenth of the network has betweenness as high as theirs (or they alone), and theirs is more
 *       than twice the network's median
 *       ({@link WeakConnectorThresholds#betweennessQuantile()},
 *       {@link WeakConnectorThresholds#betweennessMedianMultiple()}), at most
 *       {@link WeakConnectorThresholds#candidatesPerAffiliation()} of each affiliation, and</li>
 *   <li>anyone whose leaving would cut off more than
 *       {@link WeakConnectorThresholds#singlePersonShare()} of all people
 *       ({@link CandidateReason#SINGLE_PERSON_DEPENDENCY}),</li>
 * </ol>
 * ranked by betweenness, then removal impact, then id; articulation points are flagged
 * ({@link CandidateReason#ARTICULATION_POINT}). Each candidate's reason states the numbers: their
 * betweenness, the network's threshold and median, and what their leaving would cut off. Removal
 * impact is measured on the connected part of the network; isolated people are counted apart in the
 * {@link NetworkSummary#isolated() summary}.
 * <p>
 * <b>Rule {@code Network:SinglePersonDependency}</b> (a {@link Severity#WARNING}, at
 * {@code /network/people/<id>}): the network depends on a single person when an articulation
 * point's leaving would cut off more than the configured share of all people from the largest
 * remaining piece of their part of the network. It is a warning, not an error: the paper's answer
 * is to support the person (turning a weak connector into a "super transformer", section 3) and
 * to build more ties around them.
 *
 * <pre>{@code
 * WeakConnectors found = WeakConnectors.of(network, LocalDate.of(2010, 6, 1));
 * System.out.println(found);                           // residents and agency staff, with reasons
 * found.findings().forEach(System.out::println);       // WARNING Network:SinglePersonDependency ...
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class WeakConnectors {

  /**
   * The rule id of the finding raised when the network depends on a single person: a weak
   * connector whose removal fragments the network (<i>Positively Local</i> sec. 3;
   * {@code docs/c2-model.md} section 3, "weak
   * connector": "remove them and the network fragments").
   */
  public static final RuleId SINGLE_PERSON_DEPENDENCY = RuleId.of("Network:SinglePersonDependency");

  WeakConnectors() {}

  /**
   * Gets the date the network is measured as of.
   *
   * @return the date, not null
   */
  public abstract LocalDate date();

  /**
   * Gets the thresholds used.
   *
   * @return the thresholds, not null
   */
  public abstract WeakConnectorThresholds thresholds();

  /**
   * Gets the whole-network figures.
   *
   * @return the summary, not null
   */
  public abstract NetworkSummary summary();

  /**
   * Gets the candidates among residents, best first.
   *
   * @return the candidates, not null
   */
  public abstract List<WeakConnectorCandidate> residents();

  /**
   * Gets the candidates among agency staff, best first.
   *
   * @return the candidates, not null
   */
  public abstract List<WeakConnectorCandidate> agencyStaff();

  /**
   * Gets the {@code Network:SinglePersonDependency} findings, one per person the network depends
   * on, most people cut off first.
   *
   * @return the findings, not null
   */
  public abstract List<Finding> findings();

  /**
   * Gets the candidates of one affiliation.
   *
   * @param affiliation  the affiliation, not null
   * @return the candidates, best first, not null
   */
  public List<WeakConnectorCandidate> candidates(Affiliation affiliation) {
    return Objects.requireNonNull(affiliation, "affiliation") == Affiliation.RESIDENT ? residents() : agencyStaff();
  }

  /**
   * Finds the weak connectors of a network as it stood on a date, with the default thresholds and
   * options.
   *
   * @param network  the network, not null
   * @param date  the date, not null
   * @return the weak connectors, not null
   */
  public static WeakConnectors of(CommunityNetwork network, LocalDate date) {
    return of(NetworkAnalysis.of(network, date), WeakConnectorThresholds.defaults());
  }

  /**
   * Finds the weak connectors from an analysis.
   *
   * @param analysis  the analysis, not null
   * @param thresholds  the thresholds, not null
   * @return the weak connectors, not null
   */
  public static WeakConnectors of(NetworkAnalysis analysis, WeakConnectorThresholds thresholds) {
    Objects.requireNonNull(analysis, "analysis");
    Objects.requireNonNull(thresholds, "thresholds");
    int people = analysis.people().size();
    List<Finding> findings = new ArrayList<>();
    analysis.people().stream()
        .filter(p -> dependsOn(p, people, thresholds))
        .sorted(Comparator.comparingInt(PersonMeasures::splitOff).reversed().thenComparing(PersonMeasures::personId))
        .forEach(p -> findings.add(finding(p, people, thresholds, analysis.date())));
    return builder().date(analysis.date()).thresholds(thresholds)
        .summary(analysis.summary())
        .residents(rank(analysis, Affiliation.RESIDENT, thresholds))
        .agencyStaff(rank(analysis, Affiliation.AGENCY_STAFF, thresholds))
        .findings(findings)
        .build();
  }

  /**
   * Returns a builder, for weak connectors stored earlier and read back (such as from JSON); to find
   * them, use {@link #of(CommunityNetwork, LocalDate)}.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder of {@link WeakConnectors}; {@code build()} checks every invariant. */
  public static final class Builder extends ImmutableWeakConnectors.Builder {
    Builder() {}
  }

  /**
   * Checks the shape of the result (<i>Positively Local</i> sec. 3; {@code docs/c2-model.md}
   * section 3): the summary is of the same date;
   * each list holds people of its affiliation, each once, ranked 1, 2, 3 and so on; and every finding
   * is a {@code Network:SinglePersonDependency} finding.
   */
  @Value.Check
  void check() {
    if (!summary().date().equals(date())) {
      throw InvalidValueException.of("summary.date", "must be the date " + date(), summary().date());
    }
    checkCandidates(residents(), Affiliation.RESIDENT, "residents");
    checkCandidates(agencyStaff(), Affiliation.AGENCY_STAFF, "agencyStaff");
    for (int i = 0; i < findings().size(); i++) {
      if (!findings().get(i).ruleId().equals(SINGLE_PERSON_DEPENDENCY)) {
        throw InvalidValueException.of("findings[" + i + "].ruleId", "must be " + SINGLE_PERSON_DEPENDENCY,
            findings().get(i).ruleId());
      }
    }
  }

  private static void checkCandidates(List<WeakConnectorCandidate> list, Affiliation affiliation, String field) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      WeakConnectorCandidate c = list.get(i);
      String at = field + "[" + i + "]";
      if (c.rank() != i + 1) {
        throw InvalidValueException.of(at + ".rank", "must be " + (i + 1), c.rank());
      }
      if (c.measures().affiliation() != affiliation) {
        throw InvalidValueException.of(at + ".measures.affiliation", "must be " + affiliation.code(),
            c.measures().affiliation().code());
      }
      if (!seen.add(c.personId())) {
        throw InvalidValueException.of(at + ".measures.personId", "must be unique", c.personId());
      }
    }
  }

  private static boolean dependsOn(PersonMeasures p, int people, WeakConnectorThresholds t) {
    return p.articulationPoint() && p.splitOff() > t.singlePersonShare() * people;
  }

  /** The network's betweenness values, ascending. */
  private static double[] sortedBetweenness(NetworkAnalysis analysis) {
    return analysis.people().stream().mapToDouble(PersonMeasures::normalisedBetweenness).sorted().toArray();
  }

  /** The median of ascending values, 0 for none. */
  private static double median(double[] sorted) {
    int n = sorted.length;
    return n == 0 ? 0 : n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  /** How many of the ascending values are at least {@code value}. */
  private static int atLeast(double[] sorted, double value) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < value) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return sorted.length - lo;
  }

  /**
   * Whether a person stands out by betweenness: above 0, more than the multiple of the median, and
   * in the top share of the network: no more than {@code 1 - quantile} of all people (10% by
   * default) have betweenness as high, or they alone have it. People tied at the top together with
   * more than that share do not stand out.
   */
  private static boolean standsOut(PersonMeasures p, double[] sorted, WeakConnectorThresholds t) {
    double b = p.normalisedBetweenness();
    int asHigh = atLeast(sorted, b);
    return b > 0 && b > t.betweennessMedianMultiple() * median(sorted)
        && (asHigh == 1 || asHigh <= Math.floor((1 - t.betweennessQuantile()) * sorted.length + 1e-9));
  }

  private static List<WeakConnectorCandidate> rank(NetworkAnalysis analysis, Affiliation affiliation,
      WeakConnectorThresholds t) {
    int people = analysis.people().size();
    double[] sorted = sortedBetweenness(analysis);
    double median = median(sorted);
    int flagged = 0;
    List<PersonMeasures> side = analysis.people().stream().filter(p -> p.affiliation() == affiliation)
        .sorted(Comparator.comparingDouble(PersonMeasures::betweenness).reversed()
            .thenComparing(Comparator.comparingDouble(PersonMeasures::removalImpact).reversed())
            .thenComparing(PersonMeasures::personId))
        .collect(Collectors.toList());
    String plural = affiliation == Affiliation.RESIDENT ? "residents" : "agency staff";
    List<WeakConnectorCandidate> out = new ArrayList<>();
    for (int i = 0; i < side.size(); i++) {
      PersonMeasures p = side.get(i);
      Set<CandidateReason> reasons = EnumSet.noneOf(CandidateReason.class);
      List<String> why = new ArrayList<>();
      boolean standsOut = standsOut(p, sorted, t);
      if (standsOut && flagged < t.candidatesPerAffiliation()) {
        reasons.add(CandidateReason.HIGH_BETWEENNESS);
        flagged++;
      }
      int asHigh = atLeast(sorted, p.normalisedBetweenness());
      why.add(String.format(Locale.ROOT, "betweenness %s, %s of %d %s; %d of %d people (%s) have betweenness as high, "
          + "network median %s", NetworkText.fixed(p.normalisedBetweenness(), 4), ordinal(i + 1), side.size(), plural,
          asHigh, sorted.length, NetworkText.percent((double) asHigh / sorted.length), NetworkText.fixed(median, 4)));
      if (reasons.contains(CandidateReason.HIGH_BETWEENNESS)) {
        why.add(String.format(Locale.ROOT, "stands out: in the top %s and more than %s times the median",
            NetworkText.percent(1 - t.betweennessQuantile()), NetworkText.number(t.betweennessMedianMultiple())));
      }
      if (p.articulationPoint()) {
        reasons.add(CandidateReason.ARTICULATION_POINT);
        why.add(String.format(Locale.ROOT, "articulation point: leaving cuts off %d %s (%s), fragmentation %s",
            p.splitOff(), p.splitOff() == 1 ? "person" : "people", NetworkText.percent((double) p.splitOff() / people),
            NetworkText.signed(p.removalImpact(), 4)));
      }
      if (dependsOn(p, people, t)) {
        reasons.add(CandidateReason.SINGLE_PERSON_DEPENDENCY);
        why.add("more than " + NetworkText.percent(t.singlePersonShare()) + " of people depend on them");
      }
      if (reasons.contains(CandidateReason.HIGH_BETWEENNESS)
          || reasons.contains(CandidateReason.SINGLE_PERSON_DEPENDENCY)) {
        out.add(WeakConnectorCandidate.of(out.size() + 1, p, reasons, String.join("; ", why)));
      }
    }
    return out;
  }

  private static Finding finding(PersonMeasures p, int people, WeakConnectorThresholds t, LocalDate date) {
    return Finding.builder().ruleId(SINGLE_PERSON_DEPENDENCY).severity(Severity.WARNING)
        .path(Path.of("network", "people", p.personId())).date(date)
        .message(String.format(Locale.ROOT,
            "the network depends on %s %s: leaving would cut off %d of %d people (%s), more than %s",
            p.affiliation() == Affiliation.RESIDENT ? "resident" : "agency staff member", p.personId(),
            p.splitOff(), people, NetworkText.percent((double) p.splitOff() / people),
            NetworkText.percent(t.singlePersonShare())))
        .putArgs("personId", p.personId())
        .putArgs("affiliation", p.affiliation().code())
        .putArgs("splitOff", Integer.toString(p.splitOff()))
        .putArgs("people", Integer.toString(people))
        .putArgs("threshold", NetworkText.number(t.singlePersonShare()))
        .build();
  }

  private static String ordinal(int n) {
    int mod100 = n % 100;
    String suffix = mod100 >= 11 && mod100 <= 13 ? "th"
        : n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th";
    return n + suffix;
  }

  /**
   * Returns the summary, a table of candidates for each affiliation with the reasons they are
   * listed, and the findings.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Weak connectors as of ").append(summary()).append('\n');
    for (Affiliation a : Affiliation.values()) {
      List<WeakConnectorCandidate> list = candidates(a);
      sb.append(a == Affiliation.RESIDENT ? "Residents" : "Agency staff").append(": ");
      if (list.isEmpty()) {
        sb.append("none\n");
        continue;
      }
      sb.append(list.size()).append(list.size() == 1 ? " candidate\n" : " candidates\n");
      List<PersonMeasures> rows = list.stream().map(WeakConnectorCandidate::measures).collect(Collectors.toList());
      sb.append(PersonTable.render(rows, new PersonTable.Column("reasons", m -> list.stream()
          .filter(c -> c.measures() == m).findFirst().orElseThrow().reasons().stream()
          .map(CandidateReason::code).collect(Collectors.joining(", ")))));
    }
    if (findings().isEmpty()) {
      sb.append("no findings");
    } else {
      sb.append(findings().stream().map(Finding::toString).collect(Collectors.joining("\n")));
    }
    return sb.toString();
  }
}
