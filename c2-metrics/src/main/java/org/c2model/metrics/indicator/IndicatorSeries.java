package org.c2model.metrics.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * One indicator's values for a whole neighbourhood, one point per period in period order, such as
 * monthly anti-social behaviour incidents on the Townstal estate (<i>Positively Local</i> sec. 5;
 * {@code docs/c2-model.md} section 5).
 * <p>
 * Built by {@link IndicatorAggregation}; any data it could not sum honestly is reported in the
 * findings of the {@link NeighbourhoodIndicators} that holds the series.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class IndicatorSeries {

  IndicatorSeries() {}

  /**
   * Gets the indicator's id.
   *
   * @return the id, not null
   */
  public abstract String indicatorId();

  /**
   * Gets the boundary vintage the neighbourhood's areas are defined in.
   *
   * @return the vintage, not null
   */
  public abstract BoundaryVintage vintage();

  /**
   * Gets the points, in period order.
   *
   * @return the points, possibly empty, not null
   */
  public abstract List<SeriesPoint> points();

  static IndicatorSeries of(String indicatorId, BoundaryVintage vintage, List<SeriesPoint> points) {
    return ImmutableIndicatorSeries.builder().indicatorId(indicatorId).vintage(vintage).addAllPoints(points).build();
  }

  /**
   * Totals the series over a study window: periods wholly inside are summed, periods straddling a
   * boundary are listed and left out.
   *
   * @param window  the window, not null
   * @return the totals, not null
   */
  public WindowTotals totals(StudyWindow window) {
    Objects.requireNonNull(window, "window");
    double numerator = 0;
    double denominator = 0;
    boolean allDenominators = true;
    List<ReportingPeriod> periods = new ArrayList<>();
    List<ReportingPeriod> straddling = new ArrayList<>();
    for (SeriesPoint p : points()) {
      if (window.contains(p.period())) {
        periods.add(p.period());
        numerator += p.numerator();
        if (p.denominator().isPresent()) {
          denominator += p.denominator().getAsDouble();
        } else {
          allDenominators = false;
        }
      } else if (window.straddles(p.period())) {
        straddling.add(p.period());
      }
    }
    return ImmutableWindowTotals.builder().indicatorId(indicatorId()).window(window).numerator(numerator)
        .denominator(allDenominators && !periods.isEmpty() ? OptionalDouble.of(denominator) : OptionalDouble.empty())
        .periods(periods).straddlingPeriods(straddling).build();
  }

  /**
   * Compares a baseline window with a follow-up window.
   *
   * @param baseline  the baseline window, such as the 12 months before constitution, not null
   * @param followUp  the follow-up window, such as months 13 to 24 after, not null
   * @return the comparison of the two windows' totals, not null
   * @throws org.c2model.core.InvalidValueException if the windows overlap
   */
  public WindowComparison compare(StudyWindow baseline, StudyWindow followUp) {
    return WindowComparison.of(totals(baseline), totals(followUp));
  }

  /**
   * Returns the series, one point a line.
   *
   * @return the series, not null
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("IndicatorSeries " + indicatorId() + " (" + vintage() + ", "
        + points().size() + " periods)\n");
    points().forEach(p -> sb.append("  ").append(p).append('\n'));
    return sb.toString();
  }
}
