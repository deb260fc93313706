package org.c2model.spark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.c2model.core.InvalidValueException;
import org.c2model.core.outcome.LongTermIndicator;
import org.c2model.core.place.Neighbourhood;
import org.c2model.metrics.evaluation.IndicatorChange;
import org.c2model.metrics.indicator.WindowComparison;
import org.c2model.metrics.indicator.store.ScreeningQuery;

/**
 * The answer of a {@link SparkScreening}: per neighbourhood and indicator, the baseline and
 * follow-up totals and crude rates, and on request the change and the comparator difference that
 * c2-metrics' {@link IndicatorChange} computes from them.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class SparkScreeningResult {

  private final ScreeningQuery query;
  private final Optional<Neighbourhood> comparator;
  private final Map<List<String>, ScreenedIndicator> rows;
  private final Map<String, ScreenedIndicator> comparatorRows;

  SparkScreeningResult(ScreeningQuery query, Optional<Neighbourhood> comparator, List<ScreenedIndicator> rows,
      List<ScreenedIndicator> comparatorRows) {
    this.query = query;
    this.comparator = comparator;
    Map<List<String>, ScreenedIndicator> byKey = new LinkedHashMap<>();
    rows.forEach(r -> byKey.put(List.of(r.neighbourhoodId(), r.indicatorId()), r));
    this.rows = byKey;
    Map<String, ScreenedIndicator> byIndicator = new LinkedHashMap<>();
    comparatorRows.forEach(r -> byIndicator.put(r.indicatorId(), r));
    this.comparatorRows = byIndicator;
  }

  /**
   * Gets the query answered.
   *
   * @return the query, not null
   */
  public ScreeningQuery query() {
    return query;
  }

  /**
   * Gets the comparator, whose totals every change is compared with.
   *
   * @return the comparator, empty without one
   */
  public Optional<Neighbourhood> comparator() {
    return comparator;
  }

  /**
   * Gets every row, by neighbourhood then indicator in query order.
   *
   * @return the rows, not null
   */
  public List<ScreenedIndicator> rows() {
    return List.copyOf(rows.values());
  }

  /**
   * Gets the row of a neighbourhood and indicator.
   *
   * @param neighbourhoodId  the neighbourhood's id, not null
   * @param indicatorId  the indicator's id, not null
   * @return the row, not null
   * @throws InvalidValueException if the query has no such neighbourhood or indicator
   */
  public ScreenedIndicator row(String neighbourhoodId, String indicatorId) {
    Objects.requireNonNull(neighbourhoodId, "neighbourhoodId");
    Objects.requireNonNull(indicatorId, "indicatorId");
    ScreenedIndicator r = rows.get(List.of(neighbourhoodId, indicatorId));
    if (r == null) {
      throw InvalidValueException.of("neighbourhoodId, indicatorId", "must be in the query",
          "'" + neighbourhoodId + "', '" + indicatorId + "'");
    }
    return r;
  }

  /**
   * Gets the comparator's totals of an indicator.
   *
   * @param indicatorId  the indicator's id, not null
   * @return the comparator's row, empty without a comparator
   * @throws InvalidValueException if the query has no such indicator
   */
  public Optional<ScreenedIndicator> comparatorRow(String indicatorId) {
    Objects.requireNonNull(indicatorId, "indicatorId");
    if (!query.indicatorIds().contains(indicatorId)) {
      throw InvalidValueException.of("indicatorId", "must be in the query", "'" + indicatorId + "'");
    }
    return Optional.ofNullable(comparatorRows.get(indicatorId));
  }

  /**
   * Computes the change of a neighbourhood's indicator, against the comparator when there is one,
   * with c2-metrics' {@link IndicatorChange#of(LongTermIndicator, WindowComparison, Optional, double,
   * org.c2model.metrics.stats.ConfidenceLevel, double)} on the totals Spark summed, at the query's
   * multiplier and confidence.
   *
   * @param neighbourhoodId  the neighbourhood's id, not null
   * @param indicator  the indicator, whose id is in the query, not null
   * @param yearsAfterStart  the years from the partnership's formalisation to the end of the
   *     follow-up (positive infinity to judge regardless of the indicator's horizon); not NaN
   * @return the change, not null
   * @throws InvalidValueException if the query has no such neighbourhood or indicator, or the years
   *     are NaN
   */
  public IndicatorChange change(String neighbourhoodId, LongTermIndicator indicator, double yearsAfterStart) {
    Objects.requireNonNull(indicator, "indicator");
    ScreenedIndicator target = row(neighbourhoodId, indicator.id());
    return IndicatorChange.of(indicator, target.totals(), comparatorRow(indicator.id()).map(ScreenedIndicator::totals),
        query.multiplier(), query.confidence(), yearsAfterStart);
  }

  /**
   * Computes the change of every neighbourhood's indicators, as {@link #change} does, for the
   * indicators of the query that the catalogue given holds.
   *
   * @param indicators  the indicators, not null
   * @param yearsAfterStart  as for {@link #change}
   * @return the changes, by neighbourhood then indicator in query order, not null
   */
  public List<IndicatorChange> changes(List<LongTermIndicator> indicators, double yearsAfterStart) {
    Objects.requireNonNull(indicators, "indicators");
    List<IndicatorChange> out = new ArrayList<>();
    for (Neighbourhood n : query.neighbourhoods()) {
      for (String id : query.indicatorIds()) {
        for (LongTermIndicator i : indicators) {
          if (i.id().equals(id)) {
            out.add(change(n.id(), i, yearsAfterStart));
          }
        }
      }
    }
    return out;
  }

  /**
   * Returns a summary with counts only.
   *
   * @return the summary, not null
   */
  @Override
  public String toString() {
    return "SparkScreeningResult (" + query.neighbourhoods().size() + " neighbourhoods x "
        + query.indicatorIds().size() + " indicators" + (comparator.isPresent() ? ", comparator "
        + comparator.get().id() : "") + ")";
  }
}
