package org.c2model.metrics.indicator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import org.c2model.core.InvalidValueException;
import org.c2model.core.place.AreaCode;
import org.c2model.core.place.Neighbourhood;
import org.c2model.core.rule.Finding;
import org.c2model.core.rule.Path;
import org.c2model.core.rule.RuleId;
import org.c2model.core.rule.Severity;

/**
 * Sums the areas of a neighbourhood into one series per indicator (<i>Positively Local</i> sec. 5;
 * {@code docs/c2-model.md} section 5:
 * a neighbourhood is any set of sub-ward areas, and its indicators are tracked there).
 * <pre>{@code
 * NeighbourhoodIndicators ni = IndicatorAggregation.aggregate(source, townstal, BoundaryVintage.LSOA_2021,
 *     List.of("asb-incidents", "burglary"), lookup2011to2021);
 * WindowComparison asb = ni.get("asb-incidents").compare(
 *     StudyWindow.monthsBefore(constituted, 12), StudyWindow.monthsAfter(constituted, 13, 24));
 * }</pre>
 * The neighbourhood's area codes are read in one boundary vintage. Observations in that vintage
 * count when their area is in the neighbourhood. Observations in another vintage count only through
 * a {@link BoundaryLookup} to it, and only when all the new areas an old area overlaps are in the
 * neighbourhood. Everything else is left out and reported, never silently summed:
 * <ul>
 *   <li>{@link #MIXED_VINTAGES} (error): observations in a vintage with no lookup;</li>
 *   <li>{@link #AREA_NOT_IN_LOOKUP} (error): an old area the lookup does not list;</li>
 *   <li>{@link #PARTIAL_OVERLAP} (warning): an old area only partly in the neighbourhood;</li>
 *   <li>{@link #OVERLAPPING_DATA} (error): data for the same places and days twice, in two vintages
 *       (the later vintage's observation is left out) or in periods of different length (both kept);</li>
 *   <li>{@link #MISSING_DENOMINATOR} (warning): some areas of a period lack a denominator, so the
 *       period has none.</li>
 * </ul>
 */
public final class IndicatorAggregation {

  /**
   * Observations in a vintage other than the neighbourhood's, with no lookup: left out, not
   * silently summed (boundary vintages: {@code docs/reference-data.md}, "UK geography codes";
   * indicators tracked at sub-ward level: <i>Positively Local</i> sec. 5; {@code docs/c2-model.md}
   * section 5).
   */
  public static final RuleId MIXED_VINTAGES = RuleId.of("Indicators:MixedVintages");
  /**
   * Observations of an older area that the lookup does not list: left out (the 2011 to 2021
   * lookup of {@code docs/reference-data.md}, "UK geography codes"; <i>Positively Local</i> sec. 5;
   * {@code docs/c2-model.md}
   * section 5, sub-ward indicators).
   */
  public static final RuleId AREA_NOT_IN_LOOKUP = RuleId.of("Indicators:AreaNotInLookup");
  /**
   * Observations of an older area only partly inside the neighbourhood (a split, merged or
   * irregular area of the lookup, {@code docs/reference-data.md}, "UK geography codes"): left
   * out (<i>Positively Local</i> sec. 5; {@code docs/c2-model.md} section 5, sub-ward indicators).
   */
  public static final RuleId PARTIAL_OVERLAP = RuleId.of("Indicators:PartialOverlap");
  /**
   * Data for the same places and days more than once, which would count events twice in a
   * neighbourhood's series (<i>Positively Local</i> sec. 5; {@code docs/c2-model.md} section 5,
   * indicators tracked at sub-ward level).
   */
  public static final RuleId OVERLAPPING_DATA = RuleId.of("Indicators:OverlappingData");
  /**
   * A period where some areas have a denominator and some do not, so the neighbourhood's rate is
   * not defined (<i>Positively Local</i> sec. 5; {@code docs/c2-model.md} section 5, indicators
   * tracked at sub-ward level).
   */
  public static final RuleId MISSING_DENOMINATOR = RuleId.of("Indicators:MissingDenominator");

  private IndicatorAggregation() {}

