package org.c2model.metrics.indicator.store;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.c2model.core.InvalidValueException;
import org.c2model.core.place.Neighbourhood;
import org.c2model.core.rule.Finding;
import org.c2model.core.rule.Path;
import org.c2model.core.rule.Severity;
import org.c2model.metrics.indicator.IndicatorAggregation;
import org.c2model.metrics.indicator.ReportingPeriod;
import org.c2model.metrics.indicator.StudyWindow;
import org.c2model.metrics.stats.ConfidenceLevel;
import org.c2model.metrics.stats.Rates;

/**
 * The totals and crude rates of a screening: for each neighbourhood and indicator of a
 * {@link ScreeningQuery}, the baseline and follow-up sums, and rates with Byar's intervals (exact
 * below 10 events), computed as {@link Rates#crude(double, double, double,
 * org.c2model.metrics.stats.ConfidenceLevel)} does.
 * <p>
 * Bulk callers read the numbers by index, {@code rate(n, i, Window.FOLLOW_UP)}; {@link #row} and
 * {@link #rows()} give the same numbers as values with full {@code Estimate}s. Where an indicator's
 * periods overlap inside a window (months and quarters of the same data, say), both are summed and
 * {@link #findings()} holds an {@link IndicatorAggregation#OVERLAPPING_DATA} error for it.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class ScreeningResult {

  /** The two windows of a screening. */
  public enum Window {
    /** The baseline window. */
    BASELINE,
    /** The follow-up window. */
    FOLLOW_UP
  }

  /** The fewest cells worth a part of their own when computing rates in parallel. */
  private static final int RATE_CELLS_PER_PART = 4096;

  private final ScreeningQuery query;
  private final long[] numerator;
  private final long[] denominator;
  private final int[] observations;
  private final boolean[] hasDenominator;
  private final double[] rate;
  private final double[] lower;
  private final double[] upper;
  /** Per indicator and window, the indicator's periods straddling the window. */
  private final List<List<List<ReportingPeriod>>> straddling = new ArrayList<>();
  private final List<Finding> findings = new ArrayList<>();

  ScreeningResult(ColumnarObservations store, ScreeningQuery query, long[] numerator, long[] denominator,
      int[] observations, int[] withDenominator) {
    this.query = query;
    this.numerator = numerator;
    this.denominator = denominator;
    this.observations = observations;
    int cells = numerator.length;
    hasDenominator = new boolean[cells];
    rate = new double[cells];
    lower = new double[cells];
    upper = new double[cells];
    // the limits cost more than the scan's additions: on all processors, in ranges of cells
    int parts = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), cells / RATE_CELLS_PER_PART));
    IntStream.range(0, parts).parallel().forEach(p -> rates(withDenominator, (int) ((long) cells * p / parts),
        (int) ((long) cells * (p + 1) / parts)));
    for (String id : query.indicatorIds()) {
      BitSet present = store.periodsOf(id);
      List<ReportingPeriod> periods = present.stream().mapToObj(p -> store.periods[p]).sorted()
          .collect(Collectors.toList());
      List<List<ReportingPeriod>> byWindow = new ArrayList<>();
      for (StudyWindow w : List.of(query.baseline(), query.followUp())) {
        byWindow.add(periods.stream().filter(w::straddles).collect(Collectors.toUnmodifiableList()));
        ReportingPeriod previous = null;
        for (ReportingPeriod p : periods) {
          if (!w.contains(p)) {
            continue;
          }
          if (previous != null && previous.overlaps(p)) {
            findings.add(Finding.builder().ruleId(IndicatorAggregation.OVERLAPPING_DATA).severity(Severity.ERROR)
                .path(Path.of("indicators", id)).date(p.start())
                .message("periods " + previous + " and " + p + " overlap in window " + w
                    + "; totals over both count the same days twice")
                .putArgs("periods", previous + "," + p).build());
          }
          previous = previous == null || p.end().isAfter(previous.end()) ? p : previous;
        }
      }
      straddling.add(byWindow);
    }
  }

  /** Computes the rates and limits of cells {@code [from, to)}. */
  private void rates(int[] withDenominator, int from, int to) {
    double multiplier = query.multiplier();
    ConfidenceLevel confidence = query.confidence();
    for (int c = from; c < to; c++) {
      hasDenominator[c] = observations[c] > 0 && withDenominator[c] == observations[c];
      if (!hasDenominator[c]) {
        rate[c] = lower[c] = upper[c] = Double.NaN;
        continue;
      }
      double events = numerator[c];
      double scale = multiplier / denominator[c];
      rate[c] = events * scale;
      if (events < Rates.BYARS_MINIMUM_COUNT) {
        lower[c] = Rates.exactLower(events, confidence) * scale;
        upper[c] = Rates.exactUpper(events, confidence) * scale;
      } else {
        lower[c] = Rates.byarsLower(events, confidence).orElse(Double.NaN) * scale;
        upper[c] = Rates.byarsUpper(events, confidence) * scale;
      }
    }
  }

  /**
   * Gets the query answered.
   *
   * @return the query, not null
   */
  public ScreeningQuery query() {
    return query;
  }

  private int cell(int neighbourhood, int indicator, Window window) {
    Objects.checkIndex(neighbourhood, query.neighbourhoods().size());
    Objects.checkIndex(indicator, query.indicatorIds().size());
    return (neighbourhood * query.indicatorIds().size() + indicator) * 2 + window.ordinal();
  }

  /**
   * Gets the numerator of a neighbourhood and indicator summed over a window.
   *
   * @param neighbourhood  the neighbourhood's index in the query
   * @param indicator  the indicator's index in the query
   * @param window  the window, not null
   * @return the total, zero or more
   * @throws IndexOutOfBoundsException if an index is out of range
   */
  public long numerator(int neighbourhood, int indicator, Window window) {
    return numerator[cell(neighbourhood, indicator, window)];
  }

  /**
   * Gets the denominator of a neighbourhood and indicator summed over a window, present when every
   * summed observation has one and there is at least one.
   *
   * @param neighbourhood  the neighbourhood's index in the query
   * @param indicator  the indicator's index in the query
   * @param window  the window, not null
   * @return the total, positive when present
   * @throws IndexOutOfBoundsException if an index is out of range
   */
  public OptionalDouble denominator(int neighbourhood, int indicator, Window window) {
    int c = cell(neighbourhood, indicator, window);
    return hasDenominator[c] ? OptionalDouble.of(denominator[c]) : OptionalDouble.empty();
  }

  /**
   * Gets the number of observations summed for a neighbourhood and indicator over a window.
   *
   * @param neighbourhood  the neighbourhood's index in the query
   * @param indicator  the indicator's index in the query
   * @param window  the window, not null
   * @return the count, zero or more
   * @throws IndexOutOfBoundsException if an index is out of range
   */
  public int observations(int neighbourhood, int indicator, Window window) {
    return observations[cell(neighbourhood, indicator, window)];
  }

  /**
   * Gets the crude rate per multiplier: numerator / denominator × multiplier.
   *
   * @param neighbourhood  the neighbourhood's index in the query
   * @param indicator  the indicator's index in the query
   * @param window  the window, not null
   * @return the rate, NaN without a denominator
   * @throws IndexOutOfBoundsException if an index is out of range
   */
  public double rate(int neighbourhood, int indicator, Window window) {
    return rate[cell(neighbourhood, indicator, window)];
  }

  /**
   * Gets the lower confidence limit of the rate: Byar's from 10 events, exact below.
   *
   * @param neighbourhood  the neighbourhood's index in the query
   * @param indicator  the indicator's index in the query
   * @param window  the window, not null
   * @return the limit, NaN without a denominator or where Byar's is undefined
   * @throws IndexOutOfBoundsException if an index is out of range
   */
  public double lower(int neighbourhood, int indicator, Window window) {
    return lower[cell(neighbourhood, indicator, window)];
  }

  /**
   * Gets the upper confidence limit of the rate: Byar's from 10 events, exact below.
   *
   * @param neighbourhood  the neighbourhood's index in the query
   * @param indicator  the indicator's index in the query
   * @param window  the window, not null
   * @return the limit, NaN without a denominator
   * @throws IndexOutOfBoundsException if an index is out of range
   */
  public double upper(int neighbourhood, int indicator, Window window) {
    return upper[cell(neighbourhood, indicator, window)];
  }

  /**
   * Gets the row of a neighbourhood and indicator.
   *
   * @param neighbourhoodId  the neighbourhood's id, not null
   * @param indicatorId  the indicator's id, not null
   * @return the row, not null
   * @throws InvalidValueException if the query has no such neighbourhood or indicator
   */
  public ScreeningRow row(String neighbourhoodId, String indicatorId) {
    Objects.requireNonNull(neighbourhoodId, "neighbourhoodId");
    Objects.requireNonNull(indicatorId, "indicatorId");
    List<String> ids = query.neighbourhoods().stream().map(Neighbourhood::id).collect(Collectors.toList());
    int n = ids.indexOf(neighbourhoodId);
    if (n < 0) {
      throw InvalidValueException.of("neighbourhoodId", "must be in the query", "'" + neighbourhoodId + "'");
    }
    int i = query.indicatorIds().indexOf(indicatorId);
    if (i < 0) {
      throw InvalidValueException.of("indicatorId", "must be in the query", "'" + indicatorId + "'");
    }
    return row(n, i);
  }

  /**
   * Gets every row, by neighbourhood then indicator in query order.
   *
   * @return the rows, not null
   */
  public List<ScreeningRow> rows() {
    List<ScreeningRow> rows = new ArrayList<>();
    for (int n = 0; n < query.neighbourhoods().size(); n++) {
      for (int i = 0; i < query.indicatorIds().size(); i++) {
        rows.add(row(n, i));
      }
    }
    return rows;
  }

  private ScreeningRow row(int n, int i) {
    return ImmutableScreeningRow.builder().neighbourhoodId(query.neighbourhoods().get(n).id())
        .indicatorId(query.indicatorIds().get(i)).baseline(windowRate(n, i, Window.BASELINE))
        .followUp(windowRate(n, i, Window.FOLLOW_UP)).build();
  }

  private WindowRate windowRate(int n, int i, Window w) {
    int c = cell(n, i, w);
    return ImmutableWindowRate.builder().window(w == Window.BASELINE ? query.baseline() : query.followUp())
        .observations(observations[c]).numerator(numerator[c]).denominator(denominator(n, i, w))
        .rate(Rates.crude(numerator[c], hasDenominator[c] ? denominator[c] : Double.NaN, query.multiplier(),
            query.confidence()))
        .straddlingPeriods(straddling.get(i).get(w.ordinal())).build();
  }

  /**
   * Gets the findings: overlapping periods summed in a window, per indicator.
   *
   * @return the findings, in indicator then window order, not null
   */
  public List<Finding> findings() {
    return List.copyOf(findings);
  }

  /**
   * Returns a summary and the first rows, such as
   * {@code ScreeningResult (1000 neighbourhoods x 25 indicators, 0 findings)} followed by a table.
   *
   * @return the summary, not null
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
        "ScreeningResult (%d neighbourhoods x %d indicators, %s to %s, rates per %s, %d findings)%n",
        query.neighbourhoods().size(), query.indicatorIds().size(), query.baseline(), query.followUp(),
        query.multiplier(), findings.size()));
    sb.append(String.format(Locale.ROOT, "  %-16s %-24s %12s %10s %12s %10s%n", "neighbourhood", "indicator",
        "baseline", "rate", "follow-up", "rate"));
    int shown = 0;
    for (int n = 0; n < query.neighbourhoods().size() && shown < 10; n++) {
      for (int i = 0; i < query.indicatorIds().size() && shown < 10; i++, shown++) {
        sb.append(String.format(Locale.ROOT, "  %-16s %-24s %12d %10.3f %12d %10.3f%n",
            query.neighbourhoods().get(n).id(), query.indicatorIds().get(i), numerator(n, i, Window.BASELINE),
            rate(n, i, Window.BASELINE), numerator(n, i, Window.FOLLOW_UP), rate(n, i, Window.FOLLOW_UP)));
      }
    }
    int total = query.neighbourhoods().size() * query.indicatorIds().size();
    if (total > shown) {
      sb.append("  ... ").append(total - shown).append(" more rows\n");
    }
    return sb.toString();
  }
}
