package org.c2model.metrics.indicator;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.c2model.core.InvalidValueException;
import org.c2model.core.rule.Finding;
import org.c2model.core.rule.Severity;
import org.immutables.value.Value;

/**
 * The indicator series of one neighbourhood, with findings about data that could not be summed
 * honestly, such as observations on 2011 boundaries mixed with 2021 ones and no lookup
 * (<i>Positively Local</i> sec. 5; {@code docs/c2-model.md} section 5: indicators tracked at
 * sub-ward level).
 * <p>
 * Obtained from {@link IndicatorAggregation#aggregate}. Check {@link #findings()} before using the
 * series: an {@link Severity#ERROR} means observations were left out.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class NeighbourhoodIndicators {

  NeighbourhoodIndicators() {}

  /**
   * Gets the neighbourhood's id.
   *
   * @return the id, not null
   */
  public abstract String neighbourhoodId();

  /**
   * Gets the boundary vintage the neighbourhood's areas are defined in.
   *
   * @return the vintage, not null
   */
  public abstract BoundaryVintage vintage();

  /**
   * Gets one series per indicator requested, in the order requested.
   *
   * @return the series, not null
   */
  public abstract List<IndicatorSeries> series();

  /**
   * Gets the findings about the data, in indicator order.
   *
   * @return the findings, empty when everything was summed, not null
   */
  public abstract List<Finding> findings();

  /**
   * Finds the series of an indicator.
   *
   * @param indicatorId  the indicator's id, not null
   * @return the series, empty if the indicator was not requested
   */
  public Optional<IndicatorSeries> find(String indicatorId) {
    Objects.requireNonNull(indicatorId, "indicatorId");
    return series().stream().filter(s -> s.indicatorId().equals(indicatorId)).findFirst();
  }

  /**
   * Gets the series of an indicator.
   *
   * @param indicatorId  the indicator's id, not null
   * @return the series, not null
   * @throws InvalidValueException if the indicator was not requested
   */
  public IndicatorSeries get(String indicatorId) {
    return find(indicatorId).orElseThrow(() -> InvalidValueException.of("indicatorId",
        "must be one of the aggregated indicators", "'" + indicatorId + "'"));
  }

  /**
   * Checks if any finding is an error, meaning observations were left out.
   *
   * @return true if there is an error
   */
  public boolean hasErrors() {
    return findings().stream().anyMatch(f -> f.severity() == Severity.ERROR);
  }

  /**
   * Returns a summary: each series' periods and total numerator, then the findings.
   *
   * @return the summary, not null
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("NeighbourhoodIndicators " + neighbourhoodId() + " (" + vintage() + ")\n");
    for (IndicatorSeries s : series()) {
      sb.append(String.format(java.util.Locale.ROOT, "  %-28s %3d periods, numerator %s%n", s.indicatorId(),
          s.points().size(), s.points().stream().mapToDouble(SeriesPoint::numerator).sum()));
    }
    findings().forEach(f -> sb.append("  ").append(f).append('\n'));
    return sb.toString();
  }
}
