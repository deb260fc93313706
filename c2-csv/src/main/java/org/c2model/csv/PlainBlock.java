package org.c2model.csv;

import java.nio.charset.StandardCharsets;
import org.c2model.metrics.indicator.BoundaryVintage;
import org.c2model.metrics.indicator.store.ColumnarObservations;

/**
 * Parses a block of observation records straight from its bytes, without a {@code String} per field:
 * numbers are read digit by digit and the codes (area, indicator, period) are looked up by their
 * bytes in a small table, so a code repeated on many lines is one {@code String}.
 * <p>
 * Only plain records are taken: ASCII, no quote, no space or control character around or inside a
 * field, LF or CR LF line ends, whole numbers of at most nine digits, no more fields than the header,
 * no vintage column. On anything else, and on any value the store rejects, {@link #parse} returns
 * false and the caller parses the same block with {@link CsvRecords}, which gives the exact error
 * (line, column and value) or the exact result; for plain records both parsers give the same
 * observations, in the same order.
 */
final class PlainBlock {

  private static final int CODES = 1 << 8;
  private static final int MAX_DIGITS = 9;

  private final byte[][] codeBytes = new byte[CODES][];
  private final String[] codes = new String[CODES];
  private final int[] starts;
  private final int[] ends;

  private PlainBlock(int fields) {
    starts = new int[fields];
    ends = new int[fields];
  }

  /** Whether records under this header can take the plain path at all. */
  static boolean accepts(ObservationCsv.Header h) {
    return h.columnOf[5] < 0;
  }

  /**
   * Appends the records of {@code bytes[0, length)}, which starts at a record and ends at a line end
   * or the end of the file, to a builder; returns false, with the builder part-filled and to be
   * thrown away, as soon as a record is not plain or a value does not fit.
   */
  static boolean parse(byte[] bytes, int length, BoundaryVintage vintage, ObservationCsv.Header h,
      ColumnarObservations.Builder builder) {
    return new PlainBlock(h.names().size()).run(bytes, length, vintage, h, builder);
  }

  private boolean run(byte[] b, int length, BoundaryVintage vintage, ObservationCsv.Header h,
      ColumnarObservations.Builder builder) {
    int[] at = h.columnOf;
    int fieldsAllowed = starts.length;
    int pos = 0;
    while (pos < length) {
      int fields = 0;
      int start = pos;
      int end;
      // one line: fields up to LF (or CR LF) or the end of the block
      while (true) {
        if (pos == length || b[pos] == '\n' || b[pos] == ',') {
          end = pos;
          if (pos < length && b[pos] == '\n' && end > start && b[end - 1] == '\r') {
            end--;
          }
          if (fields == fieldsAllowed) {
            return false;
          }
          starts[fields] = start;
          ends[fields] = end;
          fields++;
          if (pos == length || b[pos] == '\n') {
            break;
          }
          start = ++pos;
          continue;
        }
        int c = b[pos];
        if (c <= ' ' && !(c == '\r' && pos + 1 < length && b[pos + 1] == '\n') || c == '"' || c == 0x7F) {
          return false;
        }
        pos++;
      }
      pos++;
      if (fields == 1 && starts[0] == ends[0]) {
        continue; // an empty line
      }
      if (fields < h.needed) {
        return false;
      }
      int num = number(b, starts[at[3]], ends[at[3]]);
      int den = 0;
      if (at[4] >= 0 && at[4] < fields && starts[at[4]] < ends[at[4]]) {
        den = number(b, starts[at[4]], ends[at[4]]);
        if (den <= 0) {
          return false;
        }
      }
      if (num < 0) {
        return false;
      }
      String area = code(b, starts[at[0]], ends[at[0]]);
      String indicator = code(b, starts[at[1]], ends[at[1]]);
      String period = code(b, starts[at[2]], ends[at[2]]);
      if (area == null || indicator == null || period == null) {
        return false;
      }
      try {
        builder.append(area, indicator, period, vintage, num, den == 0 ? Double.NaN : den);
      } catch (RuntimeException e) {
        // InvalidValueException and the like: the record parser gives the exact error
        return false;
      }
    }
    return true;
  }

  /** Parses 1 to 9 digits, or returns -1. */
  private static int number(byte[] b, int from, int to) {
    if (to <= from || to - from > MAX_DIGITS) {
      return -1;
    }
    int v = 0;
    for (int i = from; i < to; i++) {
      int d = b[i] - '0';
      if (d < 0 || d > 9) {
        return -1;
      }
      v = v * 10 + d;
    }
    return v;
  }

  /** Gets the one String of a code's bytes, or null for an empty field. */
  private String code(byte[] b, int from, int to) {
    int len = to - from;
    if (len == 0) {
      return null;
    }
    int hash = len;
    for (int i = from; i < to; i++) {
      hash = 31 * hash + b[i];
    }
    int slot = (hash ^ (hash >>> 11)) & (CODES - 1);
    byte[] known = codeBytes[slot];
    if (known != null && known.length == len && java.util.Arrays.equals(known, 0, len, b, from, to)) {
      return codes[slot];
    }
    String s = new String(b, from, len, StandardCharsets.ISO_8859_1);
    codeBytes[slot] = java.util.Arrays.copyOfRange(b, from, to);
    codes[slot] = s;
    return s;
  }
}
