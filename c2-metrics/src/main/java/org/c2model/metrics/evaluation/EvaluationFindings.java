package org.c2model.metrics.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.c2model.core.governance.FindingSpan;
import org.c2model.core.governance.GovernanceHistory;
import org.c2model.core.governance.GovernanceRules;
import org.c2model.core.outcome.IndicatorCatalogue;
import org.c2model.core.outcome.LongTermIndicator;
import org.c2model.core.partnership.Partnership;
import org.c2model.core.place.AreaCode;
import org.c2model.core.place.Neighbourhood;
import org.c2model.core.rule.Finding;
import org.c2model.core.rule.Path;
import org.c2model.core.rule.RuleId;
import org.c2model.core.rule.RuleThresholds;
import org.c2model.core.rule.Severity;
import org.c2model.metrics.indicator.BoundaryLookup;
import org.c2model.metrics.indicator.BoundaryVintage;
import org.c2model.metrics.indicator.Observation;
import org.c2model.metrics.indicator.ObservationSource;
import org.c2model.metrics.indicator.StudyWindow;
import org.c2model.metrics.indicator.WindowTotals;

/**
 * The findings an evaluation adds about its own basis: windows cut at the as-of date, data that
 * cover too little of a window, data that do not fit (unknown indicators, areas without
 * observations, observations outside every window, another boundary vintage) and the governance
 * rules that failed at any time up to the as-of date. Each finding carries its counts in
 * {@link Finding#args()}.
 */
final class EvaluationFindings {

  /** A window asked for reaches past the as-of date and was cut there. */
  static final RuleId WINDOW_AFTER_AS_OF = RuleId.of("Evaluation:WindowAfterAsOf");
  /** There is no follow-up window on or before the as-of date: no indicator is compared. */
  static final RuleId NO_FOLLOW_UP = RuleId.of("Evaluation:NoFollowUpYet");
  /** Data cover less of a window than the stated threshold: annual figures use the months covered. */
  static final RuleId LOW_COVERAGE = RuleId.of("Evaluation:LowCoverage");
  /** The observations hold indicator ids the catalogue does not know. */
  static final RuleId UNKNOWN_INDICATOR = RuleId.of("Data:UnknownIndicator");
  /** An area code of a neighbourhood has no observation of any compared indicator. */
  static final RuleId AREA_WITHOUT_DATA = RuleId.of("Data:AreaWithoutObservations");
  /** Observations of the neighbourhood lie outside both windows, and are not used. */
  static final RuleId OUTSIDE_WINDOWS = RuleId.of("Data:OutsideWindows");
  /** Observations of the neighbourhood are of another boundary vintage with no lookup. */
  static final RuleId OTHER_VINTAGE = RuleId.of("Data:OtherBoundaryVintage");
  /** A governance rule failed for a span of the evaluation period. */
  static final RuleId GOVERNANCE_SPAN = RuleId.of("Governance:FailedDuringPeriod");

  private EvaluationFindings() {}

  static List<Finding> windows(Optional<Windows> requested, Optional<Windows> inForce, LocalDate asOf) {
    List<Finding> out = new ArrayList<>();
    if (requested.isPresent() && requested.get().reachesPast(asOf)) {
      out.add(Finding.builder().ruleId(WINDOW_AFTER_AS_OF).severity(Severity.WARNING).path(Path.of("windows"))
          .date(asOf).message("the windows asked for (" + requested.get() + ") reach past the as-of date " + asOf
              + "; they were cut at " + asOf.plusDays(1) + " and no data after the as-of date were read"
              + inForce.map(w -> ": " + w).orElse(": no follow-up remains"))
          .build());
    }
    if (inForce.isEmpty()) {
      out.add(Finding.builder().ruleId(NO_FOLLOW_UP).severity(Severity.INFO).path(Path.of("windows"))
          .date(asOf).message("no whole month of follow-up on or before " + asOf + "; no indicator is compared")
          .build());
    }
    return out;
  }

  /**
   * Coverage of each window against the window asked for (before it was cut at the as-of date): a
   * follow-up cut to six months by the as-of date is half covered, however complete its data.
   */
  static List<Finding> coverage(IndicatorChange change, double threshold, Windows requested) {
    List<Finding> out = new ArrayList<>();
    for (WindowTotals t : List.of(change.target().baseline(), change.target().followUp())) {
      boolean isBaseline = t == change.target().baseline();
      StudyWindow nominal = isBaseline ? requested.baseline() : requested.followUp();
      double share = t.coverage() * t.window().lengthInDays() / nominal.lengthInDays();
      if (share < threshold) {
        String name = isBaseline ? "baseline" : "followUp";
        out.add(Finding.builder().ruleId(LOW_COVERAGE).severity(Severity.WARNING)
            .path(Path.of("indicators", change.indicator().id()).property(name)).date(t.window().start())
            .message(String.format(Locale.ROOT, "data cover %.1f%% of the %s window %s, below the %.0f%% threshold; "
                + "rates and annual figures are per the %.1f months covered", 100 * share, name, nominal,
                100 * threshold, IndicatorChange.coveredYears(t) * 12))
            .putArgs("coverage", Double.toString(share))
            .putArgs("periods", Integer.toString(t.periods().size())).build());
      }
    }
    return out;
  }

