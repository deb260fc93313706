package org.c2model.metrics.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.c2model.core.place.Neighbourhood;
import org.c2model.metrics.indicator.BoundaryLookup;
import org.c2model.metrics.indicator.BoundaryVintage;
import org.c2model.metrics.indicator.IndicatorAggregation;
import org.c2model.metrics.indicator.IndicatorSeries;
import org.c2model.metrics.indicator.ObservationSource;
import org.c2model.metrics.indicator.ReportingPeriod;
import org.c2model.metrics.indicator.SeriesPoint;
import org.c2model.metrics.indicator.StudyWindow;
import org.c2model.metrics.synth.SyntheticControl;
import org.c2model.metrics.synth.SyntheticControlInput;

/**
 * The synthetic control of each indicator of an evaluation: the neighbourhood's series against each
 * donor area's, the baseline window's periods as the pre-period and the follow-up window's as the
 * post-period (periods between the windows are left out, as the comparator method leaves them out;
 * the windows are already cut at the as-of date, so no later data is read).
 * Rates per {@code multiplier} population a year (the report's unit) where every series has a
 * population, else events a year; a donor without data in every period used is left out of that indicator's pool.
 */
final class SyntheticControls {

  private SyntheticControls() {}

  static Map<String, SyntheticControl> fit(ObservationSource target, Neighbourhood neighbourhood,
      ObservationSource donorSource, List<String> donorAreas, BoundaryVintage vintage, Collection<String> ids,
      BoundaryLookup[] lookups, StudyWindow base, StudyWindow follow, double multiplier, LocalDate asOf) {
    Map<String, IndicatorSeries> treated = new LinkedHashMap<>();
    IndicatorAggregation.aggregate(target, neighbourhood, vintage, ids, lookups).series()
        .forEach(s -> treated.put(s.indicatorId(), s));
    Map<String, Map<String, IndicatorSeries>> donors = new LinkedHashMap<>();
    for (String code : donorAreas) {
      Neighbourhood area = Neighbourhood.of("DONOR-" + code, code, code);
      IndicatorAggregation.aggregate(donorSource, area, vintage, ids, lookups).series()
          .forEach(s -> donors.computeIfAbsent(s.indicatorId(), k -> new LinkedHashMap<>()).put(code, s));
    }
    Map<String, SyntheticControl> out = new LinkedHashMap<>();
    for (String id : ids) {
      IndicatorSeries t = treated.get(id);
      if (t != null) {
        fitOne(neighbourhood.id(), t, donors.getOrDefault(id, Map.of()), base, follow, multiplier, asOf)
            .ifPresent(sc -> out.put(id, sc));
      }
    }
    return out;
  }

  private static Optional<SyntheticControl> fitOne(String treatedCode, IndicatorSeries treated, Map<String, IndicatorSeries> donors,
      StudyWindow base, StudyWindow follow, double multiplier, LocalDate asOf) {
    TreeMap<ReportingPeriod, SeriesPoint> pre = new TreeMap<>();
    TreeMap<ReportingPeriod, SeriesPoint> post = new TreeMap<>();
    for (SeriesPoint p : treated.points()) {
      if (base.contains(p.period())) {
        pre.put(p.period(), p);
      } else if (follow.contains(p.period())) {
        post.put(p.period(), p);
      }
    }
    if (pre.size() < 2 || post.isEmpty()) {
      return Optional.empty();
    }
    List<ReportingPeriod> periods = new ArrayList<>(pre.keySet());
    periods.addAll(post.keySet());
    Map<ReportingPeriod, SeriesPoint> own = new TreeMap<>(pre);
    own.putAll(post);
    Map<String, Map<ReportingPeriod, SeriesPoint>> pool = new LinkedHashMap<>();
    donors.forEach((code, s) -> {
      Map<ReportingPeriod, SeriesPoint> byPeriod = new TreeMap<>();
      s.points().forEach(p -> byPeriod.put(p.period(), p));
      if (byPeriod.keySet().containsAll(periods)) {
        pool.put(code, byPeriod);
      }
    });
    if (pool.size() < 2) {
      return Optional.empty();
    }
    boolean rates = own.values().stream().allMatch(SyntheticControls::hasPopulation)
        && pool.values().stream().allMatch(m -> periods.stream().allMatch(p -> hasPopulation(m.get(p))));
    SyntheticControlInput.Builder in = SyntheticControlInput.builder().treatedCode(treatedCode)
        .preperiods(pre.size()).asOf(asOf);
    for (ReportingPeriod p : periods) {
      SeriesPoint sp = own.get(p);
      in.addPeriods(p.toString()).addTreated(value(sp, rates, multiplier));
      // Events = rate a year x person-years / multiplier, so the cumulative gap is in events.
      in.addTreatedExposure(years(p) * (rates ? sp.denominator().getAsDouble() / multiplier : 1));
    }
    pool.forEach((code, m) -> in.putDonors(code, periods.stream().map(p -> value(m.get(p), rates, multiplier))
        .toList()));
    return Optional.of(SyntheticControl.fit(in.build()));
  }

  private static boolean hasPopulation(SeriesPoint p) {
    return p.denominator().isPresent() && p.denominator().getAsDouble() > 0;
  }

  /** The rate per multiplier population a year, or the events a year, of one period. */
  private static double value(SeriesPoint p, boolean rates, double multiplier) {
    double perPeriod = rates ? p.numerator() / p.denominator().getAsDouble() * multiplier : p.numerator();
    return perPeriod / years(p.period());
  }

  private static double years(ReportingPeriod p) {
    return p.granularity().months() / 12.0;
  }
}
