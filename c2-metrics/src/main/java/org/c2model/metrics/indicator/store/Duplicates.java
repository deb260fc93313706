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
      int first = firstWithKey(s, key(s, row));
      throw InvalidValueException.of("observations[" + row + "]", "must not repeat the area, vintage, indicator "
          + "and period of observations[" + first + "]", s.observation(row));
    }
  }

  private static long key(ColumnarObservations s, int row) {
    int c = row / ColumnarObservations.CHUNK;
    int i = row % ColumnarObservations.CHUNK;
    return ((long) s.area[c][i] << 32) | ((long) s.indicator[c][i] << 16) | s.period[c][i];
  }

  /** Returns the first row whose key was already seen, or -1. */
  private static int byBitmap(ColumnarObservations s, long keys) {
    long[] seen = new long[(int) ((keys + 63) >>> 6)];
    long ni = s.indicatorIds.length;
    long np = s.periods.length;
    for (int c = 0; c < s.area.length; c++) {
      int[] a = s.area[c];
      char[] ind = s.indicator[c];
      char[] p = s.period[c];
      for (int i = 0; i < a.length; i++) {
        long bit = (a[i] * ni + ind[i]) * np + p[i];
        int word = (int) (bit >>> 6);
        long mask = 1L << bit;
        if ((seen[word] & mask) != 0) {
          return c * ColumnarObservations.CHUNK + i;
        }
        seen[word] |= mask;
      }
    }
    return -1;
  }

  /** Returns a row whose key another row shares, or -1. */
  private static int bySorting(ColumnarObservations s) {
    long[] keys = new long[s.size];
    for (int row = 0; row < s.size; row++) {
      keys[row] = key(s, row);
    }
    Arrays.parallelSort(keys);
    for (int i = 1; i < keys.length; i++) {
      if (keys[i] == keys[i - 1]) {
        int first = firstWithKey(s, keys[i]);
        for (int row = first + 1; row < s.size; row++) {
          if (key(s, row) == keys[i]) {
            return row;
          }
        }
      }
    }
    return -1;
  }

  private static int firstWithKey(ColumnarObservations s, long key) {
    for (int row = 0; row < s.size; row++) {
      if (key(s, row) == key) {
        return row;
      }
    }
    throw new IllegalStateException("key not found");
  }
}