  static List<Finding> dataFit(ObservationSource source, Neighbourhood neighbourhood, Optional<Neighbourhood> comparator,
      IndicatorCatalogue catalogue, BoundaryVintage vintage, List<BoundaryLookup> lookups, StudyWindow baseline,
      StudyWindow followUp, LocalDate asOf) {
    List<Finding> out = new ArrayList<>();
    TreeSet<String> unknown = new TreeSet<>();
    for (String id : source.indicatorIds()) {
      if (!catalogue.contains(id)) {
        unknown.add(id);
      }
    }
    if (!unknown.isEmpty()) {
      out.add(Finding.builder().ruleId(UNKNOWN_INDICATOR).severity(Severity.WARNING).path(Path.of("observations"))
          .date(asOf).message(unknown.size() + " indicator ids in the observations are not in the catalogue and "
              + "were not used: " + String.join(", ", unknown.headSet(first(unknown, 10), true)))
          .putArgs("count", Integer.toString(unknown.size())).build());
    }
    Set<BoundaryVintage> lookedUp = new HashSet<>();
    lookups.forEach(l -> lookedUp.add(l.fromVintage()));
    List<Neighbourhood> places = new ArrayList<>();
    places.add(neighbourhood);
    comparator.ifPresent(places::add);
    for (Neighbourhood place : places) {
      Set<AreaCode> areas = Set.copyOf(place.areaCodes());
      TreeMap<AreaCode, Integer> perArea = new TreeMap<>();
      place.areaCodes().forEach(a -> perArea.put(a, 0));
      int outside = 0;
      int after = 0;
      int otherVintage = 0;
      TreeSet<String> otherVintages = new TreeSet<>();
      for (LongTermIndicator indicator : catalogue.indicators()) {
        for (Observation o : source.select(indicator.id(), areas)) {
          perArea.merge(o.areaCode(), 1, Integer::sum);
          if (!baseline.contains(o.period()) && !followUp.contains(o.period())) {
            outside++;
            if (o.period().start().isAfter(asOf)) {
              after++;
            }
          }
          if (!o.vintage().equals(vintage) && !lookedUp.contains(o.vintage())) {
            otherVintage++;
            otherVintages.add(o.vintage().toString());
          }
        }
      }
      Path path = Path.of("neighbourhoods", place.id());
      List<String> empty = new ArrayList<>();
      perArea.forEach((a, n) -> {
        if (n == 0) {
          empty.add(a.toString());
        }
      });
      if (!empty.isEmpty()) {
        out.add(Finding.builder().ruleId(AREA_WITHOUT_DATA).severity(Severity.WARNING).path(path.property("areaCodes"))
            .date(asOf).message(empty.size() + " of " + perArea.size() + " area codes of " + place.id()
                + " have no observation of any catalogue indicator: " + String.join(", ", empty))
            .putArgs("count", Integer.toString(empty.size())).build());
      }
      if (outside > 0) {
        out.add(Finding.builder().ruleId(OUTSIDE_WINDOWS).severity(Severity.INFO).path(path)
            .date(asOf).message(outside + " observations of " + place.id() + " lie outside both windows and are "
                + "not used, " + after + " of them after the as-of date " + asOf + " (never read into a figure)")
            .putArgs("count", Integer.toString(outside)).putArgs("afterAsOf", Integer.toString(after)).build());
      }
      if (otherVintage > 0) {
        out.add(Finding.builder().ruleId(OTHER_VINTAGE).severity(Severity.WARNING).path(path)
            .date(asOf).message(otherVintage + " observations of " + place.id() + " are of boundary vintage "
                + String.join(", ", otherVintages) + ", not " + vintage + ", with no lookup given")
            .putArgs("count", Integer.toString(otherVintage)).build());
      }
    }
    return out;
  }

  private static String first(TreeSet<String> set, int n) {
    return set.stream().limit(n).reduce((a, b) -> b).orElseThrow();
  }

  /**
   * Every span in which a governance rule failed, from the journey's record up to the as-of date,
   * with its dates and causes; a span still failing on the as-of date says so.
   */
  static List<Finding> governanceHistory(Partnership partnership, LocalDate asOf, RuleThresholds thresholds) {
    List<Finding> out = new ArrayList<>();
    for (FindingSpan span : GovernanceHistory.of(partnership, GovernanceRules.standard(thresholds)).spans()) {
      if (span.from().isAfter(asOf)) {
        continue;
      }
      Optional<LocalDate> until = span.until().filter(u -> !u.isAfter(asOf));
      String cause = span.cause().isEmpty() ? "" : " (" + span.cause() + ")";
      String end = until.map(u -> " until " + u + (span.resolvedBy().isEmpty() ? "" : " (" + span.resolvedBy() + ")"))
          .orElse(", still failing on " + asOf);
      Finding f = span.finding();
      Finding.Builder b = Finding.builder().ruleId(GOVERNANCE_SPAN).severity(f.severity()).path(f.path())
          .date(span.from()).message(f.ruleId() + " failed from " + span.from() + cause + end + ": " + f.message())
          .putArgs("rule", f.ruleId().toString()).putArgs("from", span.from().toString());
      until.ifPresent(u -> b.putArgs("until", u.toString()));
      out.add(b.build());
    }
    return out;
  }
}
