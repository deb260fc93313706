package org.c2model.metrics.indicator.store;

import java.util.Arrays;
import org.c2model.core.InvalidValueException;

/**
 * Finds two observations with the same area, vintage, indicator and period in a store: with a bit
 * per possible key when the dictionaries are small enough (one pass, no sorting), else by sorting
 * packed keys. Both use transient memory of at most 8 bytes per observation.
 */
final class Duplicates {

  private Duplicates() {}

  static void check(ColumnarObservations s) {
    long keys = (long) s.areaCodes.length * s.indicatorIds.length * s.periods.length;
    long limit = Math.min(Math.max(1L << 26, 64L * s.size), 1L << 34);
    int row = keys <= limit ? byBitmap(s, keys) : bySorting(s);
    if (row >= 0) {
      int first = firstWithKey(keys(s), key(s, row));
      throw InvalidValueException.of("observations[" + row + "]", "must not repeat the area, vintage, indicator "
          + "and period of observations[" + first + "]", s.observation(row));
    }
  }

  private static long key(ColumnarObservations s, int row) {
    Chunk c = s.chunks[row / ColumnarObservations.CHUNK];
    int i = row % ColumnarObservations.CHUNK;
    int run = c.runOf(i);
    return key(c.runArea[run], c.indicator(i), c.runPeriod[run]);
  }

  private static long key(int area, int indicator, int period) {
    return ((long) area << 32) | ((long) indicator << 16) | period;
  }

  /** Writes the key of every row, in append order. */
  private static long[] keys(ColumnarObservations s) {
    long[] keys = new long[s.size];
    int k = 0;
    for (Chunk c : s.chunks) {
      for (int run = 0, row = 0; run < c.runs; run++) {
        for (; row < c.runEnd[run]; row++) {
          keys[k++] = key(c.runArea[run], c.indicator(row), c.runPeriod[run]);
        }
      }
    }
    return keys;
  }

  /** Returns the first row whose key was already seen, or -1. */
  private static int byBitmap(ColumnarObservations s, long keys) {
    long[] seen = new long[(int) ((keys + 63) >>> 6)];
    long ni = s.indicatorIds.length;
    long np = s.periods.length;
    for (int k = 0; k < s.chunks.length; k++) {
      Chunk c = s.chunks[k];
      for (int run = 0, row = 0; run < c.runs; run++) {
        long areaPeriod = c.runArea[run] * ni * np + c.runPeriod[run];
        for (; row < c.runEnd[run]; row++) {
          long bit = areaPeriod + c.indicator(row) * np;
          int word = (int) (bit >>> 6);
          long mask = 1L << bit;
          if ((seen[word] & mask) != 0) {
            return k * ColumnarObservations.CHUNK + row;
          }
          seen[word] |= mask;
        }
      }
    }
    return -1;
  }

  /** Returns a row whose key another row shares, or -1. */
  private static int bySorting(ColumnarObservations s) {
    long[] keys = keys(s);
    Arrays.parallelSort(keys);
    for (int i = 1; i < keys.length; i++) {
      if (keys[i] == keys[i - 1]) {
        long[] inOrder = keys(s);
        int first = firstWithKey(inOrder, keys[i]);
        for (int row = first + 1; row < s.size; row++) {
          if (inOrder[row] == keys[i]) {
            return row;
          }
        }
      }
    }
    return -1;
  }

  private static int firstWithKey(long[] keys, long key) {
    for (int row = 0; row < keys.length; row++) {
      if (keys[row] == key) {
        return row;
      }
    }
    throw new IllegalStateException("key not found");
  }
}
