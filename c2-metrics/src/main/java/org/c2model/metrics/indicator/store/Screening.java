package org.c2model.metrics.indicator.store;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.c2model.core.place.AreaCode;
import org.c2model.core.place.Neighbourhood;
import org.c2model.metrics.indicator.ReportingPeriod;

/**
 * The one-pass screening scan over the compressed columns ({@link Chunk}): the chunks are split into
 * as many parts as there are processors, each summed into its own accumulators, which are then added.
 * <p>
 * Cells are indexed {@code ((neighbourhood * indicators) + indicator) * 2 + window}, window 0 the
 * baseline and 1 the follow-up. The query's areas are looked up in the store's index of areas, with
 * no map built per query. Per run of one area and period, two table look-ups (area to neighbourhood,
 * period to window) decide whether its rows count at all, so runs outside the neighbourhoods and
 * windows are skipped whole; per row, one look-up (indicator to slot) and four additions, reading
 * two bytes.
 * <p>
 * A run that holds every indicator of the store once (the store has no duplicate keys, so a run as
 * long as the indicator dictionary is such a run) with one shared denominator adds the same
 * denominator, observation count and denominator count to each of its cells: those are summed once
 * per run, by neighbourhood and window, and spread over the indicators at the end, leaving one
 * addition per row. When the chunk's runs hold their indicators in dictionary order (as loaders
 * write them), such a run's row {@code d} is indicator {@code d}: only the queried rows are read.
 * Such a scan needs only a numerator total per cell; the other per-cell accumulators are made when
 * a run that is not complete first needs them, and the first part's arrays become the result's.
 */
final class Screening {

  private final ColumnarObservations store;
  private final ScreeningQuery query;
  /** Per store area, the query's neighbourhood holding it, or -1. */
  private final int[] areaNeighbourhood;
  private final int[] indicatorSlot;
  private final int[] periodWindow;
  private final int cells;
  /** Cells per neighbourhood: two per indicator. */
  private final int stride;
  /** The store's indicators that the query asks for, as dictionary indexes. */
  private final int[] queried;
  /** The slot of each of {@link #queried}. */
  private final int[] queriedSlot;
  /** Whether the query asks for every indicator of the store, in the store's order (slot 2d for indicator d). */
  private final boolean everyInOrder;

  Screening(ColumnarObservations store, ScreeningQuery query) {
    this.store = store;
    this.query = query;
    int indicators = query.indicatorIds().size();
    this.stride = indicators * 2;
    this.cells = query.neighbourhoods().size() * stride;
    areaNeighbourhood = new int[store.areaCodes.length];
    Arrays.fill(areaNeighbourhood, -1);
    List<Neighbourhood> ns = query.neighbourhoods();
    for (int n = 0; n < ns.size(); n++) {
      for (AreaCode code : ns.get(n).areaCodes()) {
        int a = store.areaIndex(code, query.vintage());
        if (a >= 0) {
          // an area listed by two neighbourhoods counts in the later one, as it always has
          areaNeighbourhood[a] = n;
        }
      }
    }
    indicatorSlot = new int[store.indicatorIds.length];
    Arrays.fill(indicatorSlot, -1);
    List<String> dictionary = Arrays.asList(store.indicatorIds);
    for (int i = 0; i < indicators; i++) {
      int d = dictionary.indexOf(query.indicatorIds().get(i));
      if (d >= 0) {
        indicatorSlot[d] = i * 2;
      }
    }
    queried = IntStream.range(0, indicatorSlot.length).filter(d -> indicatorSlot[d] >= 0).toArray();
    queriedSlot = Arrays.stream(queried).map(d -> indicatorSlot[d]).toArray();
    everyInOrder = IntStream.range(0, indicatorSlot.length).allMatch(d -> indicatorSlot[d] == 2 * d);
    periodWindow = new int[store.periods.length];
    for (int p = 0; p < periodWindow.length; p++) {
      ReportingPeriod period = store.periods[p];
      periodWindow[p] = query.baseline().contains(period) ? 0 : query.followUp().contains(period) ? 1 : -1;
    }
  }

  ScreeningResult run() {
    int chunks = store.chunks.length;
    int parts = Math.max(1, Math.min(chunks, Runtime.getRuntime().availableProcessors()));
    Sums sums = IntStream.range(0, parts).parallel()
        .mapToObj(p -> scan(chunks * p / parts, chunks * (p + 1) / parts))
        .reduce(Sums::plus).orElseGet(() -> new Sums(cells, neighbourhoodCount()));
    sums.detail();
    // the complete runs' per-run sums, spread over every queried indicator of their cells
    for (int k = 0; k < sums.completeRuns.length; k++) {
      if (sums.completeRuns[k] == 0) {
        continue;
      }
      int offset = (k >> 1) * stride + (k & 1);
      for (int d : queried) {
        int cell = offset + indicatorSlot[d];
        sums.denominator[cell] += sums.completeDenominator[k];
        sums.observations[cell] += sums.completeRuns[k];
        sums.withDenominator[cell] += sums.completeWithDenominator[k];
      }
    }
    return new ScreeningResult(store, query, sums.numerator, sums.denominator, sums.observations,
        sums.withDenominator);
  }

  /** The number of the query's neighbourhoods. */
  private int neighbourhoodCount() {
    return query.neighbourhoods().size();
  }

