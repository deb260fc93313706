package org.c2model.metrics.indicator.store;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.c2model.core.place.AreaCode;
import org.c2model.core.place.Neighbourhood;
import org.c2model.metrics.indicator.ReportingPeriod;

/**
 * The one-pass screening scan over the compressed columns ({@link Chunk}): the chunks are split into
 * as many parts as there are processors, each summed into its own accumulators, which are then added.
 * <p>
 * Cells are indexed {@code ((neighbourhood * indicators) + indicator) * 2 + window}, window 0 the
 * baseline and 1 the follow-up. Per run of one area and period, two table look-ups (area to
 * neighbourhood offset, period to window) decide whether its rows count at all, so runs outside the
 * neighbourhoods and windows are skipped whole; per row, one look-up (indicator to slot) and four
 * additions, reading two bytes.
 * <p>
 * A run that holds every indicator of the store once (the store has no duplicate keys, so a run as
 * long as the indicator dictionary is such a run) with one shared denominator adds the same
 * denominator, observation count and denominator count to each of its cells: those are summed once
 * per run, by neighbourhood and window, and spread over the indicators at the end, leaving one
 * addition per row. When the chunk's runs hold their indicators in dictionary order (as loaders
 * write them), such a run's row {@code d} is indicator {@code d}: only the queried rows are read.
 */
final class Screening {

  private final ColumnarObservations store;
  private final ScreeningQuery query;
  private final int[] areaBase;
  private final int[] indicatorSlot;
  private final int[] periodWindow;
  private final int cells;
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
    this.cells = query.neighbourhoods().size() * indicators * 2;
    Map<AreaCode, Integer> neighbourhoodOf = new HashMap<>();
    List<Neighbourhood> ns = query.neighbourhoods();
    for (int n = 0; n < ns.size(); n++) {
      for (AreaCode a : ns.get(n).areaCodes()) {
        neighbourhoodOf.put(a, n);
      }
    }
    areaBase = new int[store.areaCodes.length];
    for (int a = 0; a < areaBase.length; a++) {
      Integer n = store.areaVintages[a].equals(query.vintage()) ? neighbourhoodOf.get(store.areaCodes[a]) : null;
      areaBase[a] = n == null ? -1 : n * indicators * 2;
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
        .reduce(Sums::plus).orElseGet(() -> new Sums(cells));
    long[] numerator = new long[cells];
    long[] denominator = new long[cells];
    int[] observations = new int[cells];
    int[] withDenominator = new int[cells];
    // the complete runs' per-run sums, spread over every queried indicator of their cells
    for (int offset = 0; offset < cells; offset++) {
      if (sums.completeRuns[offset] == 0) {
        continue;
      }
      for (int d : queried) {
        int cell = (offset + indicatorSlot[d]) << 1;
        sums.totals[cell + 1] += sums.completeDenominator[offset];
        sums.counts[cell] += sums.completeRuns[offset];
        sums.counts[cell + 1] += sums.completeWithDenominator[offset];
      }
    }
    for (int c = 0; c < cells; c++) {
      numerator[c] = sums.totals[2 * c];
      denominator[c] = sums.totals[2 * c + 1];
      observations[c] = sums.counts[2 * c];
      withDenominator[c] = sums.counts[2 * c + 1];
    }
    return new ScreeningResult(store, query, numerator, denominator, observations, withDenominator);
  }

  private Sums scan(int fromChunk, int toChunk) {
    Sums s = new Sums(cells);
    long[] totals = s.totals;
    int[] counts = s.counts;
    int[] areaBase = this.areaBase;
    int[] indicatorSlot = this.indicatorSlot;
    int[] periodWindow = this.periodWindow;
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
        int base = areaBase[runArea[run]];
        int window = periodWindow[runPeriod[run]];
        if ((base | window) < 0) {
          continue;
        }
        int offset = base + window;
        int end = runEnd[run];
        int shared = runDenominator[run];
        if (shared < 0) {
          // observations with their own denominators: the general path
          for (int i = start; i < end; i++) {
            int slot = indicatorSlot[c.indicator(i)];
            if (slot >= 0) {
              add(totals, counts, (offset + slot) << 1, c.numerator(i), c.denominator(run, i));
            }
          }
          continue;
        }
        int withDenominator = -shared >>> 31;
        if (end - start == complete) {
          s.completeRuns[offset]++;
          s.completeDenominator[offset] += shared;
          s.completeWithDenominator[offset] += withDenominator;
          if (c.ordered && everyInOrder) {
            // row start + d is indicator d, asked for in slot 2d: cell 2 offset + 4d, no look-up
            for (int d = 0, cell = offset << 1; d < complete; d++, cell += 4) {
              int num = numerator[start + d] & 0xFF;
              totals[cell] += num == Chunk.ESCAPE ? c.numerator(start + d) : num;
            }
            continue;
          }
          if (c.ordered) {
            // row start + d is indicator d: only the queried rows are read, no indicator byte
            for (int q = 0; q < queried.length; q++) {
              int row = start + queried[q];
              int num = numerator[row] & 0xFF;
              totals[(offset + queriedSlot[q]) << 1] += num == Chunk.ESCAPE ? c.numerator(row) : num;
            }
            continue;
          }
          for (int i = start; i < end; i++) {
            int ind = indicator[i] & 0xFF;
            int slot = indicatorSlot[ind == Chunk.ESCAPE ? c.indicator(i) : ind];
            if (slot >= 0) {
              int num = numerator[i] & 0xFF;
              totals[(offset + slot) << 1] += num == Chunk.ESCAPE ? c.numerator(i) : num;
            }
          }
          continue;
        }
        for (int i = start; i < end; i++) {
          int ind = indicator[i] & 0xFF;
          int slot = indicatorSlot[ind == Chunk.ESCAPE ? c.indicator(i) : ind];
          if (slot < 0) {
            continue;
          }
          int num = numerator[i] & 0xFF;
          if (num == Chunk.ESCAPE) {
            num = c.numerator(i);
          }
          // numerator and denominator side by side, so one cache line serves both
          int cell = (offset + slot) << 1;
          totals[cell] += num;
          totals[cell + 1] += shared;
          counts[cell]++;
          counts[cell + 1] += withDenominator;
        }
      }
    }
    return s;
  }

  private static void add(long[] totals, int[] counts, int cell, int numerator, int denominator) {
    totals[cell] += numerator;
    totals[cell + 1] += denominator;
    counts[cell]++;
    counts[cell + 1] += -denominator >>> 31;
  }

  /**
   * Per-cell accumulators: totals holds numerator then denominator, counts observations then those
   * with a denominator; and per neighbourhood and window ({@code base + window}), the complete runs'
   * count, denominator total and count of those with a denominator, not yet in the cells.
   */
  private static final class Sums {
    final long[] totals;
    final int[] counts;
    final int[] completeRuns;
    final long[] completeDenominator;
    final int[] completeWithDenominator;

    Sums(int cells) {
      totals = new long[2 * cells];
      counts = new int[2 * cells];
      completeRuns = new int[cells];
      completeDenominator = new long[cells];
      completeWithDenominator = new int[cells];
    }

    Sums plus(Sums o) {
      for (int i = 0; i < totals.length; i++) {
        totals[i] += o.totals[i];
        counts[i] += o.counts[i];
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
