package org.c2model.metrics.indicator.store;

import java.util.Arrays;

/**
 * Up to {@link ColumnarObservations#CHUNK} observations, compressed as the data allow:
 * <ul>
 *   <li><b>runs</b>: consecutive rows of the same area and period (a loader's usual order: area,
 *       then period, then indicator) share one run entry holding the area, the period, the
 *       denominator and the run's end, so the area and period are implicit per row. A run whose rows
 *       do not share one denominator (it is per area and period in most data, a population) keeps
 *       its rows' denominators in {@link #rowDenominator}, found through a negative
 *       {@link #runDenominator};</li>
 *   <li><b>indicator and numerator</b>: one byte each per row; the values 0 to 254 are held as they
 *       are and 255 is an escape to the exact value, listed by row in {@link #indicatorEscapeRow} /
 *       {@link #indicatorEscapeValue} (and the numerator's pair), found by binary search.</li>
 * </ul>
 * Monthly counts of 25 indicators per LSOA take about 2.6 bytes per observation (16 before).
 * The screening scans these arrays directly ({@link Screening}); nothing is decoded into rows.
 */
final class Chunk {

  /** The byte value that stands for "see the escape list". */
  static final int ESCAPE = 255;

  final int rows;
  final byte[] indicator;
  final byte[] numerator;
  final int[] indicatorEscapeRow;
  final int[] indicatorEscapeValue;
  final int[] numeratorEscapeRow;
  final int[] numeratorEscapeValue;
  final int runs;
  /** Per run, the row after its last (runs are contiguous from row 0). */
  final int[] runEnd;
  final int[] runArea;
  final char[] runPeriod;
  /** Per run, the denominator of all its rows (0: none), or {@code -(k + 1)}: its rows' own from {@code rowDenominator[k]}. */
  final int[] runDenominator;
  final int[] rowDenominator;
  /**
   * Whether in every run each row's indicator follows the row before it in the dictionary (a
   * loader's usual order): then a run as long as the dictionary holds indicators 0, 1, 2 ... in
   * turn, and is read without reading its indicators. A run cut by the start of the chunk may
   * start anywhere.
   */
  final boolean ordered;

  private Chunk(Builder b) {
    rows = b.rows;
    ordered = b.ordered;
    indicator = Arrays.copyOf(b.indicator, rows);
    numerator = Arrays.copyOf(b.numerator, rows);
    indicatorEscapeRow = b.indicatorEscapeRow.toArray();
    indicatorEscapeValue = b.indicatorEscapeValue.toArray();
    numeratorEscapeRow = b.numeratorEscapeRow.toArray();
    numeratorEscapeValue = b.numeratorEscapeValue.toArray();
    runs = b.runs;
    runEnd = Arrays.copyOf(b.runEnd, runs);
    runArea = Arrays.copyOf(b.runArea, runs);
    runPeriod = Arrays.copyOf(b.runPeriod, runs);
    runDenominator = Arrays.copyOf(b.runDenominator, runs);
    rowDenominator = b.rowDenominator.toArray();
  }

  /** Gets the bytes of the arrays (without object headers, about 100 bytes per chunk). */
  long bytes() {
    return 2L * rows + 4L * (indicatorEscapeRow.length + indicatorEscapeValue.length + numeratorEscapeRow.length
        + numeratorEscapeValue.length + rowDenominator.length) + 14L * runs;
  }

  int indicator(int row) {
    int v = indicator[row] & 0xFF;
    return v != ESCAPE ? v : escaped(indicatorEscapeRow, indicatorEscapeValue, row);
  }

  int numerator(int row) {
    int v = numerator[row] & 0xFF;
    return v != ESCAPE ? v : escaped(numeratorEscapeRow, numeratorEscapeValue, row);
  }

  static int escaped(int[] escapeRows, int[] escapeValues, int row) {
    return escapeValues[Arrays.binarySearch(escapeRows, row)];
  }