  /**
   * Aggregates the neighbourhood's areas to one series per indicator.
   *
   * @param source  the observations, not null
   * @param neighbourhood  the neighbourhood, whose area codes are in {@code vintage}, not null
   * @param vintage  the boundary vintage of the neighbourhood's area codes, not null
   * @param indicatorIds  the indicators, in the order wanted, not null
   * @param lookups  lookups from other vintages to {@code vintage}, at most one per older vintage
   * @return the series and the findings, not null
   * @throws InvalidValueException if a lookup does not lead to {@code vintage} or two lookups start
   *     from the same vintage, naming {@code lookups[i]}
   */
  public static NeighbourhoodIndicators aggregate(ObservationSource source, Neighbourhood neighbourhood,
      BoundaryVintage vintage, Collection<String> indicatorIds, BoundaryLookup... lookups) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(neighbourhood, "neighbourhood");
    Objects.requireNonNull(vintage, "vintage");
    Objects.requireNonNull(indicatorIds, "indicatorIds");
    Map<BoundaryVintage, BoundaryLookup> byVintage = new TreeMap<>();
    for (int i = 0; i < lookups.length; i++) {
      BoundaryLookup l = Objects.requireNonNull(lookups[i], "lookups[" + i + "]");
      if (!l.toVintage().equals(vintage)) {
        throw InvalidValueException.of("lookups[" + i + "].toVintage", "must be the neighbourhood's vintage "
            + vintage, l.toVintage());
      }
      if (byVintage.put(l.fromVintage(), l) != null) {
        throw InvalidValueException.of("lookups[" + i + "].fromVintage", "must not repeat another lookup's",
            l.fromVintage());
      }
    }
    Set<AreaCode> areas = new LinkedHashSet<>(neighbourhood.areaCodes());
    Set<AreaCode> query = new LinkedHashSet<>(areas);
    byVintage.values().forEach(l -> query.addAll(l.predecessorsOf(areas)));