  private Sums scan(int fromChunk, int toChunk) {
    Sums s = new Sums(cells, neighbourhoodCount());
    long[] sumNumerator = s.numerator;
    int[] areaNeighbourhood = this.areaNeighbourhood;
    int[] indicatorSlot = this.indicatorSlot;
    int[] periodWindow = this.periodWindow;
    int stride = this.stride;
    int complete = indicatorSlot.length;
    int[] queried = this.queried;
    int[] queriedSlot = this.queriedSlot;
    boolean everyInOrder = this.everyInOrder;
    for (int k = fromChunk; k < toChunk; k++) {
      Chunk c = store.chunks[k];
      byte[] indicator = c.indicator;
      byte[] numerator = c.numerator;
      int[] runEnd = c.runEnd;
      int[] runArea = c.runArea;
      char[] runPeriod = c.runPeriod;
      int[] runDenominator = c.runDenominator;
      for (int run = 0, start = 0; run < c.runs; start = runEnd[run], run++) {
        int n = areaNeighbourhood[runArea[run]];
        int window = periodWindow[runPeriod[run]];
        if ((n | window) < 0) {
          continue;
        }
        int offset = n * stride + window;
        int end = runEnd[run];
        int shared = runDenominator[run];
        if (shared < 0) {
          // observations with their own denominators: the general path
          s.detail();
          for (int i = start; i < end; i++) {
            int slot = indicatorSlot[c.indicator(i)];
            if (slot >= 0) {
              s.add(offset + slot, c.numerator(i), c.denominator(run, i));
            }
          }
          continue;
        }
        if (end - start == complete) {
          int pair = 2 * n + window;
          s.completeRuns[pair]++;
          s.completeDenominator[pair] += shared;
          s.completeWithDenominator[pair] += -shared >>> 31;
          if (c.ordered && everyInOrder) {
            // row start + d is indicator d, asked for in slot 2d: cells 2 apart from the offset, no look-up
            for (int d = 0, cell = offset; d < complete; d++, cell += 2) {
              int num = numerator[start + d] & 0xFF;
              sumNumerator[cell] += num == Chunk.ESCAPE ? c.numerator(start + d) : num;
            }
            continue;
          }
          if (c.ordered) {
            // row start + d is indicator d: only the queried rows are read, no indicator byte
            for (int q = 0; q < queried.length; q++) {
              int row = start + queried[q];
              int num = numerator[row] & 0xFF;
              sumNumerator[offset + queriedSlot[q]] += num == Chunk.ESCAPE ? c.numerator(row) : num;
            }
            continue;
          }
          for (int i = start; i < end; i++) {
            int ind = indicator[i] & 0xFF;
            int slot = indicatorSlot[ind == Chunk.ESCAPE ? c.indicator(i) : ind];
            if (slot >= 0) {
              int num = numerator[i] & 0xFF;
              sumNumerator[offset + slot] += num == Chunk.ESCAPE ? c.numerator(i) : num;
            }
          }
          continue;
        }
        s.detail();
        for (int i = start; i < end; i++) {
          int ind = indicator[i] & 0xFF;
          int slot = indicatorSlot[ind == Chunk.ESCAPE ? c.indicator(i) : ind];
          if (slot >= 0) {
            int num = numerator[i] & 0xFF;
            s.add(offset + slot, num == Chunk.ESCAPE ? c.numerator(i) : num, shared);
          }
        }
      }
    }
    return s;
  }

  /**
   * Per-cell accumulators: the numerator totals, and (made at the first run that is not complete,
   * as most scans of loader-ordered data have none) the denominator totals, the observation counts
   * and the counts of those with a denominator; and per neighbourhood and window
   * ({@code 2 * neighbourhood + window}), the complete runs' count, denominator total and count of
   * those with a denominator, not yet in the cells.
   */
  private static final class Sums {
    final long[] numerator;
    long[] denominator;
    int[] observations;
    int[] withDenominator;
    final int[] completeRuns;
    final long[] completeDenominator;
    final int[] completeWithDenominator;

    Sums(int cells, int neighbourhoods) {
      numerator = new long[cells];
      completeRuns = new int[2 * neighbourhoods];
      completeDenominator = new long[2 * neighbourhoods];
      completeWithDenominator = new int[2 * neighbourhoods];
    }

    /** Makes the per-cell denominator and count accumulators if not yet made. */
    void detail() {
      if (denominator == null) {
        denominator = new long[numerator.length];
        observations = new int[numerator.length];
        withDenominator = new int[numerator.length];
      }
    }

    void add(int cell, int num, int den) {
      numerator[cell] += num;
      denominator[cell] += den;
      observations[cell]++;
      withDenominator[cell] += -den >>> 31;
    }

    Sums plus(Sums o) {
      for (int i = 0; i < numerator.length; i++) {
        numerator[i] += o.numerator[i];
      }
      if (o.denominator != null) {
        if (denominator == null) {
          denominator = o.denominator;
          observations = o.observations;
          withDenominator = o.withDenominator;
        } else {
          for (int i = 0; i < numerator.length; i++) {
            denominator[i] += o.denominator[i];
            observations[i] += o.observations[i];
            withDenominator[i] += o.withDenominator[i];
          }
        }
      }
      for (int i = 0; i < completeRuns.length; i++) {
        completeRuns[i] += o.completeRuns[i];
        completeDenominator[i] += o.completeDenominator[i];
        completeWithDenominator[i] += o.completeWithDenominator[i];
      }
      return this;
    }
  }
}