  /** Gets the run holding a row. */
  int runOf(int row) {
    int lo = 0;
    int hi = runs - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (runEnd[mid] <= row) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  int runStart(int run) {
    return run == 0 ? 0 : runEnd[run - 1];
  }

  int area(int row) {
    return runArea[runOf(row)];
  }

  int period(int row) {
    return runPeriod[runOf(row)];
  }

  int denominator(int row) {
    int run = runOf(row);
    return denominator(run, row);
  }

  /** Gets the denominator of a row of a given run. */
  int denominator(int run, int row) {
    int d = runDenominator[run];
    return d >= 0 ? d : rowDenominator[-d - 1 + row - runStart(run)];
  }

  /** Appends observations to one chunk, growing its arrays as rows arrive. */
  static final class Builder {
    private int rows;
    private byte[] indicator = new byte[1024];
    private byte[] numerator = new byte[1024];
    private final IntList indicatorEscapeRow = new IntList();
    private final IntList indicatorEscapeValue = new IntList();
    private final IntList numeratorEscapeRow = new IntList();
    private final IntList numeratorEscapeValue = new IntList();
    private int runs;
    private int[] runEnd = new int[64];
    private int[] runArea = new int[64];
    private char[] runPeriod = new char[64];
    private int[] runDenominator = new int[64];
    private final IntList rowDenominator = new IntList();
    private boolean ordered = true;
    private int lastIndicator;

    int rows() {
      return rows;
    }

    void append(int area, int ind, int period, int num, int den) {
      if (rows == indicator.length) {
        int n = (int) Math.min(ColumnarObservations.CHUNK, 2L * rows);
        indicator = Arrays.copyOf(indicator, n);
        numerator = Arrays.copyOf(numerator, n);
      }
      int run = runs - 1;
      if (run < 0 || runArea[run] != area || runPeriod[run] != period) {
        run = newRun(area, period, den);
      } else if (runDenominator[run] < 0) {
        rowDenominator.add(den);
      } else if (runDenominator[run] != den) {
        // the run's rows differ in denominator: give each row its own from here on
        int shared = runDenominator[run];
        runDenominator[run] = -(rowDenominator.size() + 1);
        for (int r = runStart(run); r < rows; r++) {
          rowDenominator.add(shared);
        }
        rowDenominator.add(den);
      }
      ordered &= rows == runStart(run) || ind == lastIndicator + 1;
      lastIndicator = ind;
      put(indicator, indicatorEscapeRow, indicatorEscapeValue, ind);
      put(numerator, numeratorEscapeRow, numeratorEscapeValue, num);
      rows++;
      runEnd[run] = rows;
    }

    private int runStart(int run) {
      return run == 0 ? 0 : runEnd[run - 1];
    }

    /** Writes a value of 0 to 254 as its byte, a larger one as the escape and in the escape list. */
    private void put(byte[] column, IntList escapeRows, IntList escapeValues, int value) {
      if (value < ESCAPE) {
        column[rows] = (byte) value;
      } else {
        column[rows] = (byte) ESCAPE;
        escapeRows.add(rows);
        escapeValues.add(value);
      }
    }

    private int newRun(int area, int period, int den) {
      if (runs == runEnd.length) {
        int n = 2 * runs;
        runEnd = Arrays.copyOf(runEnd, n);
        runArea = Arrays.copyOf(runArea, n);
        runPeriod = Arrays.copyOf(runPeriod, n);
        runDenominator = Arrays.copyOf(runDenominator, n);
      }
      runArea[runs] = area;
      runPeriod[runs] = (char) period;
      runDenominator[runs] = den;
      runEnd[runs] = rows;
      return runs++;
    }

    Chunk build() {
      return new Chunk(this);
    }
  }

  /** A growing list of {@code int}s. */
  static final class IntList {
    private int[] values = new int[16];
    private int size;

    void add(int v) {
      if (size == values.length) {
        values = Arrays.copyOf(values, 2 * size);
      }
      values[size++] = v;
    }

    int size() {
      return size;
    }

    int[] toArray() {
      return Arrays.copyOf(values, size);
    }
  }
}