    List<IndicatorSeries> series = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    for (String id : new LinkedHashSet<>(indicatorIds)) {
      Objects.requireNonNull(id, "indicatorIds");
      Run run = new Run(id, vintage, areas, byVintage);
      List<Observation> selected = new ArrayList<>(source.select(id, query));
      // the neighbourhood's own vintage first, so a later vintage's duplicate is the one left out
      selected.sort(Comparator.comparing((Observation o) -> !o.vintage().equals(vintage))
          .thenComparing(Observation::vintage).thenComparing(Observation::period)
          .thenComparing(Observation::areaCode));
      selected.forEach(run::add);
      series.add(run.series());
      findings.addAll(run.findings());
    }
    return ImmutableNeighbourhoodIndicators.builder().neighbourhoodId(neighbourhood.id()).vintage(vintage)
        .series(series).findings(findings).build();
  }

  /** The aggregation of one indicator. */
  private static final class Run {
    private final String indicatorId;
    private final BoundaryVintage vintage;
    private final Set<AreaCode> areas;
    private final Map<BoundaryVintage, BoundaryLookup> lookups;
    private final Map<ReportingPeriod, List<Observation>> included = new TreeMap<>();
    /** Per period, the vintage whose observations cover each area of the neighbourhood's vintage. */
    private final Map<ReportingPeriod, Map<AreaCode, BoundaryVintage>> covered = new TreeMap<>();
    /** Left-out counts keyed by rule and vintage, with the earliest period start. */
    private final Map<List<Object>, long[]> leftOut = new LinkedHashMap<>();
    private final Map<List<Object>, LocalDate> firstDate = new LinkedHashMap<>();

    Run(String indicatorId, BoundaryVintage vintage, Set<AreaCode> areas, Map<BoundaryVintage, BoundaryLookup> lookups) {
      this.indicatorId = indicatorId;
      this.vintage = vintage;
      this.areas = areas;
      this.lookups = lookups;
    }

    void add(Observation o) {
      Set<AreaCode> newAreas;
      if (o.vintage().equals(vintage)) {
        if (!areas.contains(o.areaCode())) {
          return;
        }
        newAreas = Set.of(o.areaCode());
      } else {
        BoundaryLookup lookup = lookups.get(o.vintage());
        if (lookup == null) {
          leaveOut(MIXED_VINTAGES, o);
          return;
        }
        newAreas = lookup.successors(o.areaCode());
        if (newAreas.isEmpty()) {
          leaveOut(AREA_NOT_IN_LOOKUP, o);
          return;
        }
        long inside = newAreas.stream().filter(areas::contains).count();
        if (inside == 0) {
          return;
        }
        if (inside < newAreas.size()) {
          leaveOut(PARTIAL_OVERLAP, o);
          return;
        }
      }
      // old areas merged into one new area legitimately share it; another vintage covering it does not
      Map<AreaCode, BoundaryVintage> seen = covered.computeIfAbsent(o.period(), p -> new HashMap<>());
      if (newAreas.stream().anyMatch(a -> seen.containsKey(a) && !seen.get(a).equals(o.vintage()))) {
        leaveOut(OVERLAPPING_DATA, o);
        return;
      }
      newAreas.forEach(a -> seen.put(a, o.vintage()));
      included.computeIfAbsent(o.period(), p -> new ArrayList<>()).add(o);
    }

    private void leaveOut(RuleId rule, Observation o) {
      List<Object> key = List.of(rule, o.vintage());
      leftOut.computeIfAbsent(key, k -> new long[1])[0]++;
      firstDate.merge(key, o.period().start(), (a, b) -> a.isBefore(b) ? a : b);
    }

    IndicatorSeries series() {
      List<SeriesPoint> points = new ArrayList<>();
      included.forEach((period, obs) -> {
        double num = 0;
        double den = 0;
        int withDen = 0;
        for (Observation o : obs) {
          num += o.numerator();
          if (o.denominator().isPresent()) {
            den += o.denominator().getAsDouble();
            withDen++;
          }
        }
        points.add(SeriesPoint.of(period, num, withDen == obs.size() ? OptionalDouble.of(den) : OptionalDouble.empty(),
            obs.size()));
      });
      return IndicatorSeries.of(indicatorId, vintage, points);
    }

    List<Finding> findings() {
      Path path = Path.of("indicators", indicatorId);
      List<Finding> out = new ArrayList<>();
      leftOut.forEach((key, count) -> {
        RuleId rule = (RuleId) key.get(0);
        Object v = key.get(1);
        String what;
        Severity severity = Severity.ERROR;
        if (rule.equals(MIXED_VINTAGES)) {
          what = "are in vintage " + v + " with no lookup to " + vintage;
        } else if (rule.equals(AREA_NOT_IN_LOOKUP)) {
          what = "are for " + v + " areas the lookup to " + vintage + " does not list";
        } else if (rule.equals(PARTIAL_OVERLAP)) {
          what = "are for " + v + " areas only partly inside the neighbourhood and cannot be apportioned";
          severity = Severity.WARNING;
        } else {
          what = "in vintage " + v + " repeat places and periods already summed";
        }
        out.add(Finding.builder().ruleId(rule).severity(severity).path(path).date(firstDate.get(key))
            .message(count[0] + " observations " + what + "; left out")
            .putArgs("observations", Long.toString(count[0])).putArgs("vintage", v.toString()).build());
      });
      ReportingPeriod previous = null;
      for (ReportingPeriod p : included.keySet()) {
        if (previous != null && previous.overlaps(p)) {
          out.add(Finding.builder().ruleId(OVERLAPPING_DATA).severity(Severity.ERROR).path(path).date(p.start())
              .message("periods " + previous + " and " + p + " overlap; totals over both count the same days twice")
              .putArgs("periods", previous + "," + p).build());
        }
        previous = previous == null || p.end().isAfter(previous.end()) ? p : previous;
      }
      included.forEach((period, obs) -> {
        long withDen = obs.stream().filter(o -> o.denominator().isPresent()).count();
        if (withDen > 0 && withDen < obs.size()) {
          out.add(Finding.builder().ruleId(MISSING_DENOMINATOR).severity(Severity.WARNING).path(path)
              .date(period.start()).message((obs.size() - withDen) + " of " + obs.size() + " areas lack a denominator in "
                  + period + "; the period has none")
              .putArgs("areas", Long.toString(obs.size() - withDen)).build());
        }
      });
      return out;
    }
  }
}
