package org.c2model.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.c2model.core.InvalidValueException;
import org.c2model.core.place.AreaCode;
import org.c2model.core.place.Neighbourhood;
import org.c2model.metrics.evaluation.EvaluationReport;
import org.c2model.metrics.evaluation.IndicatorChange;
import org.c2model.metrics.indicator.BoundaryVintage;
import org.c2model.metrics.indicator.IndicatorAggregation;
import org.c2model.metrics.indicator.IndicatorSeries;
import org.c2model.metrics.indicator.ObservationSource;
import org.c2model.metrics.indicator.StudyWindow;
import org.c2model.metrics.indicator.WindowTotals;
import org.immutables.value.Value;

/**
 * A comparable area drawn in an indicator's funnel plot beside the neighbourhood and its
 * comparator: its code, its events and its person-years over the report's follow-up window. The
 * funnel's peer average and its 95% and 99.8% exact Poisson limits come from every area drawn
 * (Spiegelhalter 2005, "Funnel plots for comparing institutional performance"; APHO Technical
 * Briefing 2; {@code docs/statistics.md}, "Funnel-plot limits").
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class FunnelPeer {

  /** The longest area code accepted. */
  static final int MAX_CODE = 40;

  FunnelPeer() {}

  /**
   * Gets the indicator the figures are of, such as {@code asb-incidents}.
   *
   * @return the indicator id, not null
   */
  public abstract String indicatorId();

  /**
   * Gets the area's code, such as an LSOA code {@code E01020140}: one word of at most 40 characters,
   * never a person's name.
   *
   * @return the code, not null
   */
  public abstract String areaCode();

  /**
   * Gets the area's events in the follow-up window.
   *
   * @return the events, finite and 0 or more
   */
  public abstract double events();

  /**
   * Gets the area's person-years in the follow-up window: mean population times the years covered.
   *
   * @return the person-years, finite and above 0
   */
  public abstract double personYears();

  /**
   * Gets a peer area.
   *
   * @param indicatorId  the indicator id, not blank
   * @param areaCode  the area's code: one word (no spaces) of 1 to 40 characters
   * @param events  its events in the follow-up window, finite and 0 or more
   * @param personYears  its person-years in the follow-up window, finite and above 0
   * @return the peer, not null
   * @throws InvalidValueException naming the field and its value when one is out of range
   */
  public static FunnelPeer of(String indicatorId, String areaCode, double events, double personYears) {
    return ImmutableFunnelPeer.builder().indicatorId(indicatorId).areaCode(areaCode).events(events)
        .personYears(personYears).build();
  }

  /**
   * Gets the peers of each of the report's indicators from observations: each area's events and
   * person-years over the report's follow-up window (already bounded by its as-of date, so no data
   * after it are read), totalled as the evaluation totals the neighbourhood's. An area without a
   * whole denominator or without any period in the window is left out for that indicator, as is an
   * area that is the comparator's own code.
   *
   * @param report  the report whose follow-up window and indicators are used, not null
   * @param source  the observations, not null
   * @param vintage  the boundary vintage of the area codes, not null
   * @param areaCodes  the peer areas' codes, not null
   * @return the peers, by indicator then in the order of the codes; empty without a follow-up window
   * @throws InvalidValueException naming {@code areaCodes[i]} when a code is not a GSS area code
   */
  public static List<FunnelPeer> fromObservations(EvaluationReport report, ObservationSource source,
      BoundaryVintage vintage, List<String> areaCodes) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(vintage, "vintage");
    Objects.requireNonNull(areaCodes, "areaCodes");
    List<FunnelPeer> out = new ArrayList<>();
    if (report.followUp().isEmpty()) {
      return out;
    }
    StudyWindow followUp = report.followUp().get();
    Collection<String> ids = report.indicatorChanges().stream().map(c -> c.indicator().id()).toList();
    List<List<IndicatorSeries>> byArea = new ArrayList<>();
    for (int i = 0; i < areaCodes.size(); i++) {
      String code = Objects.requireNonNull(areaCodes.get(i), "areaCodes[" + i + "]");
      AreaCode.of(code, "areaCodes[" + i + "]");
      Neighbourhood area = Neighbourhood.of("peer-" + i, "peer area " + i, code);
      byArea.add(IndicatorAggregation.aggregate(source, area, vintage, ids).series());
    }
    for (String id : ids) {
      for (int i = 0; i < areaCodes.size(); i++) {
        for (IndicatorSeries s : byArea.get(i)) {
          if (s.indicatorId().equals(id)) {
            WindowTotals t = s.totals(followUp);
            double years = IndicatorChange.coveredYears(t);
            if (t.denominator().isPresent() && !t.periods().isEmpty() && years > 0) {
              double personYears = t.denominator().getAsDouble() / t.periods().size() * years;
              if (personYears > 0) {
                out.add(of(id, areaCodes.get(i), t.numerator(), personYears));
              }
            }
          }
        }
      }
    }
    return out;
  }

  @Value.Check
  void check() {
    if (indicatorId().isBlank()) {
      throw InvalidValueException.of("indicatorId", "must not be blank", indicatorId());
    }
    String code = areaCode();
    if (code.isEmpty() || code.length() > MAX_CODE || code.codePoints().anyMatch(c -> Character.isWhitespace(c)
        || Character.isISOControl(c) || Character.isSpaceChar(c))) {
      throw InvalidValueException.of("areaCode", "must be one word (an area's code, never a person's name) of 1 to "
          + MAX_CODE + " characters", code);
    }
    if (!(events() >= 0) || Double.isInfinite(events())) {
      throw InvalidValueException.of("events", "must be a finite number greater than or equal to zero", events());
    }
    if (!(personYears() > 0) || Double.isInfinite(personYears())) {
      throw InvalidValueException.of("personYears", "must be a finite number greater than zero", personYears());
    }
  }

  /**
   * Returns the peer by code and figures.
   *
   * @return such as {@code FunnelPeer asb-incidents E01020140: 120 events over 3,000 person-years}
   */
  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, "FunnelPeer %s %s: %s events over %,.0f person-years", indicatorId(),
        areaCode(), events(), personYears());
  }
}
